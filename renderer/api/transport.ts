import type { Envelope } from '../../core/errors';
import { badResponseBody, type ApiErrorBody } from './ApiError';
import type { LiveListener } from './live';

/** A transport's answer: the server's envelope, or a transport failure (offline, bad response). */
export type TransportResult = Envelope<unknown> | { ok: false; error: ApiErrorBody };

/**
 * How calls reach the dispatcher. Inside Electron the main process holds the session; over HTTP
 * the transport keeps the access token itself.
 */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  send(method: string, input: unknown): Promise<TransportResult>;
  /** Whether there may be a signed-in session worth asking `auth.me` about. */
  mayHaveSession(): boolean;
  /** Forgets this page's session (HTTP: the token; IPC: nothing lives in the page). */
  forgetSession(): void;
  /**
   * Listens for committed changes (HTTP: the server's event stream as the signed-in person; IPC:
   * the main process's `changes` events); returns the function that stops listening.
   */
  listen(listener: LiveListener): () => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks that an answer has the envelope's shape before anyone trusts it. */
export function readEnvelope(raw: unknown): TransportResult {
  if (!isRecord(raw)) return { ok: false, error: badResponseBody('not an object') };
  if (raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
  const error = raw.error;
  if (raw.ok === false && isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    const body: ApiErrorBody = {
      code: error.code as ApiErrorBody['code'],
      message: error.message,
      key: typeof error.key === 'string' ? error.key : `errors.${error.code}`,
    };
    if (isRecord(error.params)) body.params = error.params as Record<string, string | number>;
    if (isRecord(error.details)) body.details = error.details;
    return { ok: false, error: body };
  }
  return { ok: false, error: badResponseBody('not an envelope') };
}
