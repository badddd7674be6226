import type { RoomlyBridge } from '../../../../core/bridge';

/**
 * "Something changed in this room": IPC `changes` events inside the desktop app, the server's
 * event stream in a browser (fetch streaming, so the device token travels in a header). The
 * caller refetches on every poke; `onLink` says whether the stream is up, so a dropped stream
 * makes the tablet check the server at once instead of at the next periodic refresh.
 */
export type LinkState = 'open' | 'closed';

export interface LiveOptions {
  onChange(): void;
  onLink(state: LinkState): void;
  /** HTTP: the device token (null: not enrolled, nothing to listen to). */
  token(): string | null;
  bridge?: RoomlyBridge | undefined;
  baseUrl?: string;
}

/** Reconnect delays after a dropped stream. */
const BACKOFF_MS = [500, 1000, 2000, 4000];
/** No byte for this many heartbeats means the connection is dead even if the socket looks open. */
const SILENT_BEATS = 2.5;

export function openLiveChanges(options: LiveOptions): () => void {
  if (options.bridge) {
    options.onLink('open');
    return options.bridge.on('changes', () => options.onChange());
  }
  return openEventStream(options);
}

/** Splits the SSE text into events; returns what is left over. */
export function parseEvents(buffer: string, onEvent: (event: string, data: string) => void): string {
  let cut: number;
  while ((cut = buffer.indexOf('\n\n')) >= 0) {
    const block = buffer.slice(0, cut);
    buffer = buffer.slice(cut + 2);
    let event: string | null = null;
    let data: string | null = null;
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data = (data ?? '') + line.slice(5).trim();
    }
    // Comments (heartbeats) and "retry:" lines carry no event.
    if (event !== null || data !== null) onEvent(event ?? 'message', data ?? '');
  }
  return buffer;
}

function openEventStream(options: LiveOptions): () => void {
  let isStopped = false;
  let attempt = 0;
  let controller: AbortController | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let watchdog: ReturnType<typeof setTimeout> | null = null;
  let silenceMs = 40_000;

  const feed = () => {
    if (watchdog) clearTimeout(watchdog);
    watchdog = setTimeout(() => controller?.abort(), silenceMs);
  };

  const connect = async () => {
    const token = options.token();
    if (isStopped || !token) return;
    controller = new AbortController();
    let wasOpen = false;
    try {
      const response = await fetch(`${options.baseUrl ?? ''}/api/v1/events`, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        signal: controller.signal,
        cache: 'no-store',
      });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      feed();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        feed();
        buffer = parseEvents(buffer + value, (event, data) => {
          if (event === 'ready') {
            wasOpen = true;
            attempt = 0;
            const beat = Number((JSON.parse(data || '{}') as { heartbeatMs?: number }).heartbeatMs);
            if (beat > 0) silenceMs = beat * SILENT_BEATS;
            options.onLink('open');
            options.onChange(); // catch up on whatever happened while the stream was down
          } else if (event === 'change') {
            options.onChange();
          }
        });
      }
    } catch {
      // refused, dropped or aborted: reconnect below
    } finally {
      if (watchdog) clearTimeout(watchdog);
    }
    if (isStopped) return;
    if (wasOpen || attempt === 0) options.onLink('closed');
    const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
    attempt += 1;
    retry = setTimeout(() => void connect(), delay);
  };

  void connect();
  return () => {
    isStopped = true;
    if (retry) clearTimeout(retry);
    if (watchdog) clearTimeout(watchdog);
    controller?.abort();
  };
}
