import { DateTime } from 'luxon';
import type { Caller, Role } from '../../core/domain';
import { decide, rulesForRole, type EngineRoom, type Occupant, type Rules } from '../../core/rules';
import { isOnGrid } from '../../core/rules/localTime';
import { WEEKDAYS } from '../../core/domain';
import type { Booking, Db } from '../../db';
import { canSeeRoom } from '../access';
import { loadOccupants, loadRoomRow } from '../bookings/load';
import { effectiveRules, latestVersions, versionsFor } from '../bookings/ruleLayers';

/**
 * Slow, obvious versions of the schedule queries for the property tests: every row read through
 * the models, every minute or grid start tried one by one, local time from luxon directly.
 */
const MIN = 60_000;

export interface Everything {
  bookings: Booking[];
  attendees: Map<string, string[]>;
  guests: Map<string, number>;
}

export async function everything(db: Db): Promise<Everything> {
  const [bookings, rows] = await Promise.all([db.models.Booking.findAll(), db.models.BookingAttendee.findAll()]);
  const attendees = new Map<string, string[]>();
  const guests = new Map<string, number>();
  for (const a of rows) {
    if (a.userId) attendees.set(a.bookingId, [...(attendees.get(a.bookingId) ?? []), a.userId]);
    else guests.set(a.bookingId, (guests.get(a.bookingId) ?? 0) + 1);
  }
  return { bookings, attendees, guests };
}

export const t = (d: Date | string) => new Date(d).getTime();

/** The office-level rules of an office (null: the global rules). */
export async function officeRules(db: Db, officeId: string | null): Promise<{ rules: Rules; tz: string }> {
  const office = officeId ? await db.models.Office.findByPk(officeId) : null;
  const keys = ['global', ...(officeId ? [`office:${officeId}`] : [])];
  const versions = versionsFor(await latestVersions(db, keys), officeId, null);
  const calendar = office ? { id: office.id, timeZone: office.timeZone, workingHours: office.workingHours, holidays: office.holidays } : null;
  return { rules: effectiveRules(calendar, versions).rules, tz: office?.timeZone ?? 'UTC' };
}

/** Whether the minute starting at `ms` is inside working hours (holidays closed), by luxon. */
export function isWorkingMinute(rules: Rules, tz: string, ms: number): boolean {
  const local = DateTime.fromMillis(ms, { zone: tz });
  const day = local.toISODate()!;
  if (rules.holidays.includes(day)) return false;
  const minute = local.hour * 60 + local.minute;
  const ranges = rules.workingHours[WEEKDAYS[local.weekday - 1]!];
  const open = ranges.some(([a, b]) => {
    const [ah, am] = a.split(':').map(Number);
    const [bh, bm] = b.split(':').map(Number);
    return minute >= ah! * 60 + am! && minute < bh! * 60 + bm!;
  });
  // A wall minute repeated when clocks go back is open either way; a skipped one never occurs.
  return open;
}

/** Runs of minutes in [from, to) where `free` holds, at least `length` long. */
export function runs(from: number, to: number, length: number, free: (ms: number) => boolean) {
  const out: { start: number; end: number }[] = [];
  let start: number | null = null;
  for (let m = from; m <= to; m += MIN) {
    const isFree = m < to && free(m);
    if (isFree && start === null) start = m;
    if (!isFree && start !== null) {
      if (m - start >= length) out.push({ start, end: m });
      start = null;
    }
  }
  return out;
}

const BUSY = new Set(['pending', 'confirmed', 'completed']);

