import { WEEKDAYS, type Weekday, type WorkingHours } from '../core/domain';

/**
 * Whether an instant falls inside working hours, read in a time zone (DST-correct through Intl).
 * Intervals are half-open [start, end) in HH:MM; '24:00' closes a day. Used by the updater (a
 * door tablet restarts only outside working hours) and by the keep-awake seam.
 */
export interface OfficeHours {
  timeZone: string;
  hours: WorkingHours;
}

/** Until the door tablet knows its office (the kiosk issue), it assumes a long weekday. */
export const DEFAULT_KIOSK_HOURS: OfficeHours = {
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  hours: Object.fromEntries(WEEKDAYS.slice(0, 5).map((day) => [day, [['07:00', '21:00']]])) as WorkingHours,
};

const SHORT_DAYS: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

function localDayAndTime(now: Date, timeZone: string): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = SHORT_DAYS[part('weekday')];
  if (!day) throw new Error(`Cannot read the weekday of ${now.toISOString()} in ${timeZone}.`);
  return { day, time: `${part('hour')}:${part('minute')}` };
}

export function isWithinWorkingHours(office: OfficeHours, now: Date): boolean {
  const { day, time } = localDayAndTime(now, office.timeZone);
  return (office.hours[day] ?? []).some(([start, end]) => start <= time && time < end);
}
