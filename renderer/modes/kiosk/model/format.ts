/**
 * Times as the door shows them: the office's wall clock (not the tablet's own zone), 24-hour in
 * both languages, and countdowns as m:ss.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withSeconds}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
      timeZone,
    });
    formatters.set(key, f);
  }
  return f;
}

export const formatTime = (at: number | string, timeZone: string, locale = 'en'): string =>
  formatter(locale, timeZone, false).format(new Date(at));

export const formatSpan = (start: number | string, end: number | string, timeZone: string, locale = 'en'): string =>
  `${formatTime(start, timeZone, locale)}–${formatTime(end, timeZone, locale)}`;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Monday, 23 November" in the visitor's language. */
export function formatDay(at: number, timeZone: string, locale = 'en'): string {
  const key = `${locale}|${timeZone}`;
  let f = dayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone });
    dayFormatters.set(key, f);
  }
  const text = f.format(new Date(at));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "9:41" for a countdown; never negative. */
export function formatCountdown(msLeft: number): string {
  const total = Math.max(0, Math.ceil(msLeft / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Whole minutes left, rounded up (a meeting with 30 s left has "1 min" left). */
export const minutesLeft = (msLeft: number): number => Math.max(0, Math.ceil(msLeft / 60_000));

/** "1 h 05 min" / "45 min" style parts for the time left. */
export function hoursAndMinutes(msLeft: number): { hours: number; minutes: number } {
  const total = minutesLeft(msLeft);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
