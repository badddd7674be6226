/**
 * The server's event stream (`GET /api/v1/events`) read with fetch streaming, so the token travels
 * in a header (EventSource cannot send one, and a token in a URL ends up in logs). Reconnects with
 * a short backoff, treats a stream silent for two and a half heartbeats as dead, and, when the
 * server refuses or ends the stream because the token ran out, asks `renew` for a fresh one.
 */
export type LinkState = 'open' | 'closed';

export interface EventStreamOptions {
  /** Origin of the server; empty means the page's own origin. */
  baseUrl?: string;
  /** The bearer token now (null: nobody to listen as yet; checked again shortly, without a request). */
  token(): string | null;
  onEvent(event: string, data: string): void;
  onLink(state: LinkState): void;
  /** Renews a refused token; true when a fresh one is ready. */
  renew?(refused: string): Promise<boolean>;
}

/** Reconnect delays after a dropped stream. */
const BACKOFF_MS = [500, 1000, 2000, 4000];
/** No byte for this many heartbeats means the connection is dead even if the socket looks open. */
const SILENT_BEATS = 2.5;
/** How often to look again for a token when there is none. */
const NO_TOKEN_MS = 2000;

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

const heartbeatOf = (data: string): number => {
  try {
    return Number((JSON.parse(data || '{}') as { heartbeatMs?: unknown }).heartbeatMs);
  } catch {
    return 0;
  }
};

/** Opens the stream; returns the function that closes it for good. */
export function openEventStream(options: EventStreamOptions): () => void {
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
  const later = (delay: number) => {
    if (!isStopped) retry = setTimeout(() => void connect(), delay);
  };

  /** Reads one connection until it ends; says whether it opened and whether the token was refused. */
  const read = async (token: string): Promise<{ wasOpen: boolean; isRefused: boolean }> => {
    controller = new AbortController();
    let wasOpen = false;
    let isRefused = false;
    try {
      const response = await fetch(`${options.baseUrl ?? ''}/api/v1/events`, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.status === 401) return { wasOpen, isRefused: true };
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
            const beat = heartbeatOf(data);
            if (beat > 0) silenceMs = beat * SILENT_BEATS;
          } else if (event === 'ended') {
            isRefused = true;
          }
          options.onEvent(event, data);
        });
      }
    } catch {
      // refused, dropped or aborted: the caller reconnects
    } finally {
      if (watchdog) clearTimeout(watchdog);
    }
    return { wasOpen, isRefused };
  };

  const connect = async () => {
    const token = options.token();
    if (isStopped) return;
    if (!token) return later(NO_TOKEN_MS);
    const { wasOpen, isRefused } = await read(token);
    if (isStopped) return;
    if (wasOpen || attempt === 0) options.onLink('closed');
    if (isRefused && options.renew && (await options.renew(token).catch(() => false))) return later(0);
    const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
    attempt += 1;
    later(delay);
  };

  void connect();
  return () => {
    isStopped = true;
    if (retry) clearTimeout(retry);
    if (watchdog) clearTimeout(watchdog);
    controller?.abort();
  };
}
