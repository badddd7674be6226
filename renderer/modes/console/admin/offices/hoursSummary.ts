import { WEEKDAYS, type Weekday, type WorkingHours } from '../../../../../core/domain';

/** How an office is open on one weekday. */
export type DayState = { kind: 'open'; ranges: readonly (readonly [string, string])[] } | { kind: 'closed' } | { kind: 'rules' };

/** Consecutive weekdays (Monday first) that are open alike. */
export interface DayGroup {
  from: Weekday;
  to: Weekday;
  state: DayState;
}

const stateOf = (ranges: WorkingHours[Weekday]): DayState =>
  !Array.isArray(ranges) ? { kind: 'rules' } : ranges.length === 0 ? { kind: 'closed' } : { kind: 'open', ranges: ranges.map(([from, to]) => [from, to] as const).sort((a, b) => a[0].localeCompare(b[0])) };

const sameState = (a: DayState, b: DayState) => JSON.stringify(a) === JSON.stringify(b);

/** The week in runs of days alike: Mon–Fri 09:00–18:00, Sat–Sun closed. */
export function groupDays(hours: WorkingHours): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const day of WEEKDAYS) {
    const state = stateOf(hours[day]);
    const last = groups.at(-1);
    if (last && sameState(last.state, state)) last.to = day;
    else groups.push({ from: day, to: day, state });
  }
  return groups;
}

export interface SummaryWords {
  /** A weekday's short name ("Mon", "пн"). */
  day(day: Weekday): string;
  closed: string;
  /** Days the office leaves to the booking rules. */
  rules: string;
}

/** One line for a table cell: "Mon–Fri 09:00–18:00 · Sat–Sun closed". */
export function hoursSummary(hours: WorkingHours, words: SummaryWords): string {
  return groupDays(hours)
    .map(({ from, to, state }) => {
      const days = from === to ? words.day(from) : `${words.day(from)}–${words.day(to)}`;
      const what = state.kind === 'open' ? state.ranges.map(([a, b]) => `${a}–${b}`).join(', ') : state.kind === 'closed' ? words.closed : words.rules;
      return `${days} ${what}`;
    })
    .join(' · ');
}

/** Short weekday names in a language, from a Monday (1 January 2024 was one). */
export function weekdayNames(locale: string): Record<Weekday, string> {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return Object.fromEntries(WEEKDAYS.map((day, i) => [day, format.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as Record<Weekday, string>;
}
