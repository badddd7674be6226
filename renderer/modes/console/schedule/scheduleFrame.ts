import type { UserDay } from '../../../../core/contract';
import { formatTime } from '../booking/officeTime';
import type { ScheduleItem } from './scheduleItems';

/**
 * The hours the calendar shows and shades. Everything is read on the office's wall clock from
 * instants, never as "hours since midnight", so a daylight-saving day (23 or 25 hours) still
 * opens at 09:00 and not at 08:00 or 10:00.
 */

export interface Span {
  start: string;
  end: string;
}

/** When nothing is open or planned: a usual office day. */
const USUAL = { min: 8 * 60, max: 20 * 60 };
const DAY_MINUTES = 24 * 60;

const hhmmToMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const asDuration = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

/** Minutes on the day's wall clock at an instant, clamped to the day: 0 before it starts, 1440 after it ends. */
export function wallMinutes(instant: string, day: UserDay): number {
  const ms = Date.parse(instant);
  if (ms <= Date.parse(day.start)) return 0;
  if (ms >= Date.parse(day.end)) return DAY_MINUTES;
  return hhmmToMinutes(formatTime(ms, day.timeZone));
}

/**
 * The calendar's first and last slot times ("HH:mm:ss", whole hours): the working hours of the
 * days shown and anything planned outside them; 08:00–20:00 when there is neither.
 */
export function slotRange(days: readonly UserDay[], items: readonly ScheduleItem[]): { min: string; max: string } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const day of days) {
    const inDay = (s: Span) => Date.parse(s.start) < Date.parse(day.end) && Date.parse(s.end) > Date.parse(day.start);
    for (const s of [...day.hours, ...items].filter(inDay)) {
      starts.push(wallMinutes(s.start, day));
      ends.push(wallMinutes(s.end, day));
    }
  }
  if (starts.length === 0) return { min: asDuration(USUAL.min), max: asDuration(USUAL.max) };
  const min = Math.floor(Math.min(...starts) / 60) * 60;
  const max = Math.max(min + 60, Math.ceil(Math.max(...ends) / 60) * 60);
  return { min: asDuration(min), max: asDuration(Math.min(max, DAY_MINUTES)) };
}

/** The parts of a day outside its working hours (all of it on a closed day), to shade. */
export function offHours(day: UserDay): Span[] {
  const spans: Span[] = [];
  let from = day.start;
  for (const open of [...day.hours].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    if (Date.parse(open.start) > Date.parse(from)) spans.push({ start: from, end: open.start });
    if (Date.parse(open.end) > Date.parse(from)) from = open.end;
  }
  if (Date.parse(from) < Date.parse(day.end)) spans.push({ start: from, end: day.end });
  return spans;
}

/** "09:00–19:00" (or "09:00–13:00, 14:00–19:00"); empty on a closed day. */
export const hoursText = (day: UserDay): string =>
  day.hours.map((h) => `${formatTime(Date.parse(h.start), day.timeZone)}–${wallMinutes(h.end, day) === DAY_MINUTES ? '24:00' : formatTime(Date.parse(h.end), day.timeZone)}`).join(', ');
