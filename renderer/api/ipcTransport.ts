import type { RoomlyBridge } from '../../core/bridge';
import { readChangeNote } from './live';
import { readEnvelope, type Transport } from './transport';

/**
 * Calls through the preload bridge. The main process keeps the session, so nothing secret lives
 * in the page. `invoke` strips custom error fields, which is why errors come back as envelopes.
 */
export function createIpcTransport(bridge: RoomlyBridge): Transport {
  return {
    kind: 'ipc',
    async send(method, input) {
      try {
        return readEnvelope(await bridge.invoke(method, input ?? {}));
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'The desktop app could not complete this request. Please try again.',
            key: 'errors.INTERNAL',
            details: { reason: error instanceof Error ? error.message : 'invoke failed' },
          },
        };
      }
    },
    mayHaveSession: () => true,
    forgetSession: () => {},
    listen(listener) {
      listener.onLink('open');
      return bridge.on('changes', (payload) => {
        const note = readChangeNote(payload);
        if (note) listener.onChange(note);
      });
    },
  };
}
