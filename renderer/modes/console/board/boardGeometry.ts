import type { RoomDay } from '../../../../core/contract';
import type { WorkingHours } from '../../../../core/domain';
import { WEEKDAYS } from '../../../../core/domain';
import { atWallTime, MINUTE, snapToGrid } from '../../../../core/rules/localTime';

/**
 * Where things go on the board: one day of an office, from the earliest opening to the latest
 * closing of its rooms (whole hours of the office's wall clock), as percentages of the width.
 */
export interface Range {
  start: number;
  end: number;
}

export interface BoardFrame {
  range: Range;
  /** No room is open that day (a weekend or a holiday): the usual hours are shown, all closed. */
  isClosed: boolean;
}

const HOUR = 60 * MINUTE;
const USUAL = { open: '09:00', close: '18:00' };

/** The usual opening hours of the office (its first working weekday), for a closed day. */
function usualHours(hours: WorkingHours | undefined): { open: string; close: string } {
  for (const day of WEEKDAYS) {
    const ranges = hours?.[day];
    if (ranges && ranges.length) return { open: ranges[0]![0], close: ranges[ranges.length - 1]![1] };
  }
  return USUAL;
}

/**
 * The board's span for a day: the union of the rooms' open hours and of whatever is booked or
 * blocked that day (a late meeting in a 24-hour room stays visible), widened to whole hours.
 */
export function boardFrame(days: readonly RoomDay[], day: string, timeZone: string, officeHours?: WorkingHours): BoardFrame {
  const spans = days.flatMap((d) => d.hours);
  const isClosed = spans.length === 0;
  if (isClosed) {
    const usual = usualHours(officeHours);
    spans.push({ start: new Date(atWallTime(day, usual.open, timeZone)).toISOString(), end: new Date(atWallTime(day, usual.close, timeZone)).toISOString() });
  }
  const items = days.flatMap((d) => [...d.bookings, ...d.blocks]);
  const dayStart = atWallTime(day, '00:00', timeZone);
  const dayEnd = atWallTime(day, '24:00', timeZone);
  let start = Math.min(...spans.map((s) => Date.parse(s.start)), ...items.map((i) => Date.parse(i.start)));
  let end = Math.max(...spans.map((s) => Date.parse(s.end)), ...items.map((i) => Date.parse(i.end)));
  start = Math.max(dayStart, snapToGrid(start, timeZone, 60, -1));
  end = Math.min(dayEnd, snapToGrid(end, timeZone, 60, 1));
  return { range: { start, end: Math.max(end, start + HOUR) }, isClosed };
}

/** Every whole local hour from the start to the end of the range, both included. */
export function hourTicks(range: Range, timeZone: string): number[] {
  const ticks: number[] = [];
  for (let t = snapToGrid(range.start, timeZone, 60, 1); t <= range.end && ticks.length < 30; t = snapToGrid(t + MINUTE, timeZone, 60, 1)) {
    ticks.push(t);
  }
  return ticks;
}

/** Position of an instant in the range, in percent (clamped to 0–100). */
export function percentAt(t: number, range: Range): number {
  const f = (t - range.start) / (range.end - range.start);
  return Math.min(100, Math.max(0, f * 100));
}

/** Left and width in percent of [start, end) clipped to the range; null when it lies outside. */
export function placement(start: number, end: number, range: Range): { left: number; width: number } | null {
  if (end <= range.start || start >= range.end) return null;
  const left = percentAt(start, range);
  return { left, width: percentAt(end, range) - left };
}

/** The starts of the bookable grid slots of a room's open hours inside the range. */
export function slotStarts(hours: RoomDay['hours'], range: Range, stepMin: number, timeZone: string): number[] {
  const starts: number[] = [];
  const step = Math.max(5, stepMin);
  for (const span of hours) {
    const from = Math.max(Date.parse(span.start), range.start);
    const to = Math.min(Date.parse(span.end), range.end);
    for (let t = snapToGrid(from, timeZone, step, 1); t + step * MINUTE <= to && starts.length < 400; t = snapToGrid(t + MINUTE, timeZone, step, 1)) {
      starts.push(t);
    }
  }
  return starts;
}

/** The closed stretches of the range for a room: everything outside its open hours. */
export function closedStretches(hours: RoomDay['hours'], range: Range): Range[] {
  const open = hours
    .map((s) => ({ start: Math.max(Date.parse(s.start), range.start), end: Math.min(Date.parse(s.end), range.end) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const closed: Range[] = [];
  let cursor = range.start;
  for (const s of open) {
    if (s.start > cursor) closed.push({ start: cursor, end: s.start });
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < range.end) closed.push({ start: cursor, end: range.end });
  return closed;
}
