import type { BookingView } from '../../../../core/contract';

/**
 * Which actions the console offers on a booking, from the same record rules the server applies
 * (organizer, creator, attendee, facility staff) and the booking's moment in its life. Offering
 * is a courtesy: the server still decides, and its refusal is shown when it says no.
 */
export type BookingAction = 'approve' | 'reject' | 'checkIn' | 'extend' | 'end' | 'reschedule' | 'cancel';

export interface Viewer {
  userId: string;
  /** Facility staff of the booking's office (or an admin). */
  isStaff: boolean;
}

export interface CheckInRule {
  required: boolean;
  opensBeforeMin: number;
  releaseAfterMin: number;
}

const MINUTE = 60_000;

export const canChange = (b: BookingView, v: Viewer): boolean =>
  v.isStaff || b.organizerId === v.userId || b.createdById === v.userId;

function isCheckInOpen(b: BookingView, rule: CheckInRule, now: number): boolean {
  const start = Date.parse(b.start);
  const end = Date.parse(b.end);
  const closes = rule.required ? Math.min(start + rule.releaseAfterMin * MINUTE, end) : end;
  return !b.checkInAt && now >= start - rule.opensBeforeMin * MINUTE && now < closes;
}

/** The actions, in the order they are shown (the main one first). */
export function actionsFor(b: BookingView, viewer: Viewer, rule: CheckInRule | null, now: number): BookingAction[] {
  if (b.isMasked) return [];
  const start = Date.parse(b.start);
  const end = Date.parse(b.end);
  const mayChange = canChange(b, viewer);
  const isAttendee = b.attendeeIds.includes(viewer.userId);
  const actions: BookingAction[] = [];
  if (b.status === 'pending' && now < end) {
    const holdOk = !b.holdExpiresAt || Date.parse(b.holdExpiresAt) > now;
    if (viewer.isStaff && holdOk) actions.push('approve', 'reject');
  }
  if (b.status === 'confirmed' && now < end) {
    if (rule && (mayChange || isAttendee) && isCheckInOpen(b, rule, now)) actions.push('checkIn');
    if (mayChange && now >= start) actions.push('extend', 'end');
  }
  if ((b.status === 'pending' || b.status === 'confirmed') && now < start && mayChange) actions.push('reschedule', 'cancel');
  return actions;
}

/** Later ends offered by "Extend": a step, two steps, and an hour past the current end. */
export function extendOptions(b: BookingView, stepMin: number): string[] {
  const end = Date.parse(b.end);
  const minutes = [...new Set([stepMin, stepMin * 2, 60])].filter((m) => m > 0).sort((x, y) => x - y);
  return minutes.map((m) => new Date(end + m * MINUTE).toISOString());
}
