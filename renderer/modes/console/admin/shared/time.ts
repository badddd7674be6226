import { DateTime } from 'luxon';

/**
 * Dates and times as the console shows them: on the office's wall clock (not the computer's),
 * 24-hour, in the person's language. Inputs of type datetime-local and date are read in that zone.
 */

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

export function formatDateTime(iso: string, timeZone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).setLocale(locale).toFormat('d MMM yyyy, HH:mm');
}

export function formatDate(iso: string, timeZone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).setLocale(locale).toFormat('d MMM yyyy');
}

/** "09:00–10:30" for a span on one day, with the date when it crosses midnight. */
export function formatSpan(start: string, end: string, timeZone: string, locale: string): string {
  const from = DateTime.fromISO(start, { zone: timeZone }).setLocale(locale);
  const to = DateTime.fromISO(end, { zone: timeZone }).setLocale(locale);
  const sameDay = from.hasSame(to, 'day');
  return `${from.toFormat('d MMM, HH:mm')}–${to.toFormat(sameDay ? 'HH:mm' : 'd MMM, HH:mm')}`;
}

/** An instant as the value of an `<input type="datetime-local">` on the office's clock. */
export const toZoneInput = (iso: string, timeZone: string): string =>
  DateTime.fromISO(iso, { zone: timeZone }).toFormat(LOCAL_INPUT);

/** The value of a datetime-local input, read on the office's clock; null when incomplete. */
export function fromZoneInput(value: string, timeZone: string): string | null {
  const at = DateTime.fromFormat(value, LOCAL_INPUT, { zone: timeZone });
  return at.isValid ? at.toUTC().toISO() : null;
}

/** Midnight at the start of a calendar day (`YYYY-MM-DD`) in the zone, as an instant. */
export function dayStart(day: string, timeZone: string): string | null {
  const at = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  return at.isValid ? at.toUTC().toISO() : null;
}

/** Today's date in the zone, `YYYY-MM-DD`. */
export const todayIn = (timeZone: string, now: Date = new Date()): string =>
  DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? '';

/** `day` moved by whole days (calendar days in the zone). */
export const addDays = (day: string, days: number): string =>
  DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate() ?? day;

/** "5 minutes ago" / "in 2 days" in the person's language. */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 30],
    ['month', 12],
  ];
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return format.format(unit === 'second' ? 0 : value, unit === 'second' ? 'minute' : unit);
    value = Math.round(value / size);
  }
  return format.format(value, 'year');
}
