import type { BlockView, BookingView, UserDay } from '../../../../core/contract';
import { addDays, weekdayOf } from '../../../../core/rules/localTime';

/**
 * What a person's schedule shows, from `schedule.user` answers: their meetings and their own
 * unavailable spans when the caller sees the day in full, or only grey "busy" spans otherwise.
 * Pure, so the day and the week views (and their tests) agree.
 */
export type ScheduleItem =
  | { kind: 'meeting'; id: string; start: string; end: string; booking: BookingView }
  | { kind: 'unavailable'; id: string; start: string; end: string; block: BlockView }
  | { kind: 'busy'; id: string; start: string; end: string };

export type ScheduleView = 'day' | 'week';

const byTime = (a: ScheduleItem, b: ScheduleItem) =>
  Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end) || a.id.localeCompare(b.id);

function itemsOfDay(day: UserDay): ScheduleItem[] {
  if (day.visibility === 'freeBusy') {
    return day.busy.map((s) => ({ kind: 'busy', id: `busy:${s.start}/${s.end}`, start: s.start, end: s.end }));
  }
  return [
    ...day.bookings.map((booking): ScheduleItem => ({ kind: 'meeting', id: booking.id, start: booking.start, end: booking.end, booking })),
    ...day.blocks.map((block): ScheduleItem => ({ kind: 'unavailable', id: block.id, start: block.start, end: block.end, block })),
  ];
}

/**
 * Every item of the days, once (a span across midnight comes in both days' answers), in time order.
 * Two busy spans with the same times are one: free/busy says when, not how many.
 */
export function scheduleItems(days: readonly UserDay[]): ScheduleItem[] {
  const seen = new Map<string, ScheduleItem>();
  for (const day of days) for (const item of itemsOfDay(day)) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()].sort(byTime);
}

/** The items that take some of a day's time, [day.start, day.end). */
export const itemsOn = (items: readonly ScheduleItem[], day: UserDay): ScheduleItem[] =>
  items.filter((i) => Date.parse(i.start) < Date.parse(day.end) && Date.parse(i.end) > Date.parse(day.start));

/** The Monday-to-Sunday week around a day. */
export function weekOf(day: string): string[] {
  const monday = addDays(day, -['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(day)));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The days a view shows: the day itself, or its week. */
export const daysShown = (day: string, view: ScheduleView): string[] => (view === 'week' ? weekOf(day) : [day]);

/** Whom the viewer may mark available again: their own spans; an admin anyone's (the server's rule). */
export function canRemoveBlock(block: BlockView, viewer: { id: string; role: string }, mayRemove: boolean): boolean {
  return mayRemove && (block.userId === viewer.id || viewer.role === 'admin');
}
