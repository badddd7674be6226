import { DateTime, IANAZone } from 'luxon';
import { WEEKDAYS, type Weekday } from '../domain';
import { AppError } from '../errors';
import type { Rules } from './schema';

/**
 * Wall-clock arithmetic in an office's time zone. Instants are UTC milliseconds; a "day" is a local
 * calendar date 'YYYY-MM-DD'. Everything goes through luxon, so daylight-saving days are exact.
 */
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A half-open span of instants [start, end) in milliseconds. */
export interface Span {
  start: number;
  end: number;
}

export const wall = (ms: number, tz: string): DateTime => DateTime.fromMillis(ms, { zone: tz });

/**
 * The engine asks for wall-clock fields thousands of times per decision, and Intl is slow, so
 * UTC offsets are cached per zone in 15-minute buckets (every transition in the tz database since
 * the 1970s falls on a quarter hour) and wall times of day boundaries are memoised.
 */
const QUARTER = 15 * MINUTE;
const CACHE_LIMIT = 50_000;
const offsetCache = new Map<string, Map<number, number>>();
const wallTimeCache = new Map<string, number>();

export function offsetMinutes(ms: number, tz: string): number {
  let perZone = offsetCache.get(tz);
  if (!perZone) {
    if (!IANAZone.isValidZone(tz)) {
      throw new AppError('VALIDATION', `"${tz}" is not a known time zone.`, { key: 'rules.unknownTimeZone', params: { tz } });
    }
    offsetCache.set(tz, (perZone = new Map()));
  }
  const bucket = Math.floor(ms / QUARTER);
  let offset = perZone.get(bucket);
  if (offset === undefined) {
    if (perZone.size > CACHE_LIMIT) perZone.clear();
    offset = IANAZone.create(tz).offset(bucket * QUARTER);
    perZone.set(bucket, offset);
  }
  return offset;
}

/** The wall clock at an instant, as a Date whose UTC fields are the local ones. */
const shifted = (ms: number, tz: string): Date => new Date(ms + offsetMinutes(ms, tz) * MINUTE);

export const localDay = (ms: number, tz: string): string => shifted(ms, tz).toISOString().slice(0, 10);

const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

export const addDays = (day: string, n: number): string =>
  new Date(utcDay(day).getTime() + n * DAY).toISOString().slice(0, 10);

export const weekdayOf = (day: string): Weekday => WEEKDAYS[(utcDay(day).getUTCDay() + 6) % 7]!;

/** The instant a wall time happens on a local day; "24:00" is the next day's midnight. */
export function atWallTime(day: string, hhmm: string, tz: string): number {
  if (hhmm === '24:00') return atWallTime(addDays(day, 1), '00:00', tz);
  const key = `${tz}|${day}|${hhmm}`;
  let ms = wallTimeCache.get(key);
  if (ms === undefined) {
    if (wallTimeCache.size > CACHE_LIMIT) wallTimeCache.clear();
    ms = DateTime.fromISO(`${day}T${hhmm}`, { zone: tz }).toMillis();
    wallTimeCache.set(key, ms);
  }
  return ms;
}

/** Local midnight starting `day` (the first instant of the day, even if midnight was skipped). */
export const startOfDay = (day: string, tz: string): number => atWallTime(day, '00:00', tz);

/** "HH:mm" when on `refDay`, else "YYYY-MM-DD HH:mm". */
export function formatTime(ms: number, tz: string, refDay?: string): string {
  const text = shifted(ms, tz).toISOString();
  const time = text.slice(11, 16);
  return text.slice(0, 10) === refDay ? time : `${text.slice(0, 10)} ${time}`;
}

export function formatSpan(start: number, end: number, tz: string, refDay: string): string {
  return `${formatTime(start, tz, refDay)}–${formatTime(end, tz, refDay)}`;
}

/** Local days any minute of [start, end) falls on. */
export function daysTouched(start: number, end: number, tz: string): string[] {
  const last = localDay(Math.max(start, end - 1), tz);
  const days: string[] = [];
  for (let day = localDay(start, tz); day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The merged open spans between the local days of `from` and `to` (one day of margin either side).
 * With `withHolidays`, holidays are closed. Adjacent ranges (…–24:00, 00:00–…) join into one span.
 */
export function workingSpans(rules: Rules, tz: string, from: number, to: number, withHolidays: boolean): Span[] {
  const holidays = new Set(withHolidays ? rules.holidays : []);
  const spans: Span[] = [];
  const last = addDays(localDay(to, tz), 1);
  for (let day = addDays(localDay(from, tz), -1); day <= last; day = addDays(day, 1)) {
    if (holidays.has(day)) continue;
    for (const [open, close] of rules.workingHours[weekdayOf(day)]) {
      const span = { start: atWallTime(day, open, tz), end: atWallTime(day, close, tz) };
      if (span.start < span.end) spans.push(span);
    }
  }
  return mergeSpans(spans);
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const top = merged[merged.length - 1];
    if (top && s.start <= top.end) top.end = Math.max(top.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export const isInside = (spans: readonly Span[], start: number, end: number): boolean =>
  spans.some((s) => s.start <= start && end <= s.end);

/** The first open span starting after `after`, looking up to `limit`. */
export function nextOpening(rules: Rules, tz: string, after: number, limit: number): number | null {
  for (let from = after; from <= limit; from += 7 * DAY) {
    const hit = workingSpans(rules, tz, from, from + 7 * DAY, true).find((s) => s.start > after);
    if (hit) return hit.start;
  }
  return null;
}

/** The last open span ending before `before`, looking back down to `limit`. */
export function previousClosing(rules: Rules, tz: string, before: number, limit: number): number | null {
  for (let to = before; to >= limit; to -= 7 * DAY) {
    const spans = workingSpans(rules, tz, to - 7 * DAY, to, true).filter((s) => s.end < before);
    const hit = spans[spans.length - 1];
    if (hit) return hit.end;
  }
  return null;
}

/** Minutes since local midnight by the wall clock, and the UTC offset then. */
function wallMinute(ms: number, tz: string): { minute: number; offset: number } {
  const offset = offsetMinutes(ms, tz);
  const local = new Date(ms + offset * MINUTE);
  return { minute: local.getUTCHours() * 60 + local.getUTCMinutes(), offset };
}

/** On the grid: a whole minute whose wall-clock minute of the day is a multiple of `step`. */
export function isOnGrid(ms: number, tz: string, step: number): boolean {
  return ms % MINUTE === 0 && wallMinute(ms, tz).minute % step === 0;
}

/**
 * The nearest grid instant at or after (dir 1) / at or before (dir -1) `ms`. Jumps by wall-clock
 * arithmetic and falls back to walking minute by minute when a DST transition lies in between.
 */
export function snapToGrid(ms: number, tz: string, step: number, dir: 1 | -1): number {
  const t = dir > 0 ? Math.ceil(ms / MINUTE) * MINUTE : Math.floor(ms / MINUTE) * MINUTE;
  const here = wallMinute(t, tz);
  const rest = here.minute % step;
  if (rest === 0) return t;
  const jump = t + (dir > 0 ? step - rest : -rest) * MINUTE;
  const there = wallMinute(jump, tz);
  if (there.offset === here.offset && there.minute % step === 0) return jump;
  for (let m = t; Math.abs(m - t) <= (step + 180) * MINUTE; m += dir * MINUTE) {
    if (wallMinute(m, tz).minute % step === 0) return m;
  }
  return jump;
}
