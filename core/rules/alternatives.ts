import { assess, TIMELESS_CODES, type Assessment } from './assess';
import { addDays, DAY, localDay, MINUTE, nextOpening, previousClosing, snapToGrid, startOfDay } from './localTime';
import { occupancyOf } from './occupancy';
import { rulesForRole } from './resolve';
import type { Alternative, AlternativeKind, BookingRequest, EngineRoom, EvaluateInput } from './types';

/**
 * Up to three nearest alternatives of the same length: the same room earlier or later (on the
 * grid), and other rooms that fit the attendees and amenities at the same time. Every one is
 * found by running the full assessment on it, so trying it with the same request is accepted.
 */
export const MAX_ALTERNATIVES = 3;
const MAX_TRIES = 400;

type Dir = 1 | -1;

const toAlternative = (room: EngineRoom, start: number, end: number, kind: AlternativeKind): Alternative => ({
  roomId: room.id,
  roomName: room.name,
  floor: room.floor,
  start: new Date(start),
  end: new Date(end),
  kind,
});

export function fitsRoom(room: EngineRoom, request: BookingRequest): boolean {
  return room.capacity >= request.attendeeCount && (request.amenities ?? []).every((a) => room.amenities.includes(a));
}

/** The next start worth trying after a refused candidate at `t`, or null when none can work. */
function nextTry(a: Assessment, t: number, len: number, dir: Dir, now: number): number | null {
  const codes = new Set(a.violations.map((v) => v.code));
  if ([...codes].some((c) => TIMELESS_CODES.has(c))) return null;
  if (dir > 0 && codes.has('beyondHorizon')) return null;
  if (dir < 0 && (codes.has('inPast') || codes.has('minNotice'))) return null;
  const { rules, context } = a;
  const tz = context.tz;
  const horizonEnd = startOfDay(addDays(localDay(now, tz), rules.horizonDays + 1), tz);
  let target = t + dir * MINUTE;
  const pick = (x: number) => (target = dir > 0 ? Math.max(target, x) : Math.min(target, x));
  for (const o of a.blocking) {
    const occupied = occupancyOf(o);
    pick(dir > 0 ? occupied.end + rules.bufferMin.before * MINUTE : occupied.start - rules.bufferMin.after * MINUTE - len);
  }
  if (codes.has('inPast') || codes.has('minNotice')) pick(now + rules.minNoticeMin * MINUTE);
  if (codes.has('beyondHorizon')) pick(horizonEnd - MINUTE);
  if (codes.has('outsideWorkingHours') || codes.has('holiday')) {
    const edge = dir > 0 ? nextOpening(rules, tz, t, horizonEnd) : previousClosing(rules, tz, t + len, now - DAY);
    if (edge === null) return null;
    pick(dir > 0 ? edge : edge - len);
  }
  return target;
}

function searchSameRoom(input: EvaluateInput, dir: Dir, now: number): Alternative | null {
  const { room, existing, request } = input;
  const start = request.start.getTime();
  const len = request.end.getTime() - start;
  const step = rulesForRole(room.rules, request.actor.role).stepMin;
  let t = snapToGrid(start + dir * MINUTE, room.timeZone, step, dir);
  for (let i = 0; i < MAX_TRIES; i++) {
    const candidate = { ...request, start: new Date(t), end: new Date(t + len) };
    const a = assess(room, existing, candidate, now);
    if (a.violations.length === 0) {
      return toAlternative(room, t, t + len, dir > 0 ? 'same_room_later' : 'same_room_earlier');
    }
    const next = nextTry(a, t, len, dir, now);
    if (next === null) return null;
    const snapped = snapToGrid(next, room.timeZone, step, dir);
    t = dir * (snapped - t) > 0 ? snapped : snapToGrid(t + dir * MINUTE, room.timeZone, step, dir);
  }
  return null;
}

function otherRooms(input: EvaluateInput, now: number): Alternative[] {
  const { room, request } = input;
  const found: Alternative[] = [];
  for (const c of input.candidates ?? []) {
    if (c.room.id === room.id || !fitsRoom(c.room, request)) continue;
    const moved = { ...request, roomId: c.room.id };
    if (assess(c.room, c.existing, moved, now).violations.length === 0) {
      found.push(toAlternative(c.room, request.start.getTime(), request.end.getTime(), 'other_room'));
    }
  }
  return found;
}

/** Nearest in time first; at equal distance the same room, then the earlier start, then by name. */
function byNearness(origin: number) {
  return (a: Alternative, b: Alternative) =>
    Math.abs(a.start.getTime() - origin) - Math.abs(b.start.getTime() - origin) ||
    Number(a.kind === 'other_room') - Number(b.kind === 'other_room') ||
    a.start.getTime() - b.start.getTime() ||
    a.roomName.localeCompare(b.roomName);
}

export function findAlternatives(input: EvaluateInput, now: Date): Alternative[] {
  const { room, request } = input;
  if (request.isExtension) return [];
  const clock = now.getTime();
  const start = request.start.getTime();
  const len = request.end.getTime() - start;
  if (!(len > 0)) return [];
  const step = rulesForRole(room.rules, request.actor.role).stepMin * MINUTE;
  const sameRoom =
    len % step === 0 ? ([-1, 1] as const).map((dir) => searchSameRoom(input, dir, clock)) : [];
  const all = [...sameRoom.filter((a): a is Alternative => a !== null), ...otherRooms(input, clock)];
  return all.sort(byNearness(start)).slice(0, MAX_ALTERNATIVES);
}
