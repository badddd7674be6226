import type { Handlers } from '../../core/dispatcher';
import type { Ctx } from '../context';
import { cancelBooking } from './cancel';
import { createBooking } from './create';
import { approveBooking, checkInBooking, endBooking, extendBooking, rejectBooking } from './operate';
import { getBooking, listBookings } from './queries';
import { createSeries } from './seriesCreate';
import { updateBooking } from './update';

/** The booking lifecycle over the store; each verb lives in its own file. */
type BookingHandlers = Pick<
  Handlers<Ctx>,
  | 'bookings.create'
  | 'bookings.createSeries'
  | 'bookings.get'
  | 'bookings.list'
  | 'bookings.update'
  | 'bookings.cancel'
  | 'bookings.approve'
  | 'bookings.reject'
  | 'bookings.checkIn'
  | 'bookings.end'
  | 'bookings.extend'
>;

export const bookingHandlers: BookingHandlers = {
  'bookings.create': createBooking,
  'bookings.createSeries': createSeries,
  'bookings.get': (ctx, input) => getBooking(ctx, input.id),
  'bookings.list': listBookings,
  'bookings.update': updateBooking,
  'bookings.cancel': cancelBooking,
  'bookings.approve': (ctx, input) => approveBooking(ctx, input.id, input.reason),
  'bookings.reject': (ctx, input) => rejectBooking(ctx, input.id, input.reason),
  'bookings.checkIn': (ctx, input) => checkInBooking(ctx, input.id),
  'bookings.end': (ctx, input) => endBooking(ctx, input.id),
  'bookings.extend': (ctx, input) => extendBooking(ctx, input.id, new Date(input.end)),
};

export { advance, startAdvancing, type AdvanceSummary } from './advance';
