import type { Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Booking, BookingSource } from '../../db';
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

export async function insertBooking(
  ctx: Ctx,
  transaction: Transaction,
  row: NewBookingRow,
  attendees: Attendees,
): Promise<Booking> {
  const { Booking } = ctx.store.db.models;
  const booking = await Booking.create(
    { ...row, id: row.id ?? uuidv7(), createdAt: ctx.now, updatedAt: ctx.now },
    { transaction, silent: true },
  );
  await writeAttendees(ctx, transaction, booking.id, attendees);
  return booking;
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
