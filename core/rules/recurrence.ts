import { DateTime } from 'luxon';
import * as rrulePackage from 'rrule';
import type { Options as RRuleOptions } from 'rrule';
import { AppError } from '../errors';
import { MINUTE, wall } from './localTime';

/**
 * Recurring series, expanded in the office's time zone: rrule runs on "floating" wall-clock times
 * (UTC fields standing for local ones), and each occurrence is then placed in the zone with luxon,
 * so a weekly 09:00 meeting stays at 09:00 local across daylight-saving changes.
 *
 * rrule ships CommonJS as `main` and ESM without a default export as `module`: Node (tsx, Vitest)
 * hands us the CommonJS object as `default`, bundlers (Vite) hand us the named exports.
 */
type RRuleModule = typeof rrulePackage;
export function pickRRuleModule(namespace: object): RRuleModule {
  const named = namespace as Partial<RRuleModule>;
  return (named.RRule ? named : Reflect.get(namespace, 'default')) as RRuleModule;
}
const rrule = pickRRuleModule(rrulePackage);

export interface SeriesSpec {
  /** An RRULE body, e.g. "FREQ=WEEKLY;BYDAY=MO,WE" (an "RRULE:" prefix is fine). UNTIL in it is read as local wall time. */
  rrule: string;
  /** The first occurrence: an instant, or a local wall time "YYYY-MM-DDTHH:mm" in `timeZone`. */
  firstStart: Date | string;
  timeZone: string;
  durationMin: number;
  /**
   * Occurrences left out (cancelled or moved): an instant (Date or ISO string with offset) is the
   * original start of one occurrence; "YYYY-MM-DD" leaves out that local day.
   */
  exdates?: readonly (Date | string)[];
  /** Occurrences start strictly before this instant ("this and following" ends a series here). */
  until?: Date | null;
}

export interface Occurrence {
  /** The original start: the key a moved or cancelled occurrence is remembered by. */
  start: Date;
  end: Date;
  /** Local wall time of the start, "YYYY-MM-DDTHH:mm". */
  localStart: string;
}

export const MAX_OCCURRENCES = 1000;

const LOCAL_WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

const badSeries = (message: string) => new AppError('VALIDATION', message, { key: 'rules.invalidSeries' });

/** Parses an RRULE body; throws VALIDATION when it is not one. */
export function parseRRule(text: string): Partial<RRuleOptions> {
  const body = text.trim().replace(/^RRULE:/i, '');
  try {
    const options = rrule.RRule.parseString(body);
    if (options.freq === undefined) throw new Error('FREQ is missing');
    return options;
  } catch (error) {
    throw badSeries(`"${text}" is not a valid RRULE: ${(error as Error).message}.`);
  }
}

export const isValidRRule = (text: string): boolean => {
  try {
    parseRRule(text);
    return true;
  } catch {
    return false;
  }
};

/** Wall-clock fields of a local time as a floating Date (UTC fields = local fields). */
function floating(dt: DateTime): Date {
  return new Date(Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second));
}

function fromFloating(d: Date, tz: string): DateTime {
  const fields = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
  return DateTime.fromObject(fields, { zone: tz });
}

function firstWallTime(spec: SeriesSpec): DateTime {
  const { firstStart, timeZone } = spec;
  if (firstStart instanceof Date) return wall(firstStart.getTime(), timeZone);
  if (!LOCAL_WALL.test(firstStart)) throw badSeries(`The first start "${firstStart}" is not YYYY-MM-DDTHH:mm.`);
  return DateTime.fromISO(firstStart, { zone: timeZone });
}

function exclusions(spec: SeriesSpec): { days: Set<string>; instants: Set<number> } {
  const days = new Set<string>();
  const instants = new Set<number>();
  for (const x of spec.exdates ?? []) {
    if (typeof x === 'string' && LOCAL_DAY.test(x)) days.add(x);
    else instants.add(new Date(x).getTime());
  }
  return { days, instants };
}

/**
 * The occurrences starting in [from, to), in order. Throws VALIDATION for a bad RRULE or when
 * the window holds more than `MAX_OCCURRENCES` (nothing is ever dropped silently).
 */
export function expandSeries(spec: SeriesSpec, from: Date, to: Date): Occurrence[] {
  const tz = spec.timeZone;
  const first = firstWallTime(spec);
  if (!first.isValid) throw badSeries(`The time zone "${tz}" or the first start is not valid.`);
  const rule = new rrule.RRule({ ...parseRRule(spec.rrule), dtstart: floating(first), tzid: null });
  const margin = 2 * 24 * 60 * MINUTE;
  const windowStart = new Date(floating(wall(from.getTime(), tz)).getTime() - margin);
  const windowEnd = new Date(floating(wall(to.getTime(), tz)).getTime() + margin);
  let count = 0;
  const raw = rule.between(windowStart, windowEnd, true, () => ++count <= MAX_OCCURRENCES + 1);
  if (raw.length > MAX_OCCURRENCES) {
    throw badSeries(`The series has more than ${MAX_OCCURRENCES} occurrences in the requested window.`);
  }
  const { days, instants } = exclusions(spec);
  const until = spec.until?.getTime() ?? Infinity;
  const out: Occurrence[] = [];
  for (const d of raw) {
    const local = fromFloating(d, tz);
    const start = local.toMillis();
    const localStart = local.toFormat("yyyy-MM-dd'T'HH:mm");
    if (start < from.getTime() || start >= to.getTime() || start >= until) continue;
    if (instants.has(start) || days.has(localStart.slice(0, 10))) continue;
    out.push({ start: new Date(start), end: new Date(start + spec.durationMin * MINUTE), localStart });
  }
  return out;
}
