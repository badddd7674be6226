import { isSessionRefusal } from '../../core/errors';
import { offlineBody } from './ApiError';
import { openEventStream } from './eventStream';
import { readChangeNote } from './live';
import { readEnvelope, type Transport, type TransportResult } from './transport';

/** Where the HTTP transport keeps the tokens: the tab's sessionStorage in a browser. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const TOKEN_KEY = 'roomly.accessToken';
export const REFRESH_KEY = 'roomly.refreshToken';

export interface HttpTransportOptions {
  /** Origin of the server; empty means the page's own origin. */
  baseUrl?: string;
  storage?: TokenStorage;
  /** A request with no answer after this long counts as offline. */
  timeoutMs?: number;
}

/** Gateways answer these when the Roomly server behind them is down. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);
/** Methods whose answer is a session (new tokens). */
const SESSION_METHODS = new Set(['auth.login', 'auth.register', 'auth.refresh']);
/** Methods never retried after a refresh: their UNAUTHENTICATED is the final answer. */
const NO_RETRY = new Set([...SESSION_METHODS, 'auth.logout']);

const field = (value: unknown, name: string): string | null => {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
  return typeof found === 'string' && found ? found : null;
};

/**
 * `POST /api/v1/<method>` with a JSON body and `Authorization: Bearer <token>`. The answer is the
 * envelope whatever the HTTP status; a request that gets no answer becomes OFFLINE. An expired
 * access token is renewed once with the refresh token and the call retried; the refresh token is
 * single-use, so calls refused at the same moment share one renewal.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const storage = options.storage ?? globalThis.sessionStorage;
  const timeoutMs = options.timeoutMs ?? 15_000;
  let renewal: Promise<boolean> | null = null;

  const post = async (method: string, input: unknown, token: string | null): Promise<TransportResult> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/v1/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { ok: false, error: offlineBody(error instanceof Error ? error.name : 'network') };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const result = readEnvelope(body);
    if (!result.ok && result.error.key === 'errors.badResponse' && UNREACHABLE_STATUSES.has(response.status)) {
      return { ok: false, error: offlineBody(`HTTP ${response.status}`) };
    }
    return result;
  };

  const remember = (session: unknown) => {
    const access = field(session, 'accessToken');
    if (!access) return;
    storage.setItem(TOKEN_KEY, access);
    const refresh = field(session, 'refreshToken');
    if (refresh) storage.setItem(REFRESH_KEY, refresh);
    else storage.removeItem(REFRESH_KEY);
  };
  const forget = () => {
    storage.removeItem(TOKEN_KEY);
    storage.removeItem(REFRESH_KEY);
  };

  /** Renews the access token that was refused; true when a fresh one is in storage. */
  const renew = (refused: string): Promise<boolean> => {
    if (storage.getItem(TOKEN_KEY) !== refused) return Promise.resolve(storage.getItem(TOKEN_KEY) !== null);
    renewal ??= (async () => {
      const refreshToken = storage.getItem(REFRESH_KEY);
      if (!refreshToken) return false;
      const result = await post('auth.refresh', { refreshToken }, null);
      if (result.ok) remember(result.value);
      return result.ok;
    })().finally(() => {
      renewal = null;
    });
    return renewal;
  };

  const withLogoutToken = (method: string, input: unknown): unknown => {
    const refreshToken = storage.getItem(REFRESH_KEY);
    if (method !== 'auth.logout' || !refreshToken) return input;
    return { refreshToken, ...(typeof input === 'object' && input !== null ? input : {}) };
  };

  return {
    kind: 'http',
    async send(method, rawInput) {
      const input = withLogoutToken(method, rawInput);
      const token = storage.getItem(TOKEN_KEY);
      let result = await post(method, input, token);
      const isRefused = (r: TransportResult) => !r.ok && isSessionRefusal(r.error);
      if (isRefused(result) && token && !NO_RETRY.has(method) && (await renew(token))) {
        result = await post(method, input, storage.getItem(TOKEN_KEY));
      }
      if (result.ok && SESSION_METHODS.has(method)) remember(result.value);
      if (method === 'auth.logout' || (isRefused(result) && token && !NO_RETRY.has(method))) forget();
      return result;
    },
    mayHaveSession: () => storage.getItem(TOKEN_KEY) !== null,
    forgetSession: forget,
    listen(listener) {
      let hasOpened = false;
      return openEventStream({
        baseUrl,
        token: () => storage.getItem(TOKEN_KEY),
        // An access token runs out while the stream is open: renew it as a refused call would.
        renew,
        onLink: listener.onLink,
        onEvent(event, data) {
          if (event === 'ready') {
            listener.onLink('open');
            // Back after a gap: whatever changed meanwhile was not announced.
            if (hasOpened) listener.onChange(null);
            hasOpened = true;
          } else if (event === 'change') {
            const note = readChangeNote(data);
            if (note) listener.onChange(note);
          }
        },
      });
    },
  };
}
