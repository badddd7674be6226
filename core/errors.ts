/**
 * Errors travel as data. Every failure a caller can see has one of these codes, a human sentence,
 * an i18n key with parameters, and optional details (failing fields, violated rules, …).
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  key: string;
  params?: Record<string, string | number>;
  details?: Record<string, unknown>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export interface AppErrorOptions {
  key?: string;
  params?: Record<string, string | number>;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number> | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.key = options.key ?? `errors.${code}`;
    this.params = options.params;
    this.details = options.details;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message, key: this.key };
    if (this.params) body.params = this.params;
    if (this.details) body.details = this.details;
    return body;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** The key of a refusal that means "the password given is wrong", not "your session has ended". */
export const WRONG_CREDENTIALS_KEY = 'errors.wrongCredentials';

/**
 * Whether a refusal means the caller's session is gone (expired, revoked), so a client renews it
 * or signs out. A wrong current password in a password change is UNAUTHENTICATED too, but the
 * session that sent it is fine and must not be spent or dropped.
 */
export const isSessionRefusal = (error: { code: string; key: string }): boolean =>
  error.code === 'UNAUTHENTICATED' && error.key !== WRONG_CREDENTIALS_KEY;

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });

/** Shorthands that read like the sentence they produce. */
export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist.`, {
    key: 'errors.notFound',
    params: { what, id },
  });

export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError('FORBIDDEN', message, { key: 'errors.FORBIDDEN' });

export const unauthenticated = (message = 'Sign in to continue.') =>
  new AppError('UNAUTHENTICATED', message, { key: 'errors.UNAUTHENTICATED' });
