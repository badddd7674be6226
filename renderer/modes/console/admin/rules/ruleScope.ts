import type { Input, Office, Output, RuleScopeInput, User } from '../../../../../core/contract';
import type { RuleLevel } from './ruleDraft';

/** The scope being looked at, as the address keeps it (`?scope=room&office=…&room=…`). */
export interface ScopeChoice {
  level: RuleLevel;
  officeId: string | null;
  roomId: string | null;
}

const LEVELS: readonly RuleLevel[] = ['global', 'office', 'room'];

export function readScope(params: URLSearchParams, fallbackOfficeId: string | null): ScopeChoice {
  const asked = params.get('scope') as RuleLevel | null;
  const officeId = params.get('office') ?? fallbackOfficeId;
  const level = asked && LEVELS.includes(asked) ? asked : officeId ? 'office' : 'global';
  return { level, officeId, roomId: level === 'room' ? params.get('room') : null };
}

export function writeScope(choice: ScopeChoice): URLSearchParams {
  const params = new URLSearchParams({ scope: choice.level });
  if (choice.officeId && choice.level !== 'global') params.set('office', choice.officeId);
  if (choice.roomId && choice.level === 'room') params.set('room', choice.roomId);
  return params;
}

/** The API's scope, or null until the office or room is chosen. */
export function scopeInput(choice: ScopeChoice): RuleScopeInput | null {
  if (choice.level === 'global') return { level: 'global' };
  if (choice.level === 'office') return choice.officeId ? { level: 'office', officeId: choice.officeId } : null;
  return choice.roomId ? { level: 'room', roomId: choice.roomId } : null;
}

/** `rules.get` for the scope itself and for the scope above it (what a reset goes back to). */
export function getInputs(choice: ScopeChoice): { own: Input<'rules.get'>; above: Input<'rules.get'> | null } {
  if (choice.level === 'global') return { own: {}, above: null };
  if (choice.level === 'office') return { own: { officeId: choice.officeId ?? undefined }, above: {} };
  return { own: { roomId: choice.roomId ?? undefined }, above: { officeId: choice.officeId ?? undefined } };
}

/** Whether an answer belongs to the input (a query keeps the last answer while the next loads). */
export const answers = (data: Output<'rules.get'> | undefined, input: Input<'rules.get'>): boolean =>
  !!data && (input.roomId ? data.roomId === input.roomId : data.roomId === null && data.officeId === (input.officeId ?? null));

/**
 * Mirrors the server's record rule so the form is not offered to someone it would refuse:
 * global rules are admins' own; an office's and its rooms' also its facility managers'.
 */
export function canEditScope(user: User, choice: ScopeChoice): boolean {
  if (user.role === 'admin') return true;
  if (choice.level === 'global' || user.role !== 'facility_manager') return false;
  return user.officeId === null || user.officeId === choice.officeId;
}

/**
 * An office's own calendar (its working hours and holidays on the office itself) sits under its
 * rules; those fields stay the office's even without a rule version, so they cannot be reset.
 */
export function calendarPathsOf(office: Office | undefined): string[] {
  if (!office) return [];
  const days = Object.entries(office.workingHours)
    .filter(([, ranges]) => Array.isArray(ranges))
    .map(([day]) => `workingHours.${day}`);
  return office.holidays.length > 0 ? [...days, 'holidays'] : days;
}
