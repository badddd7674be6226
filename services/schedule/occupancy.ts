import type { BookingStatus } from '../../core/domain';
import type { Occupant } from '../../core/rules';
import type { Db } from '../../db';
import { at, DAY, LONG_OCCUPANCY, MAX_BOOKING_MS, ms, OCCUPYING, select, SHORT_SCAN_MS, type Span } from './sql';

/**
 * What holds rooms and people during a window, read with index range scans: occupying bookings by
 * occupancy (short ones from a scan that starts a few hours early, long ones from their own
 * index), room blocks, and people's meetings and blocks.
 */
interface OccupantRow {
  id: string;
  room_id: string;
  start_at: string | Date;
  end_at: string | Date;
  buffer_before_min: number;
  buffer_after_min: number;
  status: BookingStatus;
  hold_expires_at: string | Date | null;
}

const OCCUPANT_COLUMNS = 'id, room_id, start_at, end_at, buffer_before_min, buffer_after_min, status, hold_expires_at';

/** Names the partial indexes on SQLite, whose planner would otherwise walk (status, end_at). */
function occupantSql(db: Db): string {
  const overlaps = 'occupied_from < :to AND occupied_to > :from';
  const [short, long] = db.dialect === 'sqlite' ? ['INDEXED BY bookings_occupying', 'INDEXED BY bookings_occupying_long'] : ['', ''];
  return `SELECT ${OCCUPANT_COLUMNS} FROM bookings ${short} WHERE ${OCCUPYING} AND occupied_from >= :lo AND ${overlaps}
    UNION ALL
    SELECT ${OCCUPANT_COLUMNS} FROM bookings ${long} WHERE ${OCCUPYING} AND ${LONG_OCCUPANCY[db.dialect]} AND ${overlaps}`;
}

const toOccupant = (r: OccupantRow): Occupant => ({
  kind: 'booking',
  id: r.id,
  roomId: r.room_id,
  start: new Date(ms(r.start_at)),
  end: new Date(ms(r.end_at)),
  bufferBeforeMin: Number(r.buffer_before_min),
  bufferAfterMin: Number(r.buffer_after_min),
  status: r.status,
  holdExpiresAt: r.hold_expires_at === null ? null : new Date(ms(r.hold_expires_at)),
});

/**
 * Occupying bookings and room blocks whose occupancy overlaps [from, to), grouped by room. With
 * `roomIds` only those rooms are read (by the (room_id, occupied_from) index); without, every room.
 */
export async function occupantsByRoom(db: Db, from: number, to: number, roomIds?: readonly string[]) {
  const span = { from: at(db, from), to: at(db, to) };
  const bookingSql = roomIds
    ? `SELECT ${OCCUPANT_COLUMNS} FROM bookings WHERE room_id IN (:roomIds) AND ${OCCUPYING}
        AND occupied_from >= :lo AND occupied_from < :to AND occupied_to > :from`
    : occupantSql(db);
  const lo = at(db, from - (roomIds ? MAX_BOOKING_MS : SHORT_SCAN_MS));
  const roomFilter = roomIds ? 'room_id IN (:roomIds)' : 'room_id IS NOT NULL';
  const [bookings, blocks] = await Promise.all([
    roomIds?.length === 0 ? [] : select<OccupantRow>(db, bookingSql, { ...span, lo, roomIds }),
    roomIds?.length === 0
      ? []
      : select<{ id: string; room_id: string; start_at: string | Date; end_at: string | Date; reason: string }>(
          db,
          `SELECT id, room_id, start_at, end_at, reason FROM blocks WHERE ${roomFilter} AND end_at > :from AND start_at < :to`,
          { ...span, roomIds },
        ),
  ]);
  const byRoom = new Map<string, Occupant[]>();
  const seen = new Set<string>();
  const add = (o: Occupant) => {
    const list = byRoom.get(o.roomId);
    if (list) list.push(o);
    else byRoom.set(o.roomId, [o]);
  };
  for (const row of bookings) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    add(toOccupant(row));
  }
  for (const b of blocks) {
    add({ kind: 'block', id: b.id, roomId: b.room_id, start: new Date(ms(b.start_at)), end: new Date(ms(b.end_at)), bufferBeforeMin: 0, bufferAfterMin: 0, status: 'confirmed', title: b.reason });
  }
  return byRoom;
}

