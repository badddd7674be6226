import type { KioskStatus } from '../core/contract/kiosk';
import type { RuleMessage } from '../core/contract/bookings';
import { LOCALES, type Locale } from '../core/domain';
import { decide, walkUpOptions, type Occupant } from '../core/rules';
import { addDays, DAY, localDay, MINUTE, startOfDay, workingSpans } from '../core/rules/localTime';
import type { Booking, Db } from '../db';
import { requireRoomAccess } from './access';
import { requireDevice, type Ctx } from './context';
import { judge } from './bookings/decide';
import { activeCount, bookingOccupant, loadRoomRow, occupyingBookings, type LoadedRoom } from './bookings/load';
import { actorOf } from './bookings/policy';
import { toMessage } from './bookings/refusal';
import { attendeesOf } from './bookings/view';
import { headcount } from './bookings/rows';
import { toRoom } from './mappers';
import { blockEntry, blockOccupant, bookingEntry, organizersOf, roomBlocks } from './kioskEntries';
import { findWalkUpAccount } from './kioskWalkUp';

/** The lengths a door offers; the engine keeps those that fit before the next meeting and closing. */
export const WALK_UP_MINUTES = [15, 30, 45, 60] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/** The language most active people of the office use (English when nobody or a tie). */
async function officeLocale(db: Db, officeId: string): Promise<Locale> {
  const rows = (await db.models.User.count({ where: { officeId, active: true }, group: ['locale'] })) as unknown as Array<{
    locale: string;
    count: number;
  }>;
  let best: { locale: Locale; count: number } = { locale: 'en', count: 0 };
  for (const row of rows) {
    const locale = LOCALES.find((l) => l === row.locale);
    if (locale && Number(row.count) > best.count) best = { locale, count: Number(row.count) };
  }
  return best.locale;
}

interface WalkUpFacts {
  room: LoadedRoom;
  occupants: Occupant[];
  organizerId: string;
  organizerActiveCount: number;
}

function walkUpView(f: WalkUpFacts, now: Date): KioskStatus['walkUp'] {
  const actor = { userId: f.organizerId, role: 'employee' as const };
  const query = { room: f.room.engine, existing: f.occupants, actor, organizerActiveCount: f.organizerActiveCount };
  const options = walkUpOptions({ ...query, wantedMin: WALK_UP_MINUTES }, now);
  let blockedBy: RuleMessage | null = null;
  if (options.offers.length === 0) {
    const shortest = f.room.engine.rules.durationMin.min;
    const request = {
      roomId: f.room.engine.id,
      start: now,
      end: new Date(now.getTime() + Math.max(shortest, WALK_UP_MINUTES[0]) * MINUTE),
      organizerId: f.organizerId,
      actor,
      attendeeCount: 1,
      isWalkUp: true,
      organizerActiveCount: f.organizerActiveCount,
    };
    const decision = decide({ room: f.room.engine, existing: f.occupants, request }, now);
    if (!decision.ok && decision.violations[0]) blockedBy = toMessage(decision.violations[0]);
  }
  return {
    freeUntil: options.freeUntil?.toISOString() ?? null,
    offers: options.offers.map((o) => ({ minutes: o.minutes, end: o.end.toISOString(), isCut: o.isCut })),
    blockedBy,
  };
}

/** One step more for the running meeting, judged exactly as `bookings.extend` will judge it. */
async function extendView(ctx: Ctx, room: LoadedRoom, current: Booking | undefined): Promise<KioskStatus['extend']> {
  if (!current || current.status !== 'confirmed') return null;
  const step = room.engine.rules.stepMin;
  const end = new Date(new Date(current.endAt).getTime() + step * MINUTE);
  const attendees = (await attendeesOf(ctx.store.db, [current.id])).get(current.id) ?? { ids: [], emails: [] };
  const verdict = await judge(ctx, {
    room,
    start: new Date(current.startAt),
    end,
    organizerId: current.organizerId,
    actor: actorOf(ctx),
    attendeeCount: headcount(attendees),
    isExtension: true,
    ignoreBookingId: current.id,
  });
  return verdict.decision.ok ? { bookingId: current.id, end: end.toISOString(), minutes: step } : null;
}

function dayView(room: LoadedRoom, now: number): KioskStatus['day'] {
  const tz = room.engine.timeZone;
  const day = localDay(now, tz);
  const start = startOfDay(day, tz);
  const end = startOfDay(addDays(day, 1), tz);
  const open = workingSpans(room.engine.rules, tz, start, end, true)
    .map((s) => ({ start: Math.max(s.start, start), end: Math.min(s.end, end) }))
    .filter((s) => s.start < s.end)
    .map((s) => ({ start: iso(s.start), end: iso(s.end) }));
  return { start: iso(start), end: iso(end), open };
}

/** `kiosk.status`: everything the door shows, for the tablet's own room only. */
export async function kioskStatus(ctx: Ctx): Promise<KioskStatus> {
  const caller = requireDevice(ctx);
  const { db } = ctx.store;
  const row = await requireRoomAccess(ctx, caller.roomId ?? '');
  const [room, device, office, walkUpId] = await Promise.all([
    loadRoomRow(db, row),
    db.models.Device.findByPk(caller.deviceId),
    db.models.Office.findByPk(row.officeId),
    findWalkUpAccount(ctx, row.id),
  ]);
  const now = ctx.now.getTime();
  const day = dayView(room, now);
  // Today, and far enough ahead to know how long the room stays free (walk-ups end by closing).
  const from = Math.min(Date.parse(day.start), now - DAY);
  const to = Math.max(Date.parse(day.end), now + DAY);
  const [bookings, blocks] = await Promise.all([occupyingBookings(db, [row.id], from, to), roomBlocks(db, row.id, from, to)]);
  const occupants = [...bookings.map(bookingOccupant), ...blocks.map(blockOccupant)];
  const organizerId = walkUpId ?? caller.deviceId;
  const [organizers, organizerActiveCount, defaultLocale] = await Promise.all([
    organizersOf(db, bookings.map((b) => b.organizerId)),
    walkUpId ? activeCount(db, walkUpId, ctx.now, null) : Promise.resolve(0),
    officeLocale(db, row.officeId),
  ]);
  const inToday = (s: { startAt: Date; endAt: Date }) =>
    new Date(s.startAt).getTime() < Date.parse(day.end) && new Date(s.endAt).getTime() > Date.parse(day.start);
  const entries = [
    ...bookings.filter(inToday).map((b) => bookingEntry(b, organizers.get(b.organizerId), room.engine.rules)),
    ...blocks.filter(inToday).map(blockEntry),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const current = bookings.find((b) => new Date(b.startAt).getTime() <= now && now < new Date(b.endAt).getTime());
  const rules = room.engine.rules;
  return {
    now: ctx.now.toISOString(),
    device: { id: caller.deviceId, name: device?.name ?? '' },
    room: toRoom(row, room.engine.amenities),
    office: { id: row.officeId, name: office?.name ?? '', timeZone: room.engine.timeZone },
    defaultLocale,
    day,
    entries,
    walkUp: walkUpView({ room, occupants, organizerId, organizerActiveCount }, ctx.now),
    extend: await extendView(ctx, room, current),
    rules: { stepMin: rules.stepMin, checkInRequired: rules.checkIn.required, releaseAfterMin: rules.checkIn.releaseAfterMin },
  };
}
