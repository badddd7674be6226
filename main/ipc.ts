import { z } from 'zod';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type BridgeEvent, type BridgeMessage } from '../core/bridge';
import { validationError } from '../core/dispatcher';
import { AppError, fail, forbidden, type Envelope } from '../core/errors';
import { createWindowCaller, type SessionOptions } from './windowSessions';

export { createSessionStore, type SessionStore, type WindowSession } from './windowSessions';

/**
 * The IPC adapter: one handler on one channel wraps the dispatcher for every window.
 * It trusts only the top frame of our own page, validates the payload, and keeps each window's
 * session here in the main process, so access tokens never reach the page.
 * Typed against the small parts of Electron it uses, so tests run with plain objects.
 */

export interface SenderFrameLike {
  readonly url: string;
  /** `null` for a window's top frame; a subframe has a parent. */
  readonly parent: unknown;
}

export interface SenderLike {
  readonly id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface InvokeEventLike {
  readonly sender: SenderLike;
  readonly senderFrame: SenderFrameLike | null | undefined;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcOptions extends SessionOptions {
  /** Whether a URL is one of our own pages (see origin.ts). */
  isTrustedSender: (url: string) => boolean;
  /** Refused calls land here to be logged; the page only sees FORBIDDEN or VALIDATION. */
  onRefused?: (reason: string, info: { url: string | null; windowId: number }) => void;
}

export const ZInvokePayload = z
  .object({
    method: z.string().min(1).max(128),
    input: z.unknown(),
  })
  .strict();

/** Why a sender may not call, or null when it may. */
function refusal(event: InvokeEventLike, isTrusted: (url: string) => boolean): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the calling frame is gone';
  if (frame.parent !== null && frame.parent !== undefined) return 'subframes may not call';
  if (!isTrusted(frame.url)) return 'the page is not Roomly';
  return null;
}

const refused = () => fail(forbidden('This page may not talk to Roomly.').toBody());

export function registerIpc(ipcMain: IpcMainLike, options: IpcOptions): () => void {
  const { sessions } = options;
  const callFor = createWindowCaller(options);
  const watched = new WeakSet<SenderLike>();

  /** A window's session ends with the window. */
  const forgetOnClose = (sender: SenderLike) => {
    if (watched.has(sender)) return;
    watched.add(sender);
    sender.once('destroyed', () => sessions.delete(sender.id));
  };

  const call = async (sender: SenderLike, method: string, input: unknown): Promise<Envelope<unknown>> => {
    forgetOnClose(sender);
    return callFor(sender.id, method, input);
  };

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, payload) => {
    const reason = refusal(event, options.isTrustedSender);
    if (reason) {
      options.onRefused?.(reason, { url: event.senderFrame?.url ?? null, windowId: event.sender.id });
      return refused();
    }
    const parsed = ZInvokePayload.safeParse(payload);
    if (!parsed.success) return fail(validationError(parsed.error).toBody());
    try {
      return await call(event.sender, parsed.data.method, parsed.data.input);
    } catch {
      // The dispatcher never throws; this guards the adapter's own promise all the same.
      return fail(new AppError('INTERNAL', 'Something went wrong on our side. Please try again.').toBody());
    }
  });
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

export interface EventTargetLike {
  send(channel: string, message: BridgeMessage): void;
  isDestroyed(): boolean;
}

/** Pushes one of the bridge events to a window (the preload hands it to `roomly.on`). */
export function sendBridgeEvent(target: EventTargetLike, event: BridgeEvent, payload: unknown): void {
  if (!target.isDestroyed()) target.send(IPC_EVENT_CHANNEL, { event, payload });
}
