import type { TFunction } from 'i18next';
import type { Room } from '../../../../core/contract';
import { formatMoment, formatWhen } from './officeTime';
import type { BookingDone } from './useBookingForm';

/** What to say once a booking went through: where and when, held for approval, or how many of a series. */
export function doneMessage(done: BookingDone, rooms: readonly Room[], t: TFunction, timeZone: string, locale: string, isChange = false): string {
  const room = rooms.find((r) => r.id === done.booking.roomId)?.name ?? '';
  const when = formatWhen(done.booking.start, done.booking.end, timeZone, locale);
  if (done.series) {
    const text = t('booking.done.series', { count: done.series.booked, room });
    return done.series.skipped ? `${text} ${t('booking.done.skipped', { count: done.series.skipped })}` : text;
  }
  if (isChange) return t('booking.done.changed', { room, when });
  if (done.holdUntil) return t('booking.done.pending', { room, when, until: formatMoment(done.holdUntil, timeZone, locale) });
  return t('booking.done.booked', { room, when });
}
