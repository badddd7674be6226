import type { RoomlyBridge } from '../../../../core/bridge';
import { openEventStream, type LinkState } from '../../../api/eventStream';

export { parseEvents, type LinkState } from '../../../api/eventStream';

/**
 * "Something changed in this room": IPC `changes` events inside the desktop app, the server's
 * event stream in a browser (fetch streaming, so the device token travels in a header). The
 * caller refetches on every poke; `onLink` says whether the stream is up, so a dropped stream
 * makes the tablet check the server at once instead of at the next periodic refresh.
 */
export interface LiveOptions {
  onChange(): void;
  onLink(state: LinkState): void;
  /** HTTP: the device token (null: not enrolled, nothing to listen to). */
  token(): string | null;
  bridge?: RoomlyBridge | undefined;
  baseUrl?: string;
}

export function openLiveChanges(options: LiveOptions): () => void {
  if (options.bridge) {
    options.onLink('open');
    return options.bridge.on('changes', () => options.onChange());
  }
  return openEventStream({
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    token: options.token,
    onLink: options.onLink,
    onEvent(event) {
      if (event === 'ready') {
        options.onLink('open');
        options.onChange(); // catch up on whatever happened while the stream was down
      } else if (event === 'change') {
        options.onChange();
      }
    },
  });
}
