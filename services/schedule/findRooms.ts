import type { z } from 'zod';
import type { RoomsAvailability, ZRoomsAvailabilityInput } from '../../core/contract/availability';
import type { RuleMessage } from '../../core/contract/bookings';
import { AppError } from '../../core/errors';
import {
  decide,
  occupancyOf,
  occupies,
  overlaps,
  rulesForRole,
  type Acceptance,
  type BookingRequest,
  type Decision,
  type EngineRoom,
  type Occupant,
} from '../../core/rules';
import { formatSpan, localDay, weekdayOf } from '../../core/rules/localTime';
import type { Ctx } from '../context';
import { byName, loadCatalog, type CatalogRoom } from './catalog';
import { occupantsByRoom } from './occupancy';
import { MINUTE } from './sql';
import { actorOf, type Actor } from './who';

/**
 * availability.rooms: every visible room of the asked type and office is judged by the engine as
 * a booking by the caller would be; amenities are a filter of the search, checked here.
 */
export type RoomsInput = z.output<typeof ZRoomsAvailabilityInput>;

const message = (code: string, text: string, params: RuleMessage['params'], prefix = 'fits'): RuleMessage => ({
  code,
  message: text,
  key: `${prefix}.${code}`,
  params,
});

export function requestFor(actor: Actor, room: EngineRoom, start: number, end: number, seats: number, amenities: string[]): BookingRequest {
  return {
    roomId: room.id,
    start: new Date(start),
    end: new Date(end),
    organizerId: actor.userId,
    actor: { userId: actor.userId, role: actor.role },
    attendeeCount: seats,
    amenities,
    organizerActiveCount: 0,
  };
}

/**
 * The working hours and the occupied span as words. The same for every room with the same rules
 * and time zone, so a search over a thousand rooms formats them a handful of times.
 */
const texts = new Map<string, { hours: string; span: string }>();
function timesText(timeZone: string, rules: ReturnType<typeof rulesForRole>, start: number, ok: Acceptance) {
  const from = ok.occupiedFrom.getTime();
  const to = ok.occupiedTo.getTime();
  const key = `${timeZone}|${objectId(rules)}|${start}|${from}|${to}`;
  let text = texts.get(key);
  if (!text) {
    const day = localDay(start, timeZone);
    text = { hours: rules.workingHours[weekdayOf(day)].map((r) => r.join('–')).join(', '), span: formatSpan(from, to, timeZone, day) };
    if (texts.size >= 10_000) texts.clear();
    texts.set(key, text);
  }
  return text;
}

function whyItFits(room: EngineRoom, actor: Actor, ok: Acceptance, seats: number, amenities: string[], start: number): RuleMessage[] {
  const rules = rulesForRole(room.rules, actor.role);
  const { hours, span } = timesText(room.timeZone, rules, start, ok);
  const { before, after } = rules.bufferMin;
  const open = room.allowedRoles === null && rules.allowedRoles === null;
  const reasons = [
    message('seats', `${room.name} seats ${room.capacity}; you need ${seats}.`, { room: room.name, capacity: room.capacity, seats }),
    ...(amenities.length ? [message('amenities', `${room.name} has ${amenities.join(', ')}.`, { room: room.name, amenities: amenities.join(',') })] : []),
    message('free', `Nothing holds ${room.name} ${span} (your time with its ${before}- and ${after}-minute buffers).`, { room: room.name, span, before, after }),
    message('hours', `It is inside the working hours (${hours}).`, { hours }),
    message('access', open ? 'Every role may book it.' : `Your role (${actor.role}) may book it.`, { role: actor.role, open: open ? 1 : 0 }),
  ];
  return [...reasons, ...ok.ruleNotes];
}

function missingAmenities(room: EngineRoom, amenities: string[]): RuleMessage[] {
  const missing = amenities.filter((a) => !room.amenities.includes(a));
  if (missing.length === 0) return [];
  const list = missing.join(', ');
  return [message('missingAmenities', `${room.name} has no ${list}.`, { room: room.name, amenities: missing.join(',') }, 'rules')];
}

export interface RoomQuery {
  start: number;
  end: number;
  seats: number;
  amenities: string[];
}

/** The engine's verdict on one room, as a fit or a near miss. */
export function judgeRoom(c: CatalogRoom, occupants: readonly Occupant[], actor: Actor, q: RoomQuery, now: Date) {
  const request = requestFor(actor, c.engine, q.start, q.end, q.seats, q.amenities);
  return verdictOf(c, decide({ room: c.engine, existing: occupants, request }, now), actor, q);
}

