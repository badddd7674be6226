import type { UserDay } from '../../../../core/contract';
import { addDays, atWallTime, formatTime, localDay, MINUTE, snapToGrid } from '../booking/officeTime';

/**
 * The "mark unavailable" form: a day and two wall-clock times on the person's office clock. An
 * end of 00:00 means midnight at the end of the day. A time the clocks skip (02:30 on a spring
 * daylight-saving day) is refused rather than silently moved.
 */
export interface UnavailableDraft {
  day: string;
  /** "HH:mm" */
  start: string;
  end: string;
  reason: string;
}

export type DraftCheck =
  | { ok: true; start: string; end: string }
  | { ok: false; problem: 'incomplete' }
  | { ok: false; problem: 'reversed' }
  | { ok: false; problem: 'skipped'; time: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const HOUR = 60 * MINUTE;

export function checkDraft(draft: UnavailableDraft, timeZone: string): DraftCheck {
  if (!DAY.test(draft.day) || !TIME.test(draft.start) || !TIME.test(draft.end)) return { ok: false, problem: 'incomplete' };
  const start = atWallTime(draft.day, draft.start, timeZone);
  const end = draft.end === '00:00' ? atWallTime(addDays(draft.day, 1), '00:00', timeZone) : atWallTime(draft.day, draft.end, timeZone);
  for (const [typed, at] of [[draft.start, start], [draft.end, end]] as const) {
    if (typed !== '00:00' && formatTime(at, timeZone) !== typed) return { ok: false, problem: 'skipped', time: typed };
  }
  if (end <= start) return { ok: false, problem: 'reversed' };
  return { ok: true, start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/** A span chosen on the calendar, as the form shows it (the end at midnight reads 00:00). */
export function draftFromSpan(start: number, end: number, timeZone: string): UnavailableDraft {
  return { day: localDay(start, timeZone), start: formatTime(start, timeZone), end: formatTime(end, timeZone), reason: '' };
}

/**
 * What the form offers first: an hour from the next whole hour today, or from the day's opening on
 * another day (09:00 on a closed day), kept inside the day.
 */
export function defaultDraft(day: UserDay | undefined, date: string, timeZone: string, now: number): UnavailableDraft {
  const dayEnd = atWallTime(addDays(date, 1), '00:00', timeZone);
  const opening = day?.hours[0] ? Date.parse(day.hours[0].start) : atWallTime(date, '09:00', timeZone);
  const isToday = localDay(now, timeZone) === date;
  let start = isToday ? Math.max(opening, snapToGrid(now, timeZone, 60, 1)) : opening;
  if (start + HOUR > dayEnd) start = dayEnd - HOUR;
  return draftFromSpan(start, start + HOUR, timeZone);
}
