import type { BookingView, Input } from '../../../../core/contract';
import { addDays, atWallTime, formatTime, localDay, MINUTE } from './officeTime';

/**
 * What the booking dialog holds while a person fills it in, and how it becomes a request. Times
 * are wall-clock "HH:mm" on a local day of the office, so what the person picked is what is sent.
 */
export type Repeat = 'none' | 'daily' | 'weekdays' | 'weekly';
export const REPEATS: readonly Repeat[] = ['none', 'daily', 'weekdays', 'weekly'];

export interface BookingDraft {
  roomId: string;
  day: string;
  start: string;
  end: string;
  title: string;
  description: string;
  isPrivate: boolean;
  /** Null: the signed-in person. */
  organizerId: string | null;
  attendeeIds: string[];
  attendeeEmails: string[];
  repeat: Repeat;
  /** How many meetings the series has in all. */
  repeatCount: number;
  isOverride: boolean;
  overrideReason: string;
}

export const DEFAULT_REPEAT_COUNT = 4;
export const MAX_REPEAT_COUNT = 52;

/** Where a new booking's dialog opens: room and time, and perhaps who it is for. */
export type DraftStart = Pick<BookingDraft, 'roomId' | 'day' | 'start' | 'end'> & Partial<Pick<BookingDraft, 'organizerId' | 'attendeeIds'>>;

export function emptyDraft({ organizerId = null, attendeeIds = [], ...fields }: DraftStart): BookingDraft {
  return {
    ...fields,
    title: '',
    description: '',
    isPrivate: false,
    organizerId,
    attendeeIds,
    attendeeEmails: [],
    repeat: 'none',
    repeatCount: DEFAULT_REPEAT_COUNT,
    isOverride: false,
    overrideReason: '',
  };
}

/** An existing booking as a draft, for rescheduling. */
export function draftOf(booking: BookingView, timeZone: string): BookingDraft {
  const start = Date.parse(booking.start);
  const end = Date.parse(booking.end);
  const day = localDay(start, timeZone);
  return {
    ...emptyDraft({ roomId: booking.roomId, day, start: formatTime(start, timeZone), end: endText(end, day, timeZone) }),
    title: booking.title,
    description: booking.description,
    isPrivate: booking.isPrivate,
    organizerId: booking.organizerId,
    attendeeIds: booking.attendeeIds,
    attendeeEmails: booking.attendeeEmails,
  };
}

/** "HH:mm" of an end; the next midnight reads "24:00". */
export function endText(end: number, day: string, timeZone: string): string {
  return localDay(end, timeZone) === addDays(day, 1) && formatTime(end, timeZone) === '00:00' ? '24:00' : formatTime(end, timeZone);
}

export const startOf = (d: Pick<BookingDraft, 'day' | 'start'>, timeZone: string): number => atWallTime(d.day, d.start, timeZone);
export const endOf = (d: Pick<BookingDraft, 'day' | 'end'>, timeZone: string): number => atWallTime(d.day, d.end, timeZone);

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The RRULE for a simple repeat (null for a single meeting); always with COUNT, as the server asks. */
export function rruleOf(repeat: Repeat, count: number, day: string): string | null {
  const times = Math.min(MAX_REPEAT_COUNT, Math.max(2, Math.round(count)));
  switch (repeat) {
    case 'none':
      return null;
    case 'daily':
      return `FREQ=DAILY;COUNT=${times}`;
    case 'weekdays':
      return `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=${times}`;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${BYDAY[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]};COUNT=${times}`;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (text: string): boolean => EMAIL.test(text.trim());

export type DraftProblem = 'title' | 'time' | 'overrideReason' | 'email';

/** What still stops the form from being sent (the server judges the rules). */
export function draftProblems(d: BookingDraft, timeZone: string): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!d.title.trim()) problems.push('title');
  if (!d.day || !d.start || !d.end || endOf(d, timeZone) <= startOf(d, timeZone)) problems.push('time');
  if (d.isOverride && !d.overrideReason.trim()) problems.push('overrideReason');
  if (d.attendeeEmails.some((e) => !isEmail(e))) problems.push('email');
  return problems;
}

const people = (d: BookingDraft) => ({
  ...(d.attendeeIds.length ? { attendeeIds: d.attendeeIds } : {}),
  ...(d.attendeeEmails.length ? { attendeeEmails: d.attendeeEmails.map((e) => e.trim()) } : {}),
});

/** `bookings.create` for a single meeting. */
export function createInput(d: BookingDraft, timeZone: string): Input<'bookings.create'> {
  return {
    roomId: d.roomId,
    start: new Date(startOf(d, timeZone)).toISOString(),
    end: new Date(endOf(d, timeZone)).toISOString(),
    title: d.title.trim(),
    ...(d.description.trim() ? { description: d.description } : {}),
    ...(d.organizerId ? { organizerId: d.organizerId } : {}),
    ...people(d),
    isPrivate: d.isPrivate,
    source: 'console',
    ...(d.isOverride ? { override: { reason: d.overrideReason.trim() } } : {}),
  };
}

/** `bookings.createSeries`; `skipConflicts` books the free occurrences and lists the others. */
export function seriesInput(d: BookingDraft, timeZone: string, skipConflicts: boolean): Input<'bookings.createSeries'> {
  const { override: _override, ...single } = createInput(d, timeZone);
  return { ...single, rrule: rruleOf(d.repeat, d.repeatCount, d.day) ?? '', ...(skipConflicts ? { skipConflicts: true } : {}) };
}

/** `bookings.update` with only what changed, so a meeting that has begun may still get a new description. */
export function updateInput(d: BookingDraft, original: BookingView, timeZone: string): Input<'bookings.update'> {
  const start = new Date(startOf(d, timeZone)).toISOString();
  const end = new Date(endOf(d, timeZone)).toISOString();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    id: original.id,
    ...(d.roomId !== original.roomId ? { roomId: d.roomId } : {}),
    ...(start !== original.start ? { start } : {}),
    ...(end !== original.end ? { end } : {}),
    ...(d.title.trim() !== original.title ? { title: d.title.trim() } : {}),
    ...(d.description !== original.description ? { description: d.description } : {}),
    ...(d.isPrivate !== original.isPrivate ? { isPrivate: d.isPrivate } : {}),
    ...(!same(d.attendeeIds, original.attendeeIds) ? { attendeeIds: d.attendeeIds } : {}),
    ...(!same(d.attendeeEmails, original.attendeeEmails) ? { attendeeEmails: d.attendeeEmails } : {}),
    ...(d.isOverride ? { override: { reason: d.overrideReason.trim() } } : {}),
  };
}

/** Grid times of a day from `from` to `to` ("HH:mm", "24:00" allowed as the last). */
export function gridTimes(from: string, to: string, stepMin: number): string[] {
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const out: string[] = [];
  const step = Math.max(1, stepMin);
  for (let m = Math.ceil(toMin(from) / step) * step; m <= toMin(to); m += step) {
    out.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  }
  return out;
}

/** "HH:mm" plus minutes, capped at "24:00". */
export function addMinutes(hhmm: string, minutes: number): string {
  const total = Math.min(24 * 60, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export const durationMinutes = (d: BookingDraft, timeZone: string): number => Math.round((endOf(d, timeZone) - startOf(d, timeZone)) / MINUTE);
