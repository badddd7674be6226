import type { z } from 'zod';
import type { Caller } from './domain';
import {
  AppError,
  fail,
  forbidden,
  isAppError,
  ok,
  unauthenticated,
  type Envelope,
} from './errors';
import {
  contract,
  isMethodName,
  type MethodDef,
  type MethodName,
  type Output,
  type ParsedInput,
} from './contract';

/** What every handler receives: who calls, the clock, and the store. Handlers never read Date.now(). */
export interface CallContext<S> {
  caller: Caller | null;
  now: Date;
  store: S;
  requestId: string;
  /** Where the call came from: the client's IP address over HTTP, 'local' over IPC. */
  clientAddress?: string;
}

export type Handler<M extends MethodName, Ctx> = (
  ctx: Ctx,
  input: ParsedInput<M>,
) => Promise<Output<M>>;

/** One handler per method: a missing or mistyped handler fails the type check. */
export type Handlers<Ctx> = { [M in MethodName]: Handler<M, Ctx> };

export interface CallMeta {
  /** Bearer token of the caller, if any. */
  token?: string | null;
  requestId?: string;
  /** The client's address (HTTP: the request's IP; IPC: 'local'), for per-address backoff. */
  clientAddress?: string;
}

export type Dispatch = (method: string, input: unknown, meta?: CallMeta) => Promise<Envelope<unknown>>;

export interface DispatcherOptions<S> {
  handlers: Handlers<CallContext<S>>;
  store: S;
  /** Turns a token into a caller, or throws UNAUTHENTICATED. */
  authenticate: (token: string, ctx: { now: Date; store: S }) => Promise<Caller>;
  /** Whether a caller may call a method; defaults to the contract's access lists. */
  permits?: (caller: Caller | null, method: MethodName, def: MethodDef) => boolean;
  clock?: () => Date;
  newRequestId?: () => string;
  /** Unexpected failures (not AppError) land here to be logged; callers only see INTERNAL. */
  onUnexpected?: (error: unknown, info: { method: string; requestId: string }) => void;
}

export function permitsByContract(caller: Caller | null, _method: MethodName, def: MethodDef): boolean {
  if (def.access === 'public') return true;
  if (!caller) return false;
  if (caller.kind === 'device') return def.devices === true;
  if (def.access === 'signedIn') return true;
  return def.access.includes(caller.role);
}

let fallbackCounter = 0;
const defaultRequestId = () => `req-${(fallbackCounter++).toString(36)}-${globalThis.crypto.randomUUID()}`;

export function validationError(error: z.ZodError): AppError {
  const fields = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
  const list = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  return new AppError('VALIDATION', `Some fields are not valid. ${list}`, {
    key: 'errors.VALIDATION',
    params: { fields: fields.map((f) => f.path).join(', ') },
    details: { fields },
  });
}

/**
 * The one dispatcher: finds the method, validates input, authenticates and authorises the caller,
 * runs the handler and validates its output. It never throws: every outcome is an envelope.
 */
export function createDispatcher<S>(options: DispatcherOptions<S>): Dispatch {
  const permits = options.permits ?? permitsByContract;
  const clock = options.clock ?? (() => new Date());
  const newRequestId = options.newRequestId ?? defaultRequestId;

  /** A public method ignores a stale token rather than refusing the call. */
  const resolveCaller = async (token: string | null | undefined, def: MethodDef, now: Date) => {
    if (!token) return null;
    try {
      return await options.authenticate(token, { now, store: options.store });
    } catch (error) {
      if (def.access === 'public' && isAppError(error) && error.code === 'UNAUTHENTICATED') return null;
      throw error;
    }
  };

  return async (method, rawInput, meta = {}) => {
    const requestId = meta.requestId ?? newRequestId();
    try {
      if (!isMethodName(method)) {
        throw new AppError('NOT_FOUND', `There is no method called "${method}".`, {
          key: 'errors.unknownMethod',
          params: { method },
        });
      }
      const def: MethodDef = contract[method];
      const now = clock();
      const caller = await resolveCaller(meta.token, def, now);
      if (!permits(caller, method, def)) throw caller ? forbidden() : unauthenticated();

      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) throw validationError(parsed.error);

      const handler = options.handlers[method] as (ctx: CallContext<S>, input: unknown) => Promise<unknown>;
      const ctx: CallContext<S> = { caller, now, store: options.store, requestId };
      if (meta.clientAddress) ctx.clientAddress = meta.clientAddress;
      const result = await handler(ctx, parsed.data);
      const checked = def.output.safeParse(result);
      if (!checked.success) {
        throw new Error(`Handler ${method} returned a value that breaks its contract: ${checked.error.message}`);
      }
      return ok(checked.data);
    } catch (error) {
      if (isAppError(error)) return fail(error.toBody());
      options.onUnexpected?.(error, { method, requestId });
      return fail(
        new AppError('INTERNAL', 'Something went wrong on our side. Please try again.', {
          key: 'errors.INTERNAL',
          details: { requestId },
        }).toBody(),
      );
    }
  };
}
