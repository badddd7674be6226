import { addDays, atWallTime, localDay, MINUTE, snapToGrid } from '../../../../core/rules/localTime';

/**
 * Times as the console shows them: always on the office's wall clock (never the computer's own
 * zone), 24-hour in both languages like the door tablets, dates in the language's own format.
 */
export { addDays, atWallTime, localDay, MINUTE, snapToGrid };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

const at = (value: number | string): Date => new Date(value);
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "09:30" */
export const formatTime = (value: number | string, timeZone: string, locale = 'en'): string =>
  formatter(locale, timeZone, TIME).format(at(value));

/** "09:30–10:00" */
export const formatSpan = (start: number | string, end: number | string, timeZone: string, locale: string): string =>
  `${formatTime(start, timeZone, locale)}–${formatTime(end, timeZone, locale)}`;

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Monday, 23 November 2026" for a local day. */
export function formatDayLong(day: string, timeZone: string, locale: string): string {
  const noon = atWallTime(day, '12:00', timeZone);
  return capitalize(formatter(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(noon));
}

/** "Mon, 23 Nov" for a local day (lists and chips). */
export function formatDayShort(day: string, timeZone: string, locale: string): string {
  const noon = atWallTime(day, '12:00', timeZone);
  return capitalize(formatter(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(noon));
}

/** "Mon, 23 Nov, 09:30–10:00": a booking's time with its day. */
export function formatWhen(start: number | string, end: number | string, timeZone: string, locale: string): string {
  const day = localDay(at(start).getTime(), timeZone);
  return `${formatDayShort(day, timeZone, locale)}, ${formatSpan(start, end, timeZone, locale)}`;
}

/** "Mon, 23 Nov, 09:30" */
export function formatMoment(value: number | string, timeZone: string, locale: string): string {
  const day = localDay(at(value).getTime(), timeZone);
  return `${formatDayShort(day, timeZone, locale)}, ${formatTime(value, timeZone, locale)}`;
}

/** "GMT+3" at that instant (daylight saving time changes it). */
export function zoneOffset(timeZone: string, when: number, locale: string): string {
  const parts = formatter(locale, timeZone, { timeZoneName: 'shortOffset' }).formatToParts(when);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Moscow" from "Europe/Moscow": what people call the zone. */
export const zoneCity = (timeZone: string): string => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

/** Today in the office. */
export const officeToday = (timeZone: string, now = Date.now()): string => localDay(now, timeZone);

/** The instant of a wall time ("HH:mm") on a local day. */
export const wallTime = (day: string, hhmm: string, timeZone: string): number => atWallTime(day, hhmm, timeZone);

/** Minutes between two instants, rounded. */
export const minutesBetween = (start: number | string, end: number | string): number =>
  Math.round((at(end).getTime() - at(start).getTime()) / MINUTE);
