import type { ErrorBody, ErrorCode } from '../../core/errors';

/** Every code the server can answer with, plus OFFLINE: the server could not be reached at all. */
export type ApiErrorCode = ErrorCode | 'OFFLINE';

export interface ApiErrorBody extends Omit<ErrorBody, 'code'> {
  code: ApiErrorCode;
}

/**
 * A failed call, as the caller sees it: the envelope's error (code, human message, i18n key with
 * parameters, details) or OFFLINE when the request never got an answer.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly details: Record<string, unknown>;
  /** The method that failed, for logs; never shown to people. */
  readonly method: string;

  constructor(body: ApiErrorBody, method: string) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.key = body.key;
    this.params = body.params ?? {};
    this.details = body.details ?? {};
    this.method = method;
  }

  get isOffline(): boolean {
    return this.code === 'OFFLINE';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The error body a transport reports when no answer arrived (network down, server stopped). */
export const offlineBody = (reason: string): ApiErrorBody => ({
  code: 'OFFLINE',
  message: 'Roomly cannot reach the server. Check the network connection and try again.',
  key: 'errors.OFFLINE',
  details: { reason },
});

/** The error body a transport reports when an answer arrived but was not an envelope. */
export const badResponseBody = (reason: string): ApiErrorBody => ({
  code: 'INTERNAL',
  message: 'The server sent an answer Roomly does not understand. Please try again.',
  key: 'errors.badResponse',
  details: { reason },
});
