import type { Role } from '../domain';
import {
  addDays,
  daysTouched,
  formatSpan,
  formatTime,
  isInside,
  isOnGrid,
  localDay,
  MINUTE,
  weekdayOf,
  workingSpans,
} from './localTime';
import { touchesNextOccupant } from './occupancy';
import type { Rules } from './schema';
import type { BookingRequest, EngineRoom, Occupant, Params, Violation, ViolationCode } from './types';

/** Everything one check needs, worked out once per request. */
export interface CheckContext {
  room: EngineRoom;
  request: BookingRequest;
  /** The room's rules as they apply to the actor's role. */
  rules: Rules;
  tz: string;
  now: number;
  start: number;
  end: number;
  /** The local day of the start: times on it print as "HH:mm". */
  day: string;
  /** A walk-up starting now (±1 minute): exempt from the grid, the past and the notice. */
  startsNow: boolean;
  occupants: readonly Occupant[];
}

export const violation = (code: ViolationCode, message: string, params: Params): Violation => ({
  code,
  message,
  key: `rules.${code}`,
  params,
});

const ROLE_NOUN: Record<Role, string> = {
  employee: 'an employee',
  manager: 'a manager',
  assistant: 'an assistant',
  facility_manager: 'a facility manager',
  moderator: 'a moderator',
  admin: 'an admin',
};
export const roleNoun = (role: Role): string => ROLE_NOUN[role];
const roleList = (roles: readonly Role[]): string => roles.map((r) => r.replace('_', ' ')).join(', ');
const DAY_NAME = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

export function checkRoom({ room }: CheckContext): Violation[] {
  if (room.status === 'retired') {
    return [violation('roomRetired', `${room.name} is retired and can no longer be booked.`, { room: room.name })];
  }
  if (room.status === 'maintenance') {
    return [violation('roomMaintenance', `${room.name} is closed for maintenance.`, { room: room.name })];
  }
  return [];
}

export function checkAccess({ room, rules, request }: CheckContext): Violation[] {
  const role = request.actor.role;
  const lists = [room.allowedRoles, rules.allowedRoles].filter((l): l is Role[] => l !== null);
  if (lists.every((l) => l.includes(role))) return [];
  const allowed = lists.reduce((acc, l) => acc.filter((r) => l.includes(r)));
  const who = allowed.length ? `only by: ${roleList(allowed)}` : 'by no one at the moment';
  return [
    violation('roleNotAllowed', `${room.name} can be booked ${who}; you are ${roleNoun(role)}.`, {
      room: room.name,
      role,
      allowed: allowed.join(','),
    }),
  ];
}

export function checkCapacity({ room, request }: CheckContext): Violation[] {
  if (request.attendeeCount <= room.capacity) return [];
  const message = `${room.name} seats ${room.capacity}; this meeting has ${request.attendeeCount} attendees.`;
  return [violation('overCapacity', message, { room: room.name, capacity: room.capacity, attendees: request.attendeeCount })];
}

export function checkOverride({ rules, request }: CheckContext): Violation[] {
  if (!request.override) return [];
  const role = request.actor.role;
  if (!rules.overrideRoles.includes(role)) {
    const who = rules.overrideRoles.length ? roleList(rules.overrideRoles) : 'no one';
    const message = `Only ${who} may override other bookings; you are ${roleNoun(role)}.`;
    return [violation('overrideNotAllowed', message, { role, allowed: rules.overrideRoles.join(',') })];
  }
  if (request.override.reason.trim() === '') {
    return [violation('overrideReasonRequired', 'An override needs a reason, which is kept in the audit log.', {})];
  }
  return [];
}

export function checkDuration({ room, rules, request, start, end }: CheckContext): Violation[] {
  const minutes = Math.round((end - start) / MINUTE);
  const { min, max } = rules.durationMin;
  const params = { room: room.name, role: request.actor.role, minutes, min, max };
  if (minutes < min) {
    const message = `Meetings in ${room.name} must last at least ${min} minutes; this one lasts ${minutes}.`;
    return [violation('tooShort', message, params)];
  }
  if (minutes > max) {
    const who = roleNoun(request.actor.role);
    const message = `As ${who} you may book ${room.name} for at most ${max} minutes; this meeting lasts ${minutes}.`;
    return [violation('tooLong', message, params)];
  }
  return [];
}

export function checkActive({ rules, request }: CheckContext): Violation[] {
  const limit = rules.maxActivePerUser;
  if (limit === null || request.isExtension || request.organizerActiveCount < limit) return [];
  const count = request.organizerActiveCount;
  const message = `The organizer already has ${count} active bookings; at most ${limit} are allowed.`;
  return [violation('tooManyActive', message, { count, limit })];
}

