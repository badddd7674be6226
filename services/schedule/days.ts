import { Op } from 'sequelize';
import type { z } from 'zod';
import type { RoomAt, RoomDay, UserDay, ZScheduleRoomInput, ZScheduleUserInput } from '../../core/contract/schedule';
import type { BookingStatus } from '../../core/domain';
import { notFound } from '../../core/errors';
import { occupies } from '../../core/rules';
import { addDays, startOfDay, workingSpans } from '../../core/rules/localTime';
import type { Booking } from '../../db';
import { requireRoomAccess, scheduleVisibility } from '../access';
import { toBlockView } from '../blocks';
import { bookingOccupant } from '../bookings/load';
import { actorOf as bookingActorOf } from '../bookings/policy';
import { viewsOf } from '../bookings/view';
import type { Ctx } from '../context';
import { latestRuleSets, loadCatalog, loadOffices, rulesResolver } from './catalog';
import { BUSY_STATUSES } from './occupancy';
import { clipAll } from './spans';
import { at, MAX_BOOKING_MS, ms, select } from './sql';

/** A room's or a person's day, and who has a room at an instant. */

const SHOWN: readonly BookingStatus[] = ['pending', 'confirmed', 'completed', 'released'];
const iso = (t: number) => new Date(t).toISOString();
const byStart = (a: Booking, b: Booking) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime() || (a.id < b.id ? -1 : 1);

function dayBounds(date: string, tz: string) {
  return { start: startOfDay(date, tz), end: startOfDay(addDays(date, 1), tz) };
}

/** Bookings of a room overlapping [from, to), by the (room_id, start_at) index. */
function roomBookings(ctx: Ctx, roomId: string, from: number, to: number, statuses?: readonly BookingStatus[]) {
  return ctx.store.db.models.Booking.findAll({
    where: {
      roomId,
      startAt: { [Op.gte]: new Date(from - MAX_BOOKING_MS), [Op.lt]: new Date(to) },
      endAt: { [Op.gt]: new Date(from) },
      ...(statuses ? { status: { [Op.in]: [...statuses] } } : {}),
    },
  });
}

function roomBlocks(ctx: Ctx, roomId: string, from: number, to: number) {
  return ctx.store.db.models.Block.findAll({
    where: { roomId, startAt: { [Op.lt]: new Date(to) }, endAt: { [Op.gt]: new Date(from) } },
    order: [['startAt', 'ASC'], ['id', 'ASC']],
  });
}

export async function roomDay(ctx: Ctx, input: z.output<typeof ZScheduleRoomInput>): Promise<RoomDay> {
  const row = await requireRoomAccess(ctx, input.roomId);
  const { rooms } = await loadCatalog(ctx.store.db, null, { roomIds: [row.id], includeRetired: true });
  const room = rooms[0];
  if (!room) throw notFound('Room', row.id);
  const tz = room.engine.timeZone;
  const day = dayBounds(input.date, tz);
  const [bookings, blocks] = await Promise.all([
    roomBookings(ctx, row.id, day.start, day.end, input.includeCancelled ? undefined : SHOWN),
    roomBlocks(ctx, row.id, day.start, day.end),
  ]);
  const hours = clipAll(workingSpans(room.engine.rules, tz, day.start, day.end, true), day.start, day.end);
  return {
    roomId: row.id,
    date: input.date,
    timeZone: tz,
    start: iso(day.start),
    end: iso(day.end),
    hours: hours.map((s) => ({ start: iso(s.start), end: iso(s.end) })),
    bookings: await viewsOf(ctx.store.db, bookings.sort(byStart), bookingActorOf(ctx)),
    blocks: blocks.map((b) => toBlockView(b)),
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
  const [offices, latest] = await Promise.all([loadOffices(db), latestRuleSets(db)]);
  const office = person.officeId ? (offices.get(person.officeId) ?? null) : null;
  const tz = office?.timeZone ?? 'UTC';
  const day = dayBounds(input.date, tz);
  const ids = await meetingIdsOf(ctx, person.id, day.start, day.end);
  const [bookings, blocks] = await Promise.all([
    ids.length ? db.models.Booking.findAll({ where: { id: { [Op.in]: ids } } }) : Promise.resolve([]),
    db.models.Block.findAll({
      where: { userId: person.id, startAt: { [Op.lt]: new Date(day.end) }, endAt: { [Op.gt]: new Date(day.start) } },
      order: [['startAt', 'ASC'], ['id', 'ASC']],
    }),
  ]);
  bookings.sort(byStart);
  const visibility = scheduleVisibility(ctx.caller, { id: person.id, officeId: person.officeId ?? null });
  const busy = [
    ...bookings.map((b) => ({ start: ms(b.startAt), end: ms(b.endAt), kind: 'booking' as const })),
    ...blocks.map((b) => ({ start: ms(b.startAt), end: ms(b.endAt), kind: 'block' as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const hours = clipAll(workingSpans(rulesResolver(latest)(office, null), tz, day.start, day.end, true), day.start, day.end);
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
    blocks: isFull ? blocks.map((b) => toBlockView(b)) : [],
    busy: busy.map((b) => ({ start: iso(b.start), end: iso(b.end), kind: b.kind })),
  };
}

/** Who has the room at `at`: a pending (hold running) or confirmed booking, or one that took place. */
export async function roomAt(ctx: Ctx, input: { roomId: string; at: string }): Promise<RoomAt> {
  const row = await requireRoomAccess(ctx, input.roomId);
  const t = new Date(input.at).getTime();
  const [bookings, blocks] = await Promise.all([
    roomBookings(ctx, row.id, t, t + 1, ['pending', 'confirmed', 'completed']),
    roomBlocks(ctx, row.id, t, t + 1),
  ]);
  const now = ctx.now.getTime();
  const holder = bookings.filter((b) => b.status === 'completed' || occupies(bookingOccupant(b), now)).sort(byStart)[0] ?? null;
  const block = blocks[0] ?? null;
  const [view] = holder ? await viewsOf(ctx.store.db, [holder], bookingActorOf(ctx)) : [];
  const person = view && !view.isMasked ? await ctx.store.db.models.User.findByPk(view.organizerId) : null;
  const until = Math.max(holder ? ms(holder.endAt) : 0, block ? ms(block.endAt) : 0);
  return {
    roomId: row.id,
    at: iso(t),
    state: block ? 'blocked' : holder ? 'busy' : 'free',
    booking: view ?? null,
    block: block ? toBlockView(block) : null,
    organizer: person ? { id: person.id, name: person.name } : null,
    until: until ? iso(until) : null,
  };
}
