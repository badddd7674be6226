import { AppError } from '../errors';
import type { Refusal, Violation } from './types';

/**
 * A refusal as the error every transport carries: CONFLICT (409) when the only problem is that the
 * room is taken, RULE_VIOLATION (422) when any rule is broken. The details keep every violation and
 * the alternatives, with instants as ISO strings, so the client can show them and offer them.
 */
const CONFLICT_CODES: ReadonlySet<string> = new Set(['occupied', 'blocked']);

export function refusalErrorCode(violations: readonly Violation[]): 'CONFLICT' | 'RULE_VIOLATION' {
  return violations.length > 0 && violations.every((v) => CONFLICT_CODES.has(v.code)) ? 'CONFLICT' : 'RULE_VIOLATION';
}

export function refusalError(refusal: Refusal): AppError {
  const code = refusalErrorCode(refusal.violations);
  const alternatives = refusal.alternatives.map((a) => ({ ...a, start: a.start.toISOString(), end: a.end.toISOString() }));
  return new AppError(code, refusal.violations.map((v) => v.message).join(' '), {
    key: code === 'CONFLICT' ? 'rules.conflict' : 'rules.refused',
    params: { count: refusal.violations.length },
    details: { violations: refusal.violations, alternatives },
  });
}
