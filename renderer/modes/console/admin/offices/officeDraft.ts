import type { Input, Office } from '../../../../../core/contract';
import { ZCreateOfficeInput, ZUpdateOfficeInput } from '../../../../../core/contract/offices';
import { WEEKDAYS, type Weekday } from '../../../../../core/domain';
import { isApiError } from '../../../../api/ApiError';

export type Range = [string, string];

/** A weekday's hours as the form holds them: ranges as typed ([] closed), or null to follow the rules. */
export type DayHours = Range[] | null;

/** An office as its form holds it. */
export interface OfficeDraft {
  name: string;
  timeZone: string;
  hours: Record<Weekday, DayHours>;
  holidays: string[];
}

type WeekHours = NonNullable<Input<'offices.create'>['workingHours']>;

/** The parts of the form a refusal can point at. */
export type OfficeField = 'name' | 'timeZone' | 'holidays' | `hours.${Weekday}`;

/** What is wrong with a field: not valid, or (the name) taken by another office. */
export type ProblemKind = 'invalid' | 'taken';
export type OfficeProblems = Partial<Record<OfficeField, ProblemKind>>;

const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** A new office opens on weekdays from 09:00 to 19:00, as the server's own default. */
export const newOfficeDraft = (): OfficeDraft => ({
  name: '',
  timeZone: '',
  hours: Object.fromEntries(WEEKDAYS.map((d) => [d, WORKDAYS.includes(d) ? [['09:00', '19:00']] : []])) as Record<Weekday, DayHours>,
  holidays: [],
});

export const draftOfOffice = (office: Office): OfficeDraft => ({
  name: office.name,
  timeZone: office.timeZone,
  hours: Object.fromEntries(WEEKDAYS.map((d) => [d, Array.isArray(office.workingHours[d]) ? office.workingHours[d].map(([a, b]) => [a, b]) : null])) as Record<Weekday, DayHours>,
  holidays: [...office.holidays],
});

/** The days the office sets itself; a day left out follows the booking rules. */
export function workingHoursOf(draft: OfficeDraft): WeekHours {
  const hours: WeekHours = {};
  for (const day of WEEKDAYS) {
    const ranges = draft.hours[day];
    if (ranges) hours[day] = ranges.map(([from, to]) => [from.trim(), to.trim()]);
  }
  return hours;
}

export const toCreateInput = (draft: OfficeDraft): Input<'offices.create'> => ({
  name: draft.name.trim(),
  timeZone: draft.timeZone.trim(),
  workingHours: workingHoursOf(draft),
  holidays: [...draft.holidays].sort(),
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, so the audit log says what an edit did (a rename is a rename). */
export function toUpdateInput(office: Office, draft: OfficeDraft): Input<'offices.update'> {
  const next = toCreateInput(draft);
  const before = toCreateInput(draftOfOffice(office));
  const input: Input<'offices.update'> = { id: office.id };
  if (next.name !== office.name) input.name = next.name;
  if (next.timeZone !== office.timeZone) input.timeZone = next.timeZone;
  if (!same(next.workingHours, before.workingHours)) input.workingHours = next.workingHours;
  if (!same(next.holidays, before.holidays)) input.holidays = next.holidays;
  return input;
}

export const hasChanges = (office: Office, draft: OfficeDraft): boolean => Object.keys(toUpdateInput(office, draft)).length > 1;

/** The form field a failing path of the contract names (`workingHours.mon.0` → `hours.mon`). */
export function fieldOfPath(path: string): OfficeField | null {
  const [head, day] = path.split('.');
  if (head === 'name' || head === 'timeZone' || head === 'holidays') return head;
  if (head === 'workingHours' && day && (WEEKDAYS as readonly string[]).includes(day)) return `hours.${day as Weekday}`;
  return null;
}

function problemsOfPaths(paths: readonly string[], kind: ProblemKind): OfficeProblems {
  const problems: OfficeProblems = {};
  for (const path of paths) {
    const field = fieldOfPath(path);
    if (field) problems[field] = kind;
  }
  return problems;
}

/**
 * What the contract itself refuses in what the form would send, field by field (empty when it can
 * be sent). An edit sends only what changed, so an office stored before a check existed can still
 * be renamed without first mending its other fields.
 */
export function draftProblems(draft: OfficeDraft, office: Office | null = null): OfficeProblems {
  const parsed = office ? ZUpdateOfficeInput.safeParse(toUpdateInput(office, draft)) : ZCreateOfficeInput.safeParse(toCreateInput(draft));
  return parsed.success ? {} : problemsOfPaths(parsed.error.issues.map((issue) => issue.path.map(String).join('.')), 'invalid');
}

/**
 * The fields a refusal from the server names (`details.fields` of its envelope): a VALIDATION
 * makes them invalid, a CONFLICT (a name another office has) taken. Empty for other failures.
 */
export function problemsOfError(error: unknown): OfficeProblems {
  if (!isApiError(error)) return {};
  const fields = error.details['fields'];
  if (!Array.isArray(fields)) return {};
  const paths = fields.map((f: unknown) => (typeof f === 'object' && f !== null && 'path' in f ? String(f.path) : ''));
  return problemsOfPaths(paths, error.code === 'CONFLICT' ? 'taken' : 'invalid');
}

/** Monday's hours (or another day's) for the rest of the working week. */
export function copyToWorkdays(draft: OfficeDraft, from: Weekday = 'mon'): OfficeDraft {
  const source = draft.hours[from];
  const hours = { ...draft.hours };
  for (const day of WORKDAYS) if (day !== from) hours[day] = source ? source.map(([a, b]) => [a, b]) : null;
  return { ...draft, hours };
}
