import { z } from 'zod';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type BridgeEvent, type BridgeMessage } from '../core/bridge';
import { validationError, type CallMeta, type Dispatch } from '../core/dispatcher';
import { AppError, fail, forbidden, ok, type Envelope } from '../core/errors';

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

/** Access tokens by window (webContents id). A Map fits. */
export interface SessionStore {
  get(windowId: number): string | undefined;
  set(windowId: number, token: string): unknown;
  delete(windowId: number): unknown;
  has(windowId: number): boolean;
}

export const createSessionStore = (): SessionStore => new Map<number, string>();

export interface IpcOptions {
  dispatch: Dispatch;
  /** Whether a URL is one of our own pages (see origin.ts). */
  isTrustedSender: (url: string) => boolean;
  sessions: SessionStore;
  /** Refused calls land here to be logged; the page only sees FORBIDDEN or VALIDATION. */
  onRefused?: (reason: string, info: { url: string | null; windowId: number }) => void;
}

export const ZInvokePayload = z
  .object({
    method: z.string().min(1).max(128),
    input: z.unknown(),
  })
  .strict();

/** Methods whose successful answer opens (or renews) a window's session. */
const SESSION_OPENERS = new Set(['auth.login', 'auth.register', 'auth.refresh']);
const LOGOUT = 'auth.logout';
/** Fields that are never sent to the page. */
const TOKEN_FIELDS = ['accessToken', 'refreshToken'] as const;

const ZTokenBearing = z.looseObject({ accessToken: z.string().min(1) });

function stripTokens(value: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...value };
  for (const field of TOKEN_FIELDS) delete copy[field];
  return copy;
}

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
  const { dispatch, sessions } = options;
  const watched = new WeakSet<SenderLike>();

  const forgetOnClose = (sender: SenderLike) => {
    if (watched.has(sender)) return;
    watched.add(sender);
    sender.once('destroyed', () => sessions.delete(sender.id));
  };

  const call = async (sender: SenderLike, method: string, input: unknown): Promise<Envelope<unknown>> => {
    const meta: CallMeta = { token: sessions.get(sender.id) ?? null };
    if (method === LOGOUT) {
      const result = await dispatch(method, input, meta);
      sessions.delete(sender.id);
      // The window is signed out whatever the store answered (e.g. an already expired token).
      return result.ok ? result : ok({});
    }
    const result = await dispatch(method, input, meta);
    if (!result.ok || !SESSION_OPENERS.has(method)) return result;
    const session = ZTokenBearing.safeParse(result.value);
    if (!session.success) return result;
    sessions.set(sender.id, session.data.accessToken);
    forgetOnClose(sender);
    return ok(stripTokens(session.data));
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
