import {
  BRIDGE_EVENTS,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type BridgeEvent,
  type RoomlyBridge,
} from '../core/bridge';
import type { Envelope } from '../core/errors';

/**
 * The whole surface the page gets. Electron's own event object never reaches the page (it carries
 * `sender`, i.e. ipcRenderer), and invoke never rejects: a transport failure becomes an envelope.
 * Imports only constants and types, so the sandboxed preload bundle stays tiny.
 */

export type IpcListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

const isBridgeEvent = (value: unknown): value is BridgeEvent =>
  typeof value === 'string' && (BRIDGE_EVENTS as readonly string[]).includes(value);

const transportFailure = (): Envelope<never> => ({
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Roomly could not reach its own service. Please restart the app.',
    key: 'errors.transport',
  },
});

export function createBridge({ ipcRenderer }: { ipcRenderer: IpcRendererLike }): RoomlyBridge {
  const subscribers = new Map<BridgeEvent, Set<(payload: unknown) => void>>();
  let isListening = false;

  const onMessage: IpcListener = (_event, message) => {
    if (typeof message !== 'object' || message === null) return;
    const { event, payload } = message as { event?: unknown; payload?: unknown };
    if (!isBridgeEvent(event)) return;
    for (const callback of [...(subscribers.get(event) ?? [])]) callback(payload);
  };

  const stopListeningWhenIdle = () => {
    if (isListening && [...subscribers.values()].every((set) => set.size === 0)) {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, onMessage);
      isListening = false;
    }
  };

  return Object.freeze({
    async invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
      try {
        return (await ipcRenderer.invoke(IPC_INVOKE_CHANNEL, { method, input })) as Envelope<unknown>;
      } catch {
        // e.g. an input that cannot be cloned, or no handler yet: still an answer, never a throw.
        return transportFailure();
      }
    },

    on(event: BridgeEvent, callback: (payload: unknown) => void): () => void {
      if (!isBridgeEvent(event)) {
        throw new TypeError(`Unknown Roomly event "${String(event)}"; expected one of ${BRIDGE_EVENTS.join(', ')}.`);
      }
      if (typeof callback !== 'function') throw new TypeError('roomly.on needs a callback function.');
      // Wrapping makes each subscription distinct, so subscribing one function twice unsubscribes cleanly.
      const subscription = (payload: unknown) => callback(payload);
      const set = subscribers.get(event) ?? new Set();
      subscribers.set(event, set.add(subscription));
      if (!isListening) {
        ipcRenderer.on(IPC_EVENT_CHANNEL, onMessage);
        isListening = true;
      }
      return () => {
        set.delete(subscription);
        stopListeningWhenIdle();
      };
    },
  });
}