function verdictOf(c: CatalogRoom, decision: Decision, actor: Actor, q: RoomQuery) {
  const missing = missingAmenities(c.engine, q.amenities);
  if (decision.ok && missing.length === 0) {
    return { fit: { room: c.brief, status: decision.status, reasons: whyItFits(c.engine, actor, decision, q.seats, q.amenities, q.start) } };
  }
  const violations = decision.ok ? [] : decision.violations.map((v) => ({ code: v.code, message: v.message, key: v.key, params: v.params }));
  return { miss: { room: c.brief, reasons: [...violations, ...missing] } };
}

/**
 * Every room's verdict. The engine decides a room from its rules, time zone, status, access,
 * approval, seats and the occupants that overlap the request's occupancy; names only reach the
 * sentences. So rooms alike in all that and free of occupants share one decision (asked once per
 * kind of room), and the engine is asked room by room only where an occupant is in the way, a
 * note names the room, or the sentences of a near miss are wanted.
 */
export function judgeRooms(rooms: readonly CatalogRoom[], byRoom: Map<string, Occupant[]>, actor: Actor, q: RoomQuery, now: Date, withMisses: boolean) {
  const shared = new Map<string, Decision>();
  const verdicts = [];
  for (const c of rooms) {
    const occupants = byRoom.get(c.engine.id) ?? [];
    if (!withMisses && missingAmenities(c.engine, q.amenities).length) continue;
    const rules = rulesForRole(c.engine.rules, actor.role);
    const span = { start: q.start - rules.bufferMin.before * MINUTE, end: q.end + rules.bufferMin.after * MINUTE };
    const isClear = !occupants.some((o) => occupies(o, now.getTime()) && overlaps(occupancyOf(o), span));
    if (!isClear) {
      if (withMisses) verdicts.push(judgeRoom(c, occupants, actor, q, now));
      continue;
    }
    const key = kindOf(c, q.seats);
    let decision = shared.get(key);
    if (!decision) shared.set(key, (decision = decide({ room: c.engine, existing: [], request: requestFor(actor, c.engine, q.start, q.end, q.seats, q.amenities) }, now)));
    if (decision.ok && decision.ruleNotes.length === 0) verdicts.push(verdictOf(c, decision, actor, q));
    else if (decision.ok || withMisses) verdicts.push(judgeRoom(c, occupants, actor, q, now));
  }
  return verdicts;
}

/** What the engine's decision on an unoccupied room depends on, besides the request. */
function kindOf(c: CatalogRoom, seats: number): string {
  const e = c.engine;
  return [objectId(e.rules), e.timeZone, e.status, JSON.stringify(e.allowedRoles), e.requiresApproval, e.capacity >= seats].join('|');
}

let nextObjectId = 0;
const objectIds = new WeakMap<object, number>();
function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

/** How far the buffers of these rooms reach around a window. */
export function bufferReach(rooms: readonly CatalogRoom[], actor: Actor): number {
  let reach = 0;
  for (const r of rooms) {
    const { before, after } = rulesForRole(r.engine.rules, actor.role).bufferMin;
    reach = Math.max(reach, before, after);
  }
  return reach * MINUTE;
}

export async function findRooms(ctx: Ctx, input: RoomsInput): Promise<RoomsAvailability> {
  const actor = actorOf(ctx);
  const start = new Date(input.start).getTime();
  const end = new Date(input.end).getTime();
  if (!(end > start)) throw new AppError('VALIDATION', 'The end must be after the start.', { key: 'errors.endBeforeStart' });
  const { db } = ctx.store;
  const { rooms } = await loadCatalog(db, ctx.caller, { officeId: input.officeId, type: input.type });
  const reach = bufferReach(rooms, actor);
  const occupants = await occupantsByRoom(db, start - reach, end + reach);
  const fits: RoomsAvailability['rooms'] = [];
  const misses: RoomsAvailability['nearMisses'] = [];
  const query = { start, end, seats: input.capacity ?? 1, amenities: input.amenities ?? [] };
  for (const verdict of judgeRooms(rooms, occupants, actor, query, ctx.now, Boolean(input.includeNearMisses))) {
    if (verdict.fit) fits.push(verdict.fit);
    else if (input.includeNearMisses) misses.push(verdict.miss);
  }
  fits.sort((a, b) => a.room.capacity - b.room.capacity || byName(a.room, b.room));
  misses.sort((a, b) => a.reasons.length - b.reasons.length || byName(a.room, b.room));
  return { rooms: fits, nearMisses: misses };
}
