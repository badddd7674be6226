import { findAlternatives } from './alternatives';
import { assess, type Assessment } from './assess';
import { formatSpan, formatTime, MINUTE } from './localTime';
import type { Acceptance, Decision, EvaluateInput, RuleNote } from './types';

/**
 * The booking rule engine: one pure decision per request, the same on the desktop and the server.
 * `now` is always passed in. See DESIGN.md "Booking rules" for the semantics.
 */

const note = (code: RuleNote['code'], message: string, params: RuleNote['params']): RuleNote => ({
  code,
  message,
  key: `rules.note.${code}`,
  params,
});

function approvalNeeded({ context, rules }: Assessment): boolean {
  const role = context.request.actor.role;
  return (context.room.requiresApproval || rules.approval.required) && !rules.approval.exemptRoles.includes(role);
}

function notesFor(a: Assessment, holdExpiresAt: Date | null): RuleNote[] {
  const { room, tz, day } = a.context;
  const notes: RuleNote[] = [];
  if (holdExpiresAt) {
    const until = formatTime(holdExpiresAt.getTime(), tz, day);
    const message = `${room.name} needs approval; the slot is held until ${until}.`;
    notes.push(note('needsApproval', message, { room: room.name, until, holdExpiresAt: holdExpiresAt.toISOString() }));
  }
  if (a.displaced.length) {
    const spans = a.displaced.map((o) => formatSpan(o.start.getTime(), o.end.getTime(), tz, day)).join(', ');
    const count = a.displaced.length;
    const message = `This override displaces ${count} booking${count > 1 ? 's' : ''} in ${room.name}: ${spans}.`;
    notes.push(note('displaces', message, { room: room.name, count, spans }));
  }
  return notes;
}

function accept(a: Assessment, now: number): Acceptance {
  const { rules, context } = a;
  const holdExpiresAt = approvalNeeded(a)
    ? new Date(Math.max(now, Math.min(now + rules.approval.holdMin * MINUTE, context.start)))
    : null;
  return {
    ok: true,
    status: holdExpiresAt ? 'pending' : 'confirmed',
    holdExpiresAt,
    bufferBeforeMin: rules.bufferMin.before,
    bufferAfterMin: rules.bufferMin.after,
    occupiedFrom: new Date(a.occupancy.start),
    occupiedTo: new Date(a.occupancy.end),
    displaced: a.displaced,
    ruleNotes: notesFor(a, holdExpiresAt),
  };
}

/** Decides one request without looking for alternatives (series checks, previews, benchmarks). */
export function decide(input: EvaluateInput, now: Date): Decision {
  const a = assess(input.room, input.existing, input.request, now.getTime());
  if (a.violations.length === 0) return accept(a, now.getTime());
  return { ok: false, violations: a.violations, alternatives: [] };
}

/**
 * Decides one request: acceptance with the status the booking gets, or every violated rule and up
 * to three nearest alternatives, each of which `evaluate` accepts when tried with the same request.
 */
export function evaluate(input: EvaluateInput, now: Date): Decision {
  const decision = decide(input, now);
  if (decision.ok) return decision;
  return { ...decision, alternatives: findAlternatives(input, now) };
}
