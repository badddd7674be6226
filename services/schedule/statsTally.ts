import { COUNTED_STATUSES } from '../../core/contract/stats';
import type { Db } from '../../db';
import { at, DAY, ms, select, type Span } from './sql';

/**
 * Counting bookings over [from, to) at campus scale. Bookings shorter than a day that start on a
 * UTC day whose every such booking lies inside the range are read from the per-day rollups; the
 * rest (those starting near the edges, and day-long ones) from the bookings, clipped exactly.
 */
export interface RoomTally {
  bookings: number;
  ms: number;
  released: number;
  attended: number;
  heads: number;
}
export interface OrganizerTally {
  bookings: number;
  ms: number;
}

export interface Scope {
  from: number;
  to: number;
  /** Offices counted (null: all). */
  officeIds: string[] | null;
}

/** UTC days [a, b) whose bookings shorter than a day all lie inside [from, to). */
export function innerDays(from: number, to: number): { a: number; b: number } {
  const a = Math.ceil(from / DAY);
  const b = Math.floor(to / DAY) - 1;
  return b > a ? { a, b } : { a: 0, b: 0 };
}

const emptyRoom = (): RoomTally => ({ bookings: 0, ms: 0, released: 0, attended: 0, heads: 0 });

export function addTo<K, V extends object>(map: Map<K, V>, key: K, fresh: () => V, add: Partial<Record<keyof V, number>>) {
  let v = map.get(key);
  if (!v) map.set(key, (v = fresh()));
  for (const [k, n] of Object.entries(add)) (v as Record<string, number>)[k]! += n as number;
}

const officeFilter = (scope: Scope, column: string) => (scope.officeIds ? `AND ${column} IN (:officeIds)` : '');

async function rolledRooms(db: Db, scope: Scope, rooms: Map<string, RoomTally>) {
  const { a, b } = innerDays(scope.from, scope.to);
  if (a === b) return;
  const rows = await select<Record<string, string | number>>(
    db,
    `SELECT room_id, SUM(bookings) AS n, SUM(booked_ms) AS ms, SUM(released) AS released, SUM(attended) AS attended, SUM(heads) AS heads
      FROM stats_room_days WHERE day >= :a AND day < :b
      ${scope.officeIds ? 'AND room_id IN (SELECT id FROM rooms WHERE office_id IN (:officeIds))' : ''}
      GROUP BY room_id`,
    { a, b, officeIds: scope.officeIds },
  );
  for (const r of rows) {
    addTo(rooms, String(r.room_id), emptyRoom, {
      bookings: Number(r.n), ms: Number(r.ms), released: Number(r.released), attended: Number(r.attended), heads: Number(r.heads),
    });
  }
}

async function rolledOrganizers(db: Db, scope: Scope, organizers: Map<string, OrganizerTally>) {
  const { a, b } = innerDays(scope.from, scope.to);
  if (a === b) return;
  const rows = await select<Record<string, string | number>>(
    db,
    `SELECT organizer_id, SUM(bookings) AS n, SUM(booked_ms) AS ms FROM stats_organizer_days
      WHERE day >= :a AND day < :b ${officeFilter(scope, 'office_id')} GROUP BY organizer_id`,
    { a, b, officeIds: scope.officeIds },
  );
  for (const r of rows) addTo(organizers, String(r.organizer_id), () => ({ bookings: 0, ms: 0 }), { bookings: Number(r.n), ms: Number(r.ms) });
}

export interface RawBooking extends Span {
  id: string;
  roomId: string;
  organizerId: string;
  status: string;
  checkedIn: boolean;
  heads: number;
  /** A day or longer: never rolled up. */
  isLong: boolean;
}

/** Counted bookings the rollups leave out: day-long ones, and short ones starting outside the inner days. */
export async function rawBookings(db: Db, scope: Scope, roomIds: readonly string[]): Promise<RawBooking[]> {
  if (roomIds.length === 0) return [];
  const { a, b } = innerDays(scope.from, scope.to);
  const daylong = db.dialect === 'postgres' ? "end_at - start_at >= interval '23 hours'" : 'julianday(end_at) - julianday(start_at) >= 0.99';
  const columns = 'id, room_id, organizer_id, start_at, end_at, status, check_in_at, headcount';
  // Each part is one range of an index (named on SQLite, whose planner would rather walk (status, end_at)).
  const byStart = db.dialect === 'sqlite' ? 'INDEXED BY bookings_start_at' : '';
  const starting = (lo: string, hi: string) =>
    `SELECT ${columns} FROM bookings ${byStart} WHERE start_at >= ${lo} AND start_at < ${hi} AND end_at > :from AND status IN (:counted)`;
  const parts = a === b ? [starting(':lo', ':to')] : [starting(':lo', ':innerFrom'), starting(':innerTo', ':to')];
  // SQLite's planner would rather walk (status, end_at) over the whole year: name the small index.
  const daylongIndex = db.dialect === 'sqlite' ? 'INDEXED BY bookings_daylong' : '';
  parts.push(`SELECT ${columns} FROM bookings ${daylongIndex} WHERE ${daylong} AND end_at > :from AND start_at < :to AND status IN (:counted)`);
  const rows = await select<Record<string, string | number | Date | null>>(db, parts.join(' UNION '), {
    counted: COUNTED_STATUSES,
    lo: at(db, scope.from - DAY),
    from: at(db, scope.from),
    to: at(db, scope.to),
    innerFrom: at(db, a * DAY),
    innerTo: at(db, b * DAY),
  });
  const inner = (t: number) => a !== b && t >= a * DAY && t < b * DAY;
  const inScope = new Set(roomIds);
  const out: RawBooking[] = [];
  for (const r of rows) {
    const start = ms(r.start_at as string | Date);
    const end = ms(r.end_at as string | Date);
    const isLong = end - start >= DAY;
    if (!isLong && inner(start)) continue;
    if (!(start < scope.to && end > scope.from) || !inScope.has(String(r.room_id))) continue;
    out.push({
      id: String(r.id), roomId: String(r.room_id), organizerId: String(r.organizer_id), start, end, status: String(r.status),
      checkedIn: r.check_in_at !== null, heads: Number(r.headcount), isLong,
    });
  }
  return out;
}

export function tallyRaw(raw: readonly RawBooking[], scope: Scope, rooms: Map<string, RoomTally>, organizers: Map<string, OrganizerTally>) {
  for (const b of raw) {
    const clipped = Math.min(b.end, scope.to) - Math.max(b.start, scope.from);
    const released = b.status === 'released' ? 1 : 0;
    const attended = !released && (b.status === 'completed' || b.checkedIn) ? 1 : 0;
    addTo(rooms, b.roomId, emptyRoom, { bookings: 1, ms: clipped, released, attended, heads: b.heads });
    addTo(organizers, b.organizerId, () => ({ bookings: 0, ms: 0 }), { bookings: 1, ms: clipped });
  }
}

/** Per room and per organizer: the rollups' inner days plus the raw rest. */
export async function tally(db: Db, scope: Scope, roomIds: readonly string[]) {
  const rooms = new Map<string, RoomTally>();
  const organizers = new Map<string, OrganizerTally>();
  const [raw] = await Promise.all([rawBookings(db, scope, roomIds), rolledRooms(db, scope, rooms), rolledOrganizers(db, scope, organizers)]);
  tallyRaw(raw, scope, rooms, organizers);
  return { rooms, organizers, raw };
}
