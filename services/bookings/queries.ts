import { Op, type WhereOptions } from 'sequelize';
import type { z } from 'zod';
import type { BookingView, ZListBookingsInput } from '../../core/contract/bookings';
import { notFound } from '../../core/errors';
import type { Booking } from '../../db';
import type { Ctx } from '../context';
import { loadBooking } from './load';
import { actorOf } from './policy';
import { viewOf, viewsOf } from './view';

/** Reading bookings: anyone signed in sees every room's schedule; private ones are masked. */
export type ListInput = z.output<typeof ZListBookingsInput>;

const DEFAULT_LIMIT = 500;

export async function getBooking(ctx: Ctx, id: string): Promise<BookingView> {
  const actor = actorOf(ctx);
  const row = await loadBooking(ctx.store.db, id);
  if (actor.deviceRoomId !== null && actor.deviceRoomId !== row.roomId) throw notFound('Booking', id);
  return viewOf(ctx.store.db, row, actor);
}

async function idsAttendedBy(ctx: Ctx, userId: string): Promise<string[]> {
  const rows = await ctx.store.db.models.BookingAttendee.findAll({ attributes: ['bookingId'], where: { userId } });
  return rows.map((r) => r.bookingId);
}

async function whereFor(ctx: Ctx, input: ListInput, deviceRoomId: string | null): Promise<WhereOptions<Booking>> {
  const and: WhereOptions<Booking>[] = [];
  const roomId = deviceRoomId ?? input.roomId;
  if (roomId) and.push({ roomId });
  if (input.officeId && !roomId) {
    const rooms = await ctx.store.db.models.Room.findAll({ attributes: ['id'], where: { officeId: input.officeId } });
    and.push({ roomId: { [Op.in]: rooms.map((r) => r.id) } });
  }
  if (input.organizerId) and.push({ organizerId: input.organizerId });
  if (input.attendeeId) {
    const attended = await idsAttendedBy(ctx, input.attendeeId);
    and.push({ [Op.or]: [{ organizerId: input.attendeeId }, { id: { [Op.in]: attended } }] });
  }
  if (input.seriesId) and.push({ seriesId: input.seriesId });
  if (input.status) and.push({ status: { [Op.in]: input.status } });
  if (input.from) and.push({ endAt: { [Op.gt]: new Date(input.from) } });
  if (input.to) and.push({ startAt: { [Op.lt]: new Date(input.to) } });
  return { [Op.and]: and };
}

export async function listBookings(ctx: Ctx, input: ListInput): Promise<BookingView[]> {
  const actor = actorOf(ctx);
  const rows = await ctx.store.db.models.Booking.findAll({
    where: await whereFor(ctx, input, actor.deviceRoomId),
    order: [['startAt', 'ASC'], ['id', 'ASC']],
    limit: input.limit ?? DEFAULT_LIMIT,
  });
  return viewsOf(ctx.store.db, rows, actor);
}
