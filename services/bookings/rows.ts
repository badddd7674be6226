import { QueryTypes, type Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import { computeOccupancy, type Booking, type BookingSource } from '../../db';
import { instant } from './sql';
import type { Ctx } from '../context';
import type { Attendees } from './view';

/**
 * Writing booking rows on the caller's clock: timestamps come from `ctx.now`, never the machine's,
 * so what a test or a sync replay writes is what it chose.
 */
export interface NewBookingRow {
  id?: string;
  roomId: string;
  organizerId: string;
  createdById: string;
  title: string;
  description: string;
  isPrivate: boolean;
  startAt: Date;
  endAt: Date;
  bufferBeforeMin: number;
  bufferAfterMin: number;
  status: 'pending' | 'confirmed';
  holdExpiresAt: Date | null;
  source: BookingSource;
  ruleVersionId: string | null;
  seriesId?: string | null;
  recurrenceStart?: Date | null;
}

/** What a booking view and the audit need of a row; a model instance has all of it. */
export type BookingRecord = Pick<
  Booking,
  | 'id'
  | 'roomId'
  | 'organizerId'
  | 'createdById'
  | 'title'
  | 'description'
  | 'isPrivate'
  | 'startAt'
  | 'endAt'
  | 'bufferBeforeMin'
  | 'bufferAfterMin'
  | 'status'
  | 'seriesId'
  | 'recurrenceStart'
  | 'checkInAt'
  | 'holdExpiresAt'
  | 'source'
  | 'ruleVersionId'
  | 'cancelReason'
  | 'createdAt'
  | 'updatedAt'
>;

const INSERT_SQL = `INSERT INTO bookings (id, room_id, organizer_id, created_by_id, title, description, is_private,
    start_at, end_at, buffer_before_min, buffer_after_min, occupied_from, occupied_to, status, series_id,
    recurrence_start, check_in_at, hold_expires_at, source, rule_version_id, cancel_reason, client_mutation_id,
    created_at, updated_at)
  VALUES (:id, :roomId, :organizerId, :createdById, :title, :description, :isPrivate, :startAt, :endAt,
    :bufferBeforeMin, :bufferAfterMin, :occupiedFrom, :occupiedTo, :status, :seriesId, :recurrenceStart, NULL,
    :holdExpiresAt, :source, :ruleVersionId, NULL, NULL, :createdAt, :updatedAt)`;

/**
 * Inserts a booking (one statement: this is the hot path) with its occupancy — the times plus the
 * buffers, exactly as the model's hooks compute it — and its attendees.
 */
export async function insertBooking(
  ctx: Ctx,
  transaction: Transaction,
  row: NewBookingRow,
  attendees: Attendees,
): Promise<BookingRecord> {
  const { db } = ctx.store;
  const record: BookingRecord = {
    ...row,
    id: row.id ?? uuidv7(),
    seriesId: row.seriesId ?? null,
    recurrenceStart: row.recurrenceStart ?? null,
    checkInAt: null,
    cancelReason: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const { occupiedFrom, occupiedTo } = computeOccupancy(record);
  const at = (d: Date | null) => (d ? instant(db, d) : null);
  const replacements = {
    ...record,
    startAt: at(record.startAt),
    endAt: at(record.endAt),
    occupiedFrom: at(occupiedFrom),
    occupiedTo: at(occupiedTo),
    recurrenceStart: at(record.recurrenceStart),
    holdExpiresAt: at(record.holdExpiresAt),
    createdAt: at(ctx.now),
    updatedAt: at(ctx.now),
  };
  await db.sequelize.query(INSERT_SQL, { replacements, transaction, type: QueryTypes.INSERT });
  await writeAttendees(ctx, transaction, record.id, attendees);
  return record;
}

async function writeAttendees(ctx: Ctx, transaction: Transaction, bookingId: string, a: Attendees): Promise<void> {
  const rows = [
    ...a.ids.map((userId) => ({ userId, email: null })),
    ...a.emails.map((email) => ({ userId: null, email })),
  ].map((r) => ({ id: uuidv7(), bookingId, ...r, createdAt: ctx.now, updatedAt: ctx.now }));
  if (rows.length) await ctx.store.db.models.BookingAttendee.bulkCreate(rows, { transaction });
}

export async function replaceAttendees(ctx: Ctx, transaction: Transaction, bookingId: string, a: Attendees) {
  await ctx.store.db.models.BookingAttendee.destroy({ where: { bookingId }, transaction });
  await writeAttendees(ctx, transaction, bookingId, a);
}

export type BookingChanges = Partial<
  Pick<
    Booking,
    | 'roomId'
    | 'title'
    | 'description'
    | 'isPrivate'
    | 'startAt'
    | 'endAt'
    | 'bufferBeforeMin'
    | 'bufferAfterMin'
    | 'status'
    | 'holdExpiresAt'
    | 'checkInAt'
    | 'cancelReason'
    | 'ruleVersionId'
    | 'seriesId'
    | 'recurrenceStart'
  >
>;

/** Updates one booking (occupancy follows its times through the model's hooks) and the row in hand. */
export async function updateBookingRow(ctx: Ctx, transaction: Transaction, row: Booking, changes: BookingChanges) {
  const stamped = { ...changes, updatedAt: ctx.now };
  await ctx.store.db.models.Booking.update(stamped, { where: { id: row.id }, transaction, silent: true });
  row.set(stamped, { raw: true });
}

/** People named on a booking, without duplicates and without the organizer. */
export function normalizeAttendees(organizerId: string, ids: readonly string[] = [], emails: readonly string[] = []): Attendees {
  return {
    ids: [...new Set(ids)].filter((id) => id !== organizerId),
    emails: [...new Set(emails.map((e) => e.trim().toLowerCase()))],
  };
}

/** Seats needed: the organizer and everyone invited. */
export const headcount = (a: Attendees): number => 1 + a.ids.length + a.emails.length;
