import type { Envelope } from './errors';

/**
 * What the preload script exposes to the renderer as `window.roomly` — nothing else crosses.
 * Tokens never reach the page inside Electron: the main process keeps each window's session.
 */
export const IPC_INVOKE_CHANNEL = 'roomly:invoke';
export const IPC_EVENT_CHANNEL = 'roomly:event';

/** Events the main process pushes to its windows. */
export const BRIDGE_EVENTS = ['changes', 'session', 'connectivity'] as const;
export type BridgeEvent = (typeof BRIDGE_EVENTS)[number];

export interface BridgeMessage {
  event: BridgeEvent;
  payload: unknown;
}

export interface RoomlyBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on(event: BridgeEvent, callback: (payload: unknown) => void): () => void;
}
