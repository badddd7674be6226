import { z } from 'zod';
import type { CallMeta, Dispatch } from '../core/dispatcher';
import { isSessionRefusal, ok, type Envelope } from '../core/errors';

/**
 * Who each window is, kept in the main process so tokens never reach a page: a person's access and
 * refresh tokens after sign-in, or a door tablet's device credential after enrolment.
 */
export interface WindowSession {
  accessToken?: string;
  refreshToken?: string;
  deviceToken?: string;
}

export type SessionStore = Map<number, WindowSession>;
export const createSessionStore = (): SessionStore => new Map<number, WindowSession>();

export interface SessionOptions {
  dispatch: Dispatch;
  sessions: SessionStore;
  /** The desktop's saved device credential, used by windows that have no session of their own. */
  savedDeviceToken?: () => string | undefined;
  /** Called with a freshly redeemed device credential, to keep it (encrypted) for the next start. */
  onDeviceCredential?: (deviceToken: string) => void;
}

/** Methods whose successful answer opens (or renews) a person's session. */
const SESSION_OPENERS = new Set(['auth.login', 'auth.register', 'auth.refresh']);
const LOGOUT = 'auth.logout';
const REDEEM = 'devices.redeem';
/** Fields that are never sent to the page. */
const TOKEN_FIELDS = ['accessToken', 'refreshToken', 'deviceToken'] as const;

const ZPersonTokens = z.looseObject({ accessToken: z.string().min(1), refreshToken: z.string().min(1).optional() });
const ZDeviceToken = z.looseObject({ deviceToken: z.string().min(1) });
const ZLogoutInput = z.looseObject({ refreshToken: z.string().optional() });

function stripTokens(value: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...value };
  for (const field of TOKEN_FIELDS) delete copy[field];
  return copy;
}

const isExpiredSession = (result: Envelope<unknown>) => !result.ok && isSessionRefusal(result.error);

/**
 * Calls the dispatcher on behalf of one window: attaches its token, keeps tokens from answers,
 * renews an expired access token once with the refresh token (one renewal per window at a time,
 * so calls refused together do not spend the single-use refresh token twice), and signs out.
 */
export function createWindowCaller(options: SessionOptions) {
  const { dispatch, sessions } = options;
  const renewing = new Map<number, Promise<boolean>>();

  const tokenOf = (windowId: number) => {
    const session = sessions.get(windowId);
    return session?.accessToken ?? session?.deviceToken ?? options.savedDeviceToken?.() ?? null;
  };
  const metaFor = (windowId: number): CallMeta => ({ token: tokenOf(windowId), clientAddress: 'local' });

  const renew = (windowId: number): Promise<boolean> => {
    const refreshToken = sessions.get(windowId)?.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    const pending =
      renewing.get(windowId) ??
      dispatch('auth.refresh', { refreshToken }, { token: null, clientAddress: 'local' })
        .then((answer) => keepPersonTokens(windowId, answer))
        .finally(() => renewing.delete(windowId));
    renewing.set(windowId, pending);
    return pending;
  };

  const keepPersonTokens = (windowId: number, answer: Envelope<unknown>): boolean => {
    const tokens = answer.ok ? ZPersonTokens.safeParse(answer.value) : null;
    const session = sessions.get(windowId) ?? {};
    if (!tokens?.success) {
      sessions.set(windowId, { ...(session.deviceToken ? { deviceToken: session.deviceToken } : {}) });
      return false;
    }
    sessions.set(windowId, { ...session, accessToken: tokens.data.accessToken, refreshToken: tokens.data.refreshToken });
    return true;
  };

  const logout = async (windowId: number, input: unknown): Promise<Envelope<unknown>> => {
    const session = sessions.get(windowId) ?? {};
    const given = ZLogoutInput.safeParse(input ?? {});
    const withRefresh = given.success && !given.data.refreshToken && session.refreshToken
      ? { ...given.data, refreshToken: session.refreshToken }
      : input;
    const result = await dispatch(LOGOUT, withRefresh, metaFor(windowId));
    sessions.set(windowId, session.deviceToken ? { deviceToken: session.deviceToken } : {});
    // The window is signed out whatever the store answered (e.g. an already expired token).
    return result.ok ? result : ok({});
  };

  const afterCall = (windowId: number, method: string, result: Envelope<unknown>): Envelope<unknown> => {
    if (!result.ok) return result;
    if (SESSION_OPENERS.has(method) && keepPersonTokens(windowId, result)) {
      return ok(stripTokens(result.value as Record<string, unknown>));
    }
    const device = method === REDEEM ? ZDeviceToken.safeParse(result.value) : null;
    if (device?.success) {
      sessions.set(windowId, { ...sessions.get(windowId), deviceToken: device.data.deviceToken });
      options.onDeviceCredential?.(device.data.deviceToken);
      return ok(stripTokens(device.data));
    }
    return result;
  };

  return async (windowId: number, method: string, input: unknown): Promise<Envelope<unknown>> => {
    if (method === LOGOUT) return logout(windowId, input);
    let result = await dispatch(method, input, metaFor(windowId));
    if (isExpiredSession(result) && !SESSION_OPENERS.has(method) && (await renew(windowId))) {
      result = await dispatch(method, input, metaFor(windowId));
    }
    return afterCall(windowId, method, result);
  };
}
