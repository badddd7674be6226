import type { z } from 'zod';
import type { BlockView } from '../../core/contract/blocks';
import type { RoomAt, RoomDay, UserDay, ZScheduleRoomInput, ZScheduleUserInput } from '../../core/contract/schedule';
import type { BookingStatus } from '../../core/domain';
import { notFound } from '../../core/errors';
import { occupies } from '../../core/rules';
import { addDays, startOfDay, workingSpans } from '../../core/rules/localTime';
import type { Db } from '../../db';
import { scheduleVisibility } from '../access';
import { toBlockView } from '../blocks';
import { bookingOccupant } from '../bookings/load';
import { bookingRecords } from '../bookings/records';
import type { BookingRecord } from '../bookings/rows';
import { actorOf as bookingActorOf } from '../bookings/policy';
import { viewsOf } from '../bookings/view';
import type { Ctx } from '../context';
import { compare, loadCalendars, requireCatalogRoom } from './catalog';
import { BUSY_STATUSES } from './occupancy';
import { clipAll } from './spans';
import { at, MAX_BOOKING_MS, ms, select } from './sql';

/** A room's or a person's day, and who has a room at an instant. */

const SHOWN: readonly BookingStatus[] = ['pending', 'confirmed', 'completed', 'released'];
const iso = (t: number) => new Date(t).toISOString();
const byStart = (a: BookingRecord, b: BookingRecord) => a.startAt.getTime() - b.startAt.getTime() || compare(a.id, b.id);

function dayBounds(date: string, tz: string) {
  return { start: startOfDay(date, tz), end: startOfDay(addDays(date, 1), tz) };
}

/** Bookings of a room overlapping [from, to), by the (room_id, start_at) index, raw. */
function roomBookings(db: Db, roomId: string, from: number, to: number, statuses?: readonly BookingStatus[]) {
  return bookingRecords(
    db,
    `room_id = :roomId AND start_at >= :lo AND start_at < :to AND end_at > :from${statuses ? ' AND status IN (:statuses)' : ''}`,
    { roomId, lo: at(db, from - MAX_BOOKING_MS), from: at(db, from), to: at(db, to), statuses },
  );
}

interface BlockRow {
  id: string;
  room_id: string | null;
  user_id: string | null;
  start_at: string | Date;
  end_at: string | Date;
  reason: string | null;
  created_by_id: string | null;
}

const blockView = (b: BlockRow): BlockView =>
  toBlockView({
    id: b.id,
    roomId: b.room_id,
    userId: b.user_id,
    startAt: new Date(ms(b.start_at)),
    endAt: new Date(ms(b.end_at)),
    reason: b.reason ?? '',
    createdById: b.created_by_id,
  });

/** A room's or a person's blocks overlapping [from, to), in order. */
async function blocksOf(db: Db, owner: 'room_id' | 'user_id', id: string, from: number, to: number): Promise<BlockView[]> {
  const rows = await select<BlockRow>(
    db,
    `SELECT id, room_id, user_id, start_at, end_at, reason, created_by_id FROM blocks
      WHERE ${owner} = :id AND start_at < :to AND end_at > :from`,
    { id, from: at(db, from), to: at(db, to) },
  );
  return rows.map(blockView).sort((a, b) => compare(a.start, b.start) || compare(a.id, b.id));
}

export async function roomDay(ctx: Ctx, input: z.output<typeof ZScheduleRoomInput>): Promise<RoomDay> {
  const { db } = ctx.store;
  const room = await requireCatalogRoom(db, ctx.caller, input.roomId);
  const tz = room.engine.timeZone;
  const day = dayBounds(input.date, tz);
  const [bookings, blocks] = await Promise.all([
    roomBookings(db, room.engine.id, day.start, day.end, input.includeCancelled ? undefined : SHOWN),
    blocksOf(db, 'room_id', room.engine.id, day.start, day.end),
  ]);
  const hours = clipAll(workingSpans(room.engine.rules, tz, day.start, day.end, true), day.start, day.end);
  return {
    roomId: room.engine.id,
    date: input.date,
    timeZone: tz,
    start: iso(day.start),
    end: iso(day.end),
    hours: hours.map((s) => ({ start: iso(s.start), end: iso(s.end) })),
    bookings: await viewsOf(db, bookings.sort(byStart), bookingActorOf(ctx), undefined, room.engine.officeId),
    blocks,
  };
}

