import { DateTime } from 'luxon';
import { STATS_MAX_DAYS } from '../../../../core/contract';

export const PRESETS = ['last7', 'last30', 'thisMonth', 'lastMonth', 'next7', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** A period as the picker holds it: a preset, or two calendar days (both included). */
export interface PeriodChoice {
  preset: Preset;
  fromDay: string;
  toDay: string;
}

export interface Period {
  from: string;
  to: string;
  /** The days shown, both included. */
  fromDay: string;
  toDay: string;
}

const iso = (d: DateTime) => d.toUTC().toISO() ?? '';
const day = (d: DateTime) => d.toISODate() ?? '';

/** Calendar days of a preset on the office clock (today included where it makes sense). */
function presetDays(preset: Exclude<Preset, 'custom'>, today: DateTime): [DateTime, DateTime] {
  switch (preset) {
    case 'last7':
      return [today.minus({ days: 6 }), today];
    case 'last30':
      return [today.minus({ days: 29 }), today];
    case 'thisMonth':
      return [today.startOf('month'), today.endOf('month').startOf('day')];
    case 'lastMonth': {
      const last = today.minus({ months: 1 });
      return [last.startOf('month'), last.endOf('month').startOf('day')];
    }
    case 'next7':
      return [today, today.plus({ days: 6 })];
  }
}

/**
 * The instants `[from, to)` of a choice: from the first day's midnight to the midnight after the
 * last day, on the office's clock. Null when custom days are missing, reversed or too far apart.
 */
export function periodOf(choice: PeriodChoice, timeZone: string, now: Date = new Date()): Period | null {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const [first, last] =
    choice.preset === 'custom'
      ? [DateTime.fromISO(choice.fromDay, { zone: timeZone }), DateTime.fromISO(choice.toDay, { zone: timeZone })]
      : presetDays(choice.preset, today);
  if (!first.isValid || !last.isValid || last < first) return null;
  const end = last.plus({ days: 1 }).startOf('day');
  if (end.diff(first, 'days').days > STATS_MAX_DAYS) return null;
  return { from: iso(first.startOf('day')), to: iso(end), fromDay: day(first), toDay: day(last) };
}
