import { Op, type Transaction } from 'sequelize';
import { notFound } from '../../core/errors';
import type { Occupant } from '../../core/rules';
import type { Booking, Db } from '../../db';
import type { BookingRecord } from './rows';
import { instant, select, toDate, toMaybeDate } from './sql';

/** Loading what the engine needs from the store: occupants, counts, bookings (rooms: roomLoad.ts). */
export * from './roomLoad';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
/**
 * The longest occupancy a booking can have: the rules cap a meeting at 7 days and each buffer at
 * 12 hours. Bounding `occupied_from` from below lets the (room_id, occupied_from) index find the
 * occupants of a window without scanning the room's whole history.
 */
export const MAX_OCCUPANCY_MS = 7 * DAY + DAY;

export const bookingOccupant = (b: BookingRecord): Occupant => ({
  kind: 'booking',
  id: b.id,
  roomId: b.roomId,
  start: new Date(b.startAt),
  end: new Date(b.endAt),
  bufferBeforeMin: b.bufferBeforeMin,
  bufferAfterMin: b.bufferAfterMin,
  status: b.status,
  holdExpiresAt: b.holdExpiresAt ? new Date(b.holdExpiresAt) : null,
  title: b.title,
  organizerId: b.organizerId,
});

/** Pending and confirmed bookings whose occupancy overlaps [from, to), by an indexed range. */
export function occupyingBookings(db: Db, roomIds: readonly string[], from: number, to: number, transaction?: Transaction) {
  return db.models.Booking.findAll({
    where: {
      roomId: roomIds.length === 1 ? roomIds[0]! : { [Op.in]: [...roomIds] },
      occupiedFrom: { [Op.gte]: new Date(from - MAX_OCCUPANCY_MS), [Op.lt]: new Date(to) },
      occupiedTo: { [Op.gt]: new Date(from) },
      status: { [Op.in]: ['pending', 'confirmed'] },
    },
    transaction,
  });
}

interface OccupantRow {
  kind: 'booking' | 'block';
  id: string;
  room_id: string;
  start_at: string | Date;
  end_at: string | Date;
  buffer_before_min: number;
  buffer_after_min: number;
  status: Occupant['status'];
  hold_expires_at: string | Date | null;
  title: string | null;
  organizer_id: string | null;
}

const OCCUPANTS_SQL = `
  SELECT 'booking' AS kind, id, room_id, start_at, end_at, buffer_before_min, buffer_after_min, status,
         hold_expires_at, title, organizer_id
    FROM bookings
   WHERE room_id IN (:roomIds) AND status IN ('pending', 'confirmed')
     AND occupied_from >= :low AND occupied_from < :to AND occupied_to > :from
  UNION ALL
  SELECT 'block' AS kind, id, room_id, start_at, end_at, 0, 0, 'confirmed', NULL, reason, NULL
    FROM blocks
   WHERE room_id IN (:roomIds) AND start_at < :to AND end_at > :from`;

/**
 * Everything that holds the rooms during [from, to): occupying bookings (found by an indexed range
 * on (room_id, occupied_from)) and room blocks, in one round trip.
 */
export async function loadOccupants(
  db: Db,
  roomIds: readonly string[],
  from: number,
  to: number,
  transaction?: Transaction,
): Promise<Occupant[]> {
  if (roomIds.length === 0) return [];
  const bounds = { low: instant(db, from - MAX_OCCUPANCY_MS), from: instant(db, from), to: instant(db, to) };
  const rows = await select<OccupantRow>(db, OCCUPANTS_SQL, { roomIds: [...roomIds], ...bounds }, transaction);
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    roomId: r.room_id,
    start: toDate(r.start_at),
    end: toDate(r.end_at),
    bufferBeforeMin: Number(r.buffer_before_min),
    bufferAfterMin: Number(r.buffer_after_min),
    status: r.status,
    holdExpiresAt: toMaybeDate(r.hold_expires_at),
    title: r.title ?? '',
    ...(r.organizer_id ? { organizerId: r.organizer_id } : {}),
  }));
}

/**
 * The organizer's active bookings (pending or confirmed, not yet ended), without one of them.
 * With `limit`, counting stops there: the engine only asks whether the limit is reached, and the
 * exact number is counted again only when it is (for the sentence that says so).
 */
export async function activeCount(
  db: Db,
  organizerId: string,
  now: Date,
  ignoreId: string | null,
  transaction?: Transaction,
  limit?: number | null,
): Promise<number> {
  if (limit === null) return 0;
  const where = `organizer_id = :organizerId AND end_at > :now AND status IN ('pending', 'confirmed')${ignoreId ? ' AND id <> :ignoreId' : ''}`;
  const params = { organizerId, now: instant(db, now), ignoreId };
  const capped = limit === undefined ? '' : ` LIMIT ${Math.floor(limit)}`;
  const sql = `SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM bookings WHERE ${where}${capped}) AS active`;
  const [row] = await select<{ n: number | string }>(db, sql, params, transaction);
  const n = Number(row?.n ?? 0);
  return limit !== undefined && n >= limit ? activeCount(db, organizerId, now, ignoreId, transaction) : n;
}

export async function loadBooking(db: Db, id: string, transaction?: Transaction): Promise<Booking> {
  const booking = await db.models.Booking.findByPk(id, { transaction });
  if (!booking) throw notFound('Booking', id);
  return booking;
}