export async function commonFree(db: Db, all: Everything, userIds: string[], from: number, to: number, length: number) {
  const people = await Promise.all(
    userIds.map(async (id) => {
      const user = (await db.models.User.findByPk(id))!;
      const { rules, tz } = await officeRules(db, user.officeId ?? null);
      const busy = [
        ...all.bookings
          .filter((b) => BUSY.has(b.status) && (b.organizerId === id || (all.attendees.get(b.id) ?? []).includes(id)))
          .map((b) => ({ start: t(b.startAt), end: t(b.endAt) })),
        ...(await db.models.Block.findAll({ where: { userId: id } })).map((b) => ({ start: t(b.startAt), end: t(b.endAt) })),
      ];
      return { rules, tz, busy };
    }),
  );
  return runs(from, to, length, (m) =>
    people.every((p) => isWorkingMinute(p.rules, p.tz, m) && !p.busy.some((b) => b.start <= m && m < b.end)),
  );
}

export interface BruteRoom {
  engine: EngineRoom;
  occupants: Occupant[];
}

/** Every room the caller may see, through the booking services' own loaders. */
export async function bruteRooms(db: Db, caller: Caller, filter: { officeId?: string; type?: string }, from: number, to: number) {
  const rows = (await db.models.Room.findAll()).filter(
    (r) => r.status !== 'retired' && canSeeRoom(caller, r) && (!filter.officeId || r.officeId === filter.officeId) && (!filter.type || r.type === filter.type),
  );
  const out: BruteRoom[] = [];
  for (const row of rows) {
    const loaded = await loadRoomRow(db, row);
    out.push({ engine: loaded.engine, occupants: await loadOccupants(db, [row.id], from - 2 * 24 * 60 * MIN, to + 2 * 24 * 60 * MIN) });
  }
  return out.sort((a, b) => (a.engine.name < b.engine.name ? -1 : a.engine.name > b.engine.name ? 1 : a.engine.id < b.engine.id ? -1 : 1));
}

export function accepts(r: BruteRoom, caller: { userId: string; role: Role }, start: number, length: number, seats: number, now: Date) {
  const request = {
    roomId: r.engine.id, start: new Date(start), end: new Date(start + length), organizerId: caller.userId,
    actor: { userId: caller.userId, role: caller.role }, attendeeCount: seats, organizerActiveCount: 0,
  };
  return decide({ room: r.engine, existing: r.occupants, request }, now);
}

/** The greedy cover of each window, trying every grid minute of every room with the engine. */
export function bruteRoomSlots(windows: { start: number; end: number }[], rooms: BruteRoom[], actor: { userId: string; role: Role }, length: number, seats: number, now: Date) {
  const out: { start: string; end: string; roomId: string }[] = [];
  for (const w of windows) {
    const ok = (r: BruteRoom, s: number) => accepts(r, actor, s, length, seats, now).ok;
    const onGrid = (r: BruteRoom, s: number) => isOnGrid(s, r.engine.timeZone, rulesForRole(r.engine.rules, actor.role).stepMin);
    let from = w.start;
    for (;;) {
      // The earliest start in any room; on a tie confirmed before pending, then fewer seats, then by name.
      const rank = (r: BruteRoom, s: number) => {
        const decision = accepts(r, actor, s, length, seats, now);
        return [s, decision.ok && decision.status === 'pending' ? 1 : 0, r.engine.capacity];
      };
      let best: { r: BruteRoom; s: number } | null = null;
      for (const r of rooms) {
        for (let s = Math.ceil(from / MIN) * MIN; s + length <= w.end && (!best || s <= best.s); s += MIN) {
          if (onGrid(r, s) && ok(r, s)) {
            const [a, b] = [rank(r, s), best ? rank(best.r, best.s) : null];
            const before = !b || a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!)));
            if (before) best = { r, s };
            break;
          }
        }
      }
      if (!best) break;
      let last = best.s;
      for (let s = last + MIN; s + length <= w.end; s += MIN) {
        if (!onGrid(best.r, s)) continue;
        if (!ok(best.r, s)) break;
        last = s;
      }
      out.push({ start: new Date(best.s).toISOString(), end: new Date(last + length).toISOString(), roomId: best.r.engine.id });
      from = last + 1;
    }
  }
  return out;
}
