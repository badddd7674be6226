import type { BookingStatus } from '../../core/domain';
import type { BookingSource } from '../../db';
import type { Db } from '../../db';
import type { BookingRecord } from './rows';
import { select, toBool, toDate, toMaybeDate } from './sql';

/**
 * Booking records read with raw SQL, for read paths that turn many rows into views: no model
 * instances, one round trip. `where` is a condition over the `bookings` table with `:name`
 * parameters.
 */
export const RECORD_COLUMNS = `id, room_id, organizer_id, created_by_id, title, description, is_private, start_at, end_at,
  buffer_before_min, buffer_after_min, status, series_id, recurrence_start, check_in_at, hold_expires_at, source,
  rule_version_id, cancel_reason, created_at, updated_at`;

export interface RecordRow {
  id: string;
  room_id: string;
  organizer_id: string;
  created_by_id: string;
  title: string;
  description: string | null;
  is_private: unknown;
  start_at: string | Date;
  end_at: string | Date;
  buffer_before_min: number;
  buffer_after_min: number;
  status: BookingStatus;
  series_id: string | null;
  recurrence_start: string | Date | null;
  check_in_at: string | Date | null;
  hold_expires_at: string | Date | null;
  source: BookingSource;
  rule_version_id: string | null;
  cancel_reason: string | null;
  created_at: string | Date;
  updated_at: string | Date;
}

export const recordOf = (r: RecordRow): BookingRecord => ({
  id: r.id,
  roomId: r.room_id,
  organizerId: r.organizer_id,
  createdById: r.created_by_id,
  title: r.title,
  description: r.description ?? '',
  isPrivate: toBool(r.is_private),
  startAt: toDate(r.start_at),
  endAt: toDate(r.end_at),
  bufferBeforeMin: Number(r.buffer_before_min),
  bufferAfterMin: Number(r.buffer_after_min),
  status: r.status,
  seriesId: r.series_id,
  recurrenceStart: toMaybeDate(r.recurrence_start),
  checkInAt: toMaybeDate(r.check_in_at),
  holdExpiresAt: toMaybeDate(r.hold_expires_at),
  source: r.source,
  ruleVersionId: r.rule_version_id,
  cancelReason: r.cancel_reason,
  createdAt: toDate(r.created_at),
  updatedAt: toDate(r.updated_at),
});

export async function bookingRecords(db: Db, where: string, params: Record<string, unknown>): Promise<BookingRecord[]> {
  const rows = await select<RecordRow>(db, `SELECT ${RECORD_COLUMNS} FROM bookings WHERE ${where}`, params);
  return rows.map(recordOf);
}