/** Ids of the bookings a person organizes or attends that overlap [from, to) and take their time. */
export async function meetingIdsOf(ctx: Ctx, userId: string, from: number, to: number): Promise<string[]> {
  const { db } = ctx.store;
  const rows = await select<{ booking_id: string }>(
    db,
    `SELECT DISTINCT booking_id FROM participations WHERE user_id = :userId
      AND start_at >= :lo AND start_at < :to AND end_at > :from AND status IN (:busy)`,
    { userId, lo: at(db, from - MAX_BOOKING_MS), from: at(db, from), to: at(db, to), busy: BUSY_STATUSES },
  );
  return rows.map((r) => r.booking_id);
}

export async function userDay(ctx: Ctx, input: z.output<typeof ZScheduleUserInput>): Promise<UserDay> {
  const { db } = ctx.store;
  const person = await db.models.User.findByPk(input.userId);
  if (!person) throw notFound('User', input.userId);
  const { offices, officeRules } = await loadCalendars(db);
  const office = person.officeId ? (offices.get(person.officeId) ?? null) : null;
  const tz = office?.timeZone ?? 'UTC';
  const day = dayBounds(input.date, tz);
  const ids = await meetingIdsOf(ctx, person.id, day.start, day.end);
  const [bookings, blocks] = await Promise.all([
    ids.length ? bookingRecords(db, 'id IN (:ids)', { ids }) : Promise.resolve([]),
    blocksOf(db, 'user_id', person.id, day.start, day.end),
  ]);
  bookings.sort(byStart);
  const visibility = scheduleVisibility(ctx.caller, { id: person.id, officeId: person.officeId ?? null });
  const busy = [
    ...bookings.map((b) => ({ start: ms(b.startAt), end: ms(b.endAt), kind: 'booking' as const })),
    ...blocks.map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end), kind: 'block' as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const hours = clipAll(workingSpans(officeRules(office), tz, day.start, day.end, true), day.start, day.end);
  const isFull = visibility === 'full';
  return {
    userId: person.id,
    date: input.date,
    timeZone: tz,
    start: iso(day.start),
    end: iso(day.end),
    hours: hours.map((s) => ({ start: iso(s.start), end: iso(s.end) })),
    visibility,
    bookings: isFull ? await viewsOf(db, bookings, bookingActorOf(ctx)) : [],
    blocks: isFull ? blocks : [],
    busy: busy.map((b) => ({ start: iso(b.start), end: iso(b.end), kind: b.kind })),
  };
}

/** Who has the room at `at`: a pending (hold running) or confirmed booking, or one that took place. */
export async function roomAt(ctx: Ctx, input: { roomId: string; at: string }): Promise<RoomAt> {
  const { db } = ctx.store;
  const room = await requireCatalogRoom(db, ctx.caller, input.roomId);
  const t = new Date(input.at).getTime();
  const [bookings, blocks] = await Promise.all([
    roomBookings(db, room.engine.id, t, t + 1, ['pending', 'confirmed', 'completed']),
    blocksOf(db, 'room_id', room.engine.id, t, t + 1),
  ]);
  const now = ctx.now.getTime();
  const holder = bookings.filter((b) => b.status === 'completed' || occupies(bookingOccupant(b), now)).sort(byStart)[0] ?? null;
  const block = blocks[0] ?? null;
  const [view] = holder ? await viewsOf(db, [holder], bookingActorOf(ctx), undefined, room.engine.officeId) : [];
  const person = view && !view.isMasked ? await db.models.User.findByPk(view.organizerId, { attributes: ['id', 'name'] }) : null;
  const until = Math.max(holder ? holder.endAt.getTime() : 0, block ? Date.parse(block.end) : 0);
  return {
    roomId: room.engine.id,
    at: iso(t),
    state: block ? 'blocked' : holder ? 'busy' : 'free',
    booking: view ?? null,
    block,
    organizer: person ? { id: person.id, name: person.name } : null,
    until: until ? iso(until) : null,
  };
}
