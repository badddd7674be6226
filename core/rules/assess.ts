import {
  checkAccess,
  checkActive,
  checkCapacity,
  checkDuration,
  checkGrid,
  checkHours,
  checkOverride,
  checkRoom,
  checkTiming,
  conflictViolation,
  violation,
  type CheckContext,
} from './checks';
import { localDay, MINUTE, type Span } from './localTime';
import { conflictsWith, occupyingIn } from './occupancy';
import { rulesForRole } from './resolve';
import type { Rules } from './schema';
import type { BookingRequest, EngineRoom, Occupant, Violation } from './types';

/** A walk-up "starts now" when its start is within a minute of the clock. */
export const WALK_UP_TOLERANCE_MS = MINUTE;

/** The full verdict on one request, with the facts the alternatives search steers by. */
export interface Assessment {
  violations: Violation[];
  /** Occupants that refuse the request (blocks, and bookings unless overridden). */
  blocking: Occupant[];
  /** Bookings an accepted override would push out. */
  displaced: Occupant[];
  rules: Rules;
  occupancy: Span;
  context: CheckContext;
}

const TIME_FREE_CHECKS = [checkRoom, checkAccess, checkCapacity, checkOverride, checkDuration, checkActive];
const TIME_CHECKS = [checkTiming, checkGrid, checkHours];

/** The codes no other time in the same room can cure. */
export const TIMELESS_CODES = new Set<string>([
  'invalidInterval',
  'roomRetired',
  'roomMaintenance',
  'roleNotAllowed',
  'overCapacity',
  'overrideNotAllowed',
  'overrideReasonRequired',
  'tooShort',
  'tooLong',
  'tooManyActive',
]);

function contextFor(room: EngineRoom, existing: readonly Occupant[], request: BookingRequest, now: number): CheckContext {
  const rules = rulesForRole(room.rules, request.actor.role);
  const start = request.start.getTime();
  const startsNow = Boolean(request.isWalkUp) && Math.abs(start - now) <= WALK_UP_TOLERANCE_MS;
  return {
    room,
    request,
    rules,
    tz: room.timeZone,
    now,
    start,
    end: request.end.getTime(),
    day: localDay(start, room.timeZone),
    startsNow,
    occupants: occupyingIn(existing, room.id, now, request.ignoreBookingId),
  };
}

/** Judges one request against every rule; lists every violation, never just the first. */
export function assess(room: EngineRoom, existing: readonly Occupant[], request: BookingRequest, now: number): Assessment {
  const ctx = contextFor(room, existing, request, now);
  const { rules, start, end } = ctx;
  const occupancy = { start: start - rules.bufferMin.before * MINUTE, end: end + rules.bufferMin.after * MINUTE };
  const base = { rules, occupancy, context: ctx, blocking: [], displaced: [] };
  if (!(end > start) || Number.isNaN(start) || Number.isNaN(end)) {
    return { ...base, violations: [violation('invalidInterval', 'The end must be after the start.', {})] };
  }
  const violations = [...TIME_FREE_CHECKS, ...TIME_CHECKS].flatMap((check) => check(ctx));
  const canOverride =
    Boolean(request.override?.reason.trim()) && rules.overrideRoles.includes(request.actor.role);
  const blocking: Occupant[] = [];
  const displaced: Occupant[] = [];
  for (const o of conflictsWith(ctx.occupants, occupancy)) {
    if (o.kind === 'booking' && canOverride) displaced.push(o);
    else blocking.push(o);
  }
  violations.push(...blocking.map((o) => conflictViolation(ctx, o)));
  return { ...base, violations, blocking, displaced };
}
