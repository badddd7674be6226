import { offlineBody } from './ApiError';
import { readEnvelope, type Transport, type TransportResult } from './transport';

/** Where the HTTP transport keeps the access token: the tab's sessionStorage in a browser. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const TOKEN_KEY = 'roomly.accessToken';

export interface HttpTransportOptions {
  /** Origin of the server; empty means the page's own origin. */
  baseUrl?: string;
  storage?: TokenStorage;
  /** A request with no answer after this long counts as offline. */
  timeoutMs?: number;
}

/** Gateways answer these when the Roomly server behind them is down. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);
/** Methods whose answer carries a new access token. */
const TOKEN_METHODS = new Set(['auth.login', 'auth.refresh']);

const tokenOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { accessToken?: unknown }).accessToken === 'string'
    ? (value as { accessToken: string }).accessToken
    : null;

/**
 * `POST /api/v1/<method>` with a JSON body and `Authorization: Bearer <token>`. The answer is the
 * envelope whatever the HTTP status; a request that gets no answer becomes OFFLINE.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const storage = options.storage ?? globalThis.sessionStorage;
  const timeoutMs = options.timeoutMs ?? 15_000;

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

  return {
    kind: 'http',
    async send(method, input) {
      const token = storage.getItem(TOKEN_KEY);
      const result = await post(method, input, token);
      if (result.ok && TOKEN_METHODS.has(method)) {
        const fresh = tokenOf(result.value);
        if (fresh) storage.setItem(TOKEN_KEY, fresh);
      }
      if (method === 'auth.logout') storage.removeItem(TOKEN_KEY);
      if (!result.ok && result.error.code === 'UNAUTHENTICATED' && token) storage.removeItem(TOKEN_KEY);
      return result;
    },
    mayHaveSession: () => storage.getItem(TOKEN_KEY) !== null,
    forgetSession: () => storage.removeItem(TOKEN_KEY),
  };
}