export function checkTiming(ctx: CheckContext): Violation[] {
  const { request, rules, tz, now, start, day } = ctx;
  if (request.isExtension || ctx.startsNow) return [];
  const at = formatTime(start, tz, day);
  if (start < now) return [violation('inPast', `The start, ${at}, has already passed.`, { start: at })];
  const found: Violation[] = [];
  const notice = rules.minNoticeMin;
  if (start < now + notice * MINUTE) {
    const inMinutes = Math.floor((start - now) / MINUTE);
    const message = `Bookings need ${notice} minutes' notice; this one starts in ${inMinutes} minutes.`;
    found.push(violation('minNotice', message, { notice, minutes: inMinutes }));
  }
  const lastDay = addDays(localDay(now, tz), rules.horizonDays);
  if (day > lastDay) {
    const who = roleNoun(request.actor.role);
    const message = `As ${who} you may book at most ${rules.horizonDays} days ahead, until ${lastDay}; ${day} is later.`;
    found.push(violation('beyondHorizon', message, { days: rules.horizonDays, lastDay, day }));
  }
  return found;
}

export function checkGrid(ctx: CheckContext): Violation[] {
  const { request, rules, tz, start, end, day } = ctx;
  const step = rules.stepMin;
  const flexibleEnd = request.isWalkUp || request.isExtension;
  const startOk = ctx.startsNow || request.isExtension || isOnGrid(start, tz, step);
  const endOk =
    isOnGrid(end, tz, step) ||
    (flexibleEnd && ((end - start) % (step * MINUTE) === 0 || touchesNextOccupant(ctx.occupants, end, rules.bufferMin.after)));
  const off = [...(startOk ? [] : [start]), ...(endOk ? [] : [end])].map((t) => formatTime(t, tz, day));
  if (off.length === 0) return [];
  const message = `Bookings start and end on the ${step}-minute grid; ${off.join(' and ')} ${off.length > 1 ? 'are' : 'is'} off it.`;
  return [violation('offGrid', message, { step, times: off.join(', ') })];
}

function hoursText(rules: Rules, days: readonly string[]): string {
  return days
    .map((d) => {
      const ranges = rules.workingHours[weekdayOf(d)];
      const name = DAY_NAME[weekdayOf(d)];
      return ranges.length ? `${name} ${ranges.map((r) => r.join('–')).join(', ')}` : `closed on ${name}`;
    })
    .join('; ');
}

export function checkHours(ctx: CheckContext): Violation[] {
  const { room, rules, tz, start, end, day } = ctx;
  const found: Violation[] = [];
  if (!isInside(workingSpans(rules, tz, start, end, false), start, end)) {
    const days = daysTouched(start, end, tz);
    const hours = hoursText(rules, days);
    const span = formatSpan(start, end, tz, day);
    const open = hours.startsWith('closed') ? `is ${hours}` : `is open ${hours}`;
    const message = `${room.name} ${open}; ${span} is outside those hours.`;
    found.push(violation('outsideWorkingHours', message, { room: room.name, hours, span }));
  }
  const holidays = daysTouched(start, end, tz).filter((d) => rules.holidays.includes(d));
  if (holidays.length) {
    const list = holidays.join(', ');
    const message = `${list} ${holidays.length > 1 ? 'are holidays' : 'is a holiday'}; ${room.name} cannot be booked.`;
    found.push(violation('holiday', message, { room: room.name, days: list }));
  }
  return found;
}

export function conflictViolation(ctx: CheckContext, o: Occupant): Violation {
  const { room, tz, day, start, end, rules } = ctx;
  const span = formatSpan(o.start.getTime(), o.end.getTime(), tz, day);
  const params: Params = { room: room.name, span, from: o.start.toISOString(), to: o.end.toISOString(), id: o.id };
  if (o.kind === 'block') {
    const why = o.title ? ` (${o.title})` : '';
    return violation('blocked', `${room.name} is blocked ${span}${why}.`, { ...params, title: o.title ?? '' });
  }
  const before = o.end.getTime() <= start;
  const theirs = before ? o.bufferAfterMin : o.bufferBeforeMin;
  const ours = before ? rules.bufferMin.before : rules.bufferMin.after;
  const rawOverlap = o.start.getTime() < end && start < o.end.getTime();
  const side = before ? 'after it' : 'before it';
  const buffers = [
    ...(theirs ? [`a ${theirs}-minute buffer ${side}`] : []),
    ...(ours ? [`the ${ours}-minute buffer ${before ? 'before' : 'after'} yours`] : []),
  ];
  const extra = rawOverlap || buffers.length === 0 ? '' : ` plus ${buffers.join(' and ')}`;
  return violation('occupied', `${room.name} is occupied ${span}${extra}.`, {
    ...params,
    bufferMin: rawOverlap ? 0 : theirs + ours,
  });
}
