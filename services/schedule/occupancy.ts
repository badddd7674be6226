import type { BookingStatus } from '../../core/domain';
import type { Occupant } from '../../core/rules';
import type { Db } from '../../db';
import { at, DAY, instant, LONG_OCCUPANCY, MAX_BOOKING_MS, ms, OCCUPYING, packSql, select, SHORT_SCAN_MS, unpack, type PackedColumn, type Span } from './sql';

/**
 * What holds rooms and people during a window, read with index range scans: occupying bookings by
 * occupancy (short ones from a scan that starts a few hours early, long ones from their own
 * index), room blocks, and people's meetings and blocks.
 */
const OCCUPANT_COLUMNS: readonly PackedColumn[] = [
  ['id', 'text'],
  ['room_id', 'text'],
  ['start_at', 'instant'],
  ['end_at', 'instant'],
  ['buffer_before_min', 'text'],
  ['buffer_after_min', 'text'],
  ['status', 'text'],
  ['hold_expires_at', 'instant'],
];

/** Names the partial indexes on SQLite, whose planner would otherwise walk (status, end_at). */
function occupantSql(db: Db): string {
  const columns = OCCUPANT_COLUMNS.map(([c]) => c).join(', ');
  const overlaps = 'occupied_from < :to AND occupied_to > :from';
  const [short, long] = db.dialect === 'sqlite' ? ['INDEXED BY bookings_occupying', 'INDEXED BY bookings_occupying_long'] : ['', ''];
  return `SELECT ${columns} FROM bookings ${short} WHERE ${OCCUPYING} AND occupied_from >= :lo AND ${overlaps}
    UNION ALL
    SELECT ${columns} FROM bookings ${long} WHERE ${OCCUPYING} AND ${LONG_OCCUPANCY[db.dialect]} AND ${overlaps}`;
}

const ROOM_OCCUPANTS_SQL = `SELECT ${OCCUPANT_COLUMNS.map(([c]) => c).join(', ')} FROM bookings WHERE room_id IN (:roomIds) AND ${OCCUPYING}
    AND occupied_from >= :lo AND occupied_from < :to AND occupied_to > :from`;

const toOccupant = ([id, roomId, start, end, before, after, status, hold]: string[]): Occupant => {
  const holdMs = instant(hold!);
  return {
    kind: 'booking',
    id: id!,
    roomId: roomId!,
    start: new Date(instant(start!)!),
    end: new Date(instant(end!)!),
    bufferBeforeMin: Number(before),
    bufferAfterMin: Number(after),
    status: status as BookingStatus,
    holdExpiresAt: holdMs === null ? null : new Date(holdMs),
  };
};

/**
 * Occupying bookings and room blocks whose occupancy overlaps [from, to), grouped by room. With
 * `roomIds` only those rooms are read (by the (room_id, occupied_from) index); without, every room.
 * The bookings, often a thousand, come packed in one row.
 */
export async function occupantsByRoom(db: Db, from: number, to: number, roomIds?: readonly string[]) {
  const span = { from: at(db, from), to: at(db, to) };
  const lo = at(db, from - (roomIds ? MAX_BOOKING_MS : SHORT_SCAN_MS));
  const roomFilter = roomIds ? 'room_id IN (:roomIds)' : 'room_id IS NOT NULL';
  const none = roomIds?.length === 0;
  const [packed, blocks] = await Promise.all([
    none
      ? []
      : select<{ list: string | null }>(db, `SELECT ${packSql(db, OCCUPANT_COLUMNS)} AS list FROM (${roomIds ? ROOM_OCCUPANTS_SQL : occupantSql(db)}) AS occupants`, {
          ...span,
          lo,
          roomIds,
        }),
    none
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
  for (const row of unpack(packed[0]?.list)) {
    // A long occupancy can come from both halves of the union.
    if (seen.has(row[0]!)) continue;
    seen.add(row[0]!);
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

const SPAN_COLUMNS: readonly PackedColumn[] = [
  ['start_at', 'instant'],
  ['end_at', 'instant'],
];

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
      `SELECT ${packSql(db, SPAN_COLUMNS)} AS spans FROM (
        SELECT start_at, end_at FROM participations
          WHERE user_id IN (:userIds) AND start_at >= :lo AND start_at < :to AND end_at > :from AND status IN (:busy)
        UNION ALL
        SELECT start_at, end_at FROM blocks WHERE user_id IN (:userIds) AND start_at < :to AND end_at > :from
      ) AS busy`,
      span,
    ),
    dayLongMeetings(db, span),
  ]);
  // Fifty people over two weeks are thousands of spans: packed in one row.
  const spans = unpack(listed?.spans).map(([start, end]) => ({ start: instant(start!)!, end: instant(end!)! }));
  return [...spans, ...longMeetings];
}
