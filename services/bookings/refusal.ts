import type { AlternativeView, RuleMessage } from '../../core/contract/bookings';
import { isAppError, type AppError } from '../../core/errors';
import {
  refusalError as engineRefusal,
  refusalErrorCode,
  type Alternative,
  type LifecycleViolation,
  type Violation,
} from '../../core/rules';

/**
 * Refusals as errors, through the engine's one mapping (core/rules/refusal.ts): CONFLICT (409)
 * when only occupancy stands in the way, RULE_VIOLATION (422) when any rule does; the message is
 * the sentences joined, the details carry every violation and the alternatives as ISO strings.
 * Lifecycle refusals (frozen, not open for check-in, …) take the same shape.
 */
type Message = Violation | LifecycleViolation | RuleMessage;

export const toMessage = (v: Message): RuleMessage => ({
  code: v.code,
  message: v.message,
  key: v.key,
  params: v.params,
});

export const toAlternativeView = (a: Alternative): AlternativeView => ({
  roomId: a.roomId,
  roomName: a.roomName,
  floor: a.floor,
  start: a.start.toISOString(),
  end: a.end.toISOString(),
  kind: a.kind,
});

export const refusalCode = (violations: readonly Message[]): 'CONFLICT' | 'RULE_VIOLATION' =>
  refusalErrorCode(violations as readonly Violation[]);

export function refusalError(violations: readonly Message[], alternatives: readonly Alternative[] = []): AppError {
  return engineRefusal({
    ok: false,
    violations: violations.map(toMessage) as Violation[],
    alternatives: [...alternatives],
  });
}

/** One lifecycle refusal as RULE_VIOLATION. */
export const lifecycleError = (v: LifecycleViolation): AppError => refusalError([v]);

/** The database's own no-overlap refusal (PostgreSQL's exclusion constraint, SQLSTATE 23P01). */
export const isStoreOverlap = (e: unknown): boolean => isAppError(e) && e.key === 'errors.bookingOverlap';
