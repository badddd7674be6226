import { OCCUPYING_STATUSES, type BookingStatus } from '../domain';
import { MINUTE } from './localTime';
import type { Rules } from './schema';
import type { Params } from './types';

/**
 * Pure helpers for what happens to a booking after it is accepted: what may still change, when
 * check-in is open, and which bookings the clock moves on (expired, released, completed).
 */
export interface LifecycleBooking {
  id: string;
  start: Date;
  end: Date;
  status: BookingStatus;
  holdExpiresAt?: Date | null;
  checkedInAt?: Date | null;
}

export const LIFECYCLE_CODES = [
  'notActive',
  'alreadyEnded',
  'alreadyStarted',
  'rescheduleFrozen',
  'notConfirmed',
  'alreadyCheckedIn',
  'checkInNotOpen',
  'checkInClosed',
] as const;
export type LifecycleCode = (typeof LIFECYCLE_CODES)[number];

export interface LifecycleViolation {
  code: LifecycleCode;
  message: string;
  key: string;
  params: Params;
}

const refuse = (code: LifecycleCode, message: string, params: Params = {}): LifecycleViolation => ({
  code,
  message,
  key: `rules.${code}`,
  params,
});

/** Counts toward `maxActivePerUser`: pending or confirmed and not yet ended. */
export const isActiveBooking = (b: LifecycleBooking, now: Date): boolean =>
  OCCUPYING_STATUSES.includes(b.status) && b.end.getTime() > now.getTime();

/**
 * What an edit may touch: 'any'; 'detailsOnly' (within the freeze: everything but start, end and
 * room); 'descriptionOnly' (the meeting has begun); 'none' (ended or no longer active).
 */
export type EditScope = 'any' | 'detailsOnly' | 'descriptionOnly' | 'none';

export interface RescheduleCheck {
  scope: EditScope;
  /** Why the scope is narrower than 'any'. */
  violation: LifecycleViolation | null;
}

/** `rules` should be the rules for the acting role (`rulesForRole`). */
export function canReschedule(booking: LifecycleBooking, rules: Rules, now: Date): RescheduleCheck {
  const t = now.getTime();
  const start = booking.start.getTime();
  if (!OCCUPYING_STATUSES.includes(booking.status)) {
    const message = `Only pending or confirmed bookings can be changed; this one is ${booking.status}.`;
    return { scope: 'none', violation: refuse('notActive', message, { status: booking.status }) };
  }
  if (t >= booking.end.getTime()) {
    return { scope: 'none', violation: refuse('alreadyEnded', 'The meeting has ended; it can no longer be changed.') };
  }
  if (t >= start) {
    const message = 'The meeting has begun; only its description can change.';
    return { scope: 'descriptionOnly', violation: refuse('alreadyStarted', message) };
  }
  const freeze = rules.rescheduleFreezeMin;
  if (t >= start - freeze * MINUTE) {
    const minutes = Math.ceil((start - t) / MINUTE);
    const message = `The meeting starts in ${minutes} minutes; its time and room are frozen ${freeze} minutes before the start.`;
    return { scope: 'detailsOnly', violation: refuse('rescheduleFrozen', message, { minutes, freeze }) };
  }
  return { scope: 'any', violation: null };
}

const MOVING_FIELDS = new Set(['start', 'end', 'roomId']);

/** Whether changing these booking fields fits the scope. */
export function isChangeAllowed(scope: EditScope, changedFields: readonly string[]): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'detailsOnly':
      return changedFields.every((f) => !MOVING_FIELDS.has(f));
    case 'descriptionOnly':
      return changedFields.every((f) => f === 'description');
    case 'none':
      return changedFields.length === 0;
  }
}

export interface CheckInWindow {
  required: boolean;
  opensAt: Date;
  /** The last moment to check in: the release time when check-in is required, else the end. */
  closesAt: Date;
  /** When a no-show is released; null when check-in is not required. */
  releaseAt: Date | null;
}

export function checkInWindow(booking: Pick<LifecycleBooking, 'start' | 'end'>, rules: Rules): CheckInWindow {
  const { required, opensBeforeMin, releaseAfterMin } = rules.checkIn;
  const start = booking.start.getTime();
  const end = booking.end.getTime();
  const releaseAt = required ? new Date(Math.min(start + releaseAfterMin * MINUTE, end)) : null;
  return {
    required,
    opensAt: new Date(start - opensBeforeMin * MINUTE),
    closesAt: releaseAt ?? new Date(end),
    releaseAt,
  };
}

/** Null when checking in now is fine, else why not. */
export function canCheckIn(booking: LifecycleBooking, rules: Rules, now: Date): LifecycleViolation | null {
  if (booking.status !== 'confirmed') {
    return refuse('notConfirmed', `Only confirmed bookings can be checked in; this one is ${booking.status}.`, {
      status: booking.status,
    });
  }
  if (booking.checkedInAt) return refuse('alreadyCheckedIn', 'This booking is already checked in.');
  const window = checkInWindow(booking, rules);
  const t = now.getTime();
  if (t < window.opensAt.getTime()) {
    const before = rules.checkIn.opensBeforeMin;
    return refuse('checkInNotOpen', `Check-in opens ${before} minutes before the start.`, { minutes: before });
  }
  if (t >= window.closesAt.getTime()) {
    const message = window.required
      ? `Check-in closed ${rules.checkIn.releaseAfterMin} minutes after the start.`
      : 'The meeting has ended.';
    return refuse('checkInClosed', message, { minutes: rules.checkIn.releaseAfterMin });
  }
  return null;
}

export interface AdvanceDecision {
  id: string;
  status: 'expired' | 'released' | 'completed';
  /** When it should have happened (hold expiry, release time, end), for the audit trail. */
  at: Date;
}

function advanceOne(b: LifecycleBooking, rules: Rules, t: number): AdvanceDecision | null {
  const end = b.end.getTime();
  if (b.status === 'pending') {
    const hold = Math.min(b.holdExpiresAt?.getTime() ?? end, end);
    return hold <= t ? { id: b.id, status: 'expired', at: new Date(hold) } : null;
  }
  if (b.status !== 'confirmed') return null;
  const { releaseAt } = checkInWindow(b, rules);
  if (releaseAt && !b.checkedInAt && releaseAt.getTime() <= t) {
    return { id: b.id, status: 'released', at: releaseAt };
  }
  return end <= t ? { id: b.id, status: 'completed', at: b.end } : null;
}

/**
 * What the clock does at `now`: pending bookings whose hold ran out (or that were never approved
 * before their end) expire; confirmed ones that needed a check-in and got none by the release time
 * are released (even if they have also ended); other confirmed ones that have ended complete.
 */
export function advanceDecisions(
  bookings: readonly LifecycleBooking[],
  rulesFor: (booking: LifecycleBooking) => Rules,
  now: Date,
): AdvanceDecision[] {
  const t = now.getTime();
  return bookings.flatMap((b) => {
    const decision = advanceOne(b, rulesFor(b), t);
    return decision ? [decision] : [];
  });
}