/** Statuses in which a meeting takes a person's time: it is planned, or it took place. */
export const BUSY_STATUSES: readonly BookingStatus[] = ['pending', 'confirmed', 'completed'];

/**
 * Meetings of these people that began more than a day before `from` and still run: day-long
 * bookings (usually none) by their own index, then their participants. Two steps, because
 * PostgreSQL cannot estimate the partial index and would plan a join over every participation.
 */
async function dayLongMeetings(db: Db, span: { from: string; lo: string; userIds: readonly string[]; busy: readonly string[] }): Promise<Span[]> {
  const [index, long] =
    db.dialect === 'sqlite'
      ? ['INDEXED BY bookings_daylong', 'julianday(end_at) - julianday(start_at) >= 0.99']
      : ['', "end_at - start_at >= interval '23 hours'"];
  const ids = await select<{ id: string }>(db, `SELECT id FROM bookings ${index} WHERE ${long} AND end_at > :from AND start_at < :lo`, span);
  if (ids.length === 0) return [];
  const rows = await select<{ start_at: string | Date; end_at: string | Date }>(
    db,
    'SELECT start_at, end_at FROM participations WHERE booking_id IN (:ids) AND user_id IN (:userIds) AND status IN (:busy)',
    { ...span, ids: ids.map((r) => r.id) },
  );
  return rows.map((r) => ({ start: ms(r.start_at), end: ms(r.end_at) }));
}

/**
 * Every span as one text, 'start/end;start/end;…': fifty people over two weeks are thousands of
 * spans, and one row of text costs a fraction of thousands of rows. SQLite's own instant text
 * (read by `ms`), epoch milliseconds on PostgreSQL.
 */
const SPAN_LIST = {
  sqlite: "group_concat(start_at || '/' || end_at, ';')",
  postgres: "string_agg((EXTRACT(EPOCH FROM start_at) * 1000)::bigint || '/' || (EXTRACT(EPOCH FROM end_at) * 1000)::bigint, ';')",
};

const instantOf = (text: string): number => (/^\d+$/.test(text) ? Number(text) : ms(text));

export function parseSpanList(list: string | null): Span[] {
  if (!list) return [];
  return list.split(';').map((pair) => {
    const cut = pair.indexOf('/');
    return { start: instantOf(pair.slice(0, cut)), end: instantOf(pair.slice(cut + 1)) };
  });
}

/**
 * What takes any of these people's time in [from, to), all together: the meetings they organize
 * or attend (shorter than a day from one index range per person starting a day early, day-long
 * ones through their bookings' own index) and their own blocks. Unmerged.
 */
export async function busyOfAll(db: Db, userIds: readonly string[], from: number, to: number): Promise<Span[]> {
  const span = { from: at(db, from), to: at(db, to), lo: at(db, from - DAY), userIds, busy: BUSY_STATUSES };
  const [[listed], longMeetings] = await Promise.all([
    select<{ spans: string | null }>(
      db,
      `SELECT ${SPAN_LIST[db.dialect]} AS spans FROM (
        SELECT start_at, end_at FROM participations
          WHERE user_id IN (:userIds) AND start_at >= :lo AND start_at < :to AND end_at > :from AND status IN (:busy)
        UNION ALL
        SELECT start_at, end_at FROM blocks WHERE user_id IN (:userIds) AND start_at < :to AND end_at > :from
      ) AS busy`,
      span,
    ),
    dayLongMeetings(db, span),
  ]);
  return [...parseSpanList(listed?.spans ?? null), ...longMeetings];
}
