import { z } from 'zod';
import { AppError } from '../errors';
import { ROLES, WEEKDAYS, ZDay, ZHHMM, ZRole, type Weekday } from '../domain';

/**
 * The booking rules as data. A scope (global, office, room) stores a `RulesPatch`; resolving the
 * layers over `DEFAULT_RULES` gives complete `Rules`, validated once by `normalizeRules`.
 */

/** "HH:MM" (or "24:00") → minutes since local midnight. */
export const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const ZRange = z.tuple([ZHHMM, ZHHMM]).refine(([from, to]) => from !== '24:00' && toMinutes(from) < toMinutes(to), {
  message: 'A working-hours range must start before it ends; 24:00 may only end a range',
});

const ZDayRanges = z
  .array(ZRange)
  .max(24)
  .superRefine((ranges, ctx) => {
    const overlap = firstOverlap(ranges);
    if (overlap) ctx.addIssue({ code: 'custom', message: `Working-hours ranges ${overlap} overlap` });
  });

function firstOverlap(ranges: readonly (readonly [string, string])[]): string | null {
  const sorted = sortRanges(ranges);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (toMinutes(cur[0]) < toMinutes(prev[1])) return `${prev.join('–')} and ${cur.join('–')}`;
  }
  return null;
}

const sortRanges = <T extends readonly [string, string]>(ranges: readonly T[]): T[] =>
  [...ranges].sort((a, b) => toMinutes(a[0]) - toMinutes(b[0]));

const ZWeekHours = z
  .object({
    mon: ZDayRanges,
    tue: ZDayRanges,
    wed: ZDayRanges,
    thu: ZDayRanges,
    fri: ZDayRanges,
    sat: ZDayRanges,
    sun: ZDayRanges,
  })
  .strict();

/**
 * Working hours for some weekdays (an office's own calendar): each range starts before it ends and
 * a day's ranges do not overlap, the same as in a rule set. A weekday left out follows the rules.
 */
export const ZWeekHoursPatch = ZWeekHours.partial().strict();

const ZMinutes = z.number().int().min(0).max(525_600);
const ZDuration = z.number().int().min(1).max(10_080);
const ZRoleList = z.array(ZRole).max(ROLES.length);

const durationShape = { min: ZDuration, max: ZDuration };
const bufferShape = { before: z.number().int().min(0).max(720), after: z.number().int().min(0).max(720) };
const checkInShape = {
  required: z.boolean(),
  opensBeforeMin: z.number().int().min(0).max(1440),
  releaseAfterMin: z.number().int().min(1).max(1440),
};
const approvalShape = { required: z.boolean(), holdMin: z.number().int().min(1).max(43_200), exemptRoles: ZRoleList };
const scalarShape = {
  holidays: z.array(ZDay).max(2000),
  stepMin: z.number().int().min(1).max(1440),
  horizonDays: z.number().int().min(0).max(3650),
  minNoticeMin: ZMinutes,
  /** null: no limit. */
  maxActivePerUser: z.number().int().min(1).max(100_000).nullable(),
  rescheduleFreezeMin: ZMinutes,
  /** null: every role may book. */
  allowedRoles: ZRoleList.min(1).nullable(),
  overrideRoles: ZRoleList,
};

/** What a role may change (`byRole`): the limits that make sense per person, nothing about rooms. */
export const ZRolePatch = z
  .object({
    workingHours: ZWeekHours.partial().optional(),
    stepMin: scalarShape.stepMin.optional(),
    durationMin: z.object(durationShape).partial().strict().optional(),
    horizonDays: scalarShape.horizonDays.optional(),
    minNoticeMin: scalarShape.minNoticeMin.optional(),
    maxActivePerUser: scalarShape.maxActivePerUser.optional(),
    rescheduleFreezeMin: scalarShape.rescheduleFreezeMin.optional(),
  })
  .strict();
export type RolePatch = z.infer<typeof ZRolePatch>;

const ZByRole = z.partialRecord(ZRole, ZRolePatch);

const ZRulesObject = z
  .object({
    workingHours: ZWeekHours,
    ...scalarShape,
    bufferMin: z.object(bufferShape).strict(),
    durationMin: z.object(durationShape).strict(),
    checkIn: z.object(checkInShape).strict(),
    approval: z.object(approvalShape).strict(),
    byRole: ZByRole,
  })
  .strict();

/** A complete rule set. Cross-field checks (min ≤ max, for every role too) run here as well. */
export const ZRules = ZRulesObject.superRefine((rules, ctx) => {
  for (const problem of crossFieldProblems(rules)) ctx.addIssue({ code: 'custom', ...problem });
});
export type Rules = z.infer<typeof ZRulesObject>;

/** What one scope stores: any field, nested objects field by field. */
export const ZRulesPatch = z
  .object({
    workingHours: ZWeekHours.partial().strict(),
    ...scalarShape,
    bufferMin: z.object(bufferShape).partial().strict(),
    durationMin: z.object(durationShape).partial().strict(),
    checkIn: z.object(checkInShape).partial().strict(),
    approval: z.object(approvalShape).partial().strict(),
    byRole: ZByRole,
  })
  .partial()
  .strict();
export type RulesPatch = z.infer<typeof ZRulesPatch>;

const weekdays = (ranges: [string, string][], weekend: [string, string][] = []) =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, d === 'sat' || d === 'sun' ? weekend : ranges])) as Record<
    Weekday,
    [string, string][]
  >;

/** The rules before any scope says otherwise (the issue's example, which follows the article). */
export const DEFAULT_RULES: Rules = Object.freeze({
  workingHours: weekdays([['09:00', '19:00']]),
  holidays: [],
  stepMin: 15,
  bufferMin: { before: 10, after: 10 },
  durationMin: { min: 15, max: 120 },
  horizonDays: 14,
  minNoticeMin: 0,
  maxActivePerUser: 3,
  rescheduleFreezeMin: 15,
  checkIn: { required: true, opensBeforeMin: 5, releaseAfterMin: 10 },
  approval: { required: false, holdMin: 120, exemptRoles: ['facility_manager', 'admin'] },
  allowedRoles: null,
  overrideRoles: ['facility_manager', 'admin'],
  byRole: {
    manager: { durationMin: { max: 180 }, horizonDays: 30 },
    assistant: { durationMin: { max: 240 } },
  },
}) as Rules;

interface Problem {
  path: (string | number)[];
  message: string;
}

function crossFieldProblems(rules: Rules): Problem[] {
  const problems: Problem[] = [];
  const { min, max } = rules.durationMin;
  if (min > max) problems.push({ path: ['durationMin'], message: `Minimum duration ${min} exceeds maximum ${max}` });
  for (const role of ROLES) {
    const patch = rules.byRole[role];
    if (!patch?.durationMin) continue;
    const roleMin = patch.durationMin.min ?? min;
    const roleMax = patch.durationMin.max ?? max;
    if (roleMin > roleMax) {
      problems.push({
        path: ['byRole', role, 'durationMin'],
        message: `For ${role}, minimum duration ${roleMin} exceeds maximum ${roleMax}`,
      });
    }
  }
  return problems;
}

/** Thrown once, where rules enter: a sentence plus every problem with its path. */
export function invalidRules(where: string, issues: readonly { path: PropertyKey[]; message: string }[]): AppError {
  const list = issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = list[0];
  const detail = first ? ` ${first.path ? `${first.path}: ` : ''}${first.message}.` : '';
  return new AppError('VALIDATION', `The ${where} are invalid.${detail}`, {
    key: 'rules.invalid',
    params: { where },
    details: { issues: list },
  });
}

/**
 * Validates a complete rule set and returns a normalised copy (ranges sorted, holidays sorted and
 * unique). Throws a VALIDATION `AppError` naming every problem. Call it once where rules enter.
 */
export function normalizeRules(input: unknown, where = 'rules'): Rules {
  const parsed = ZRules.safeParse(input);
  if (!parsed.success) throw invalidRules(where, parsed.error.issues);
  const rules = parsed.data;
  const workingHours = Object.fromEntries(
    WEEKDAYS.map((d) => [d, sortRanges(rules.workingHours[d])]),
  ) as Rules['workingHours'];
  return { ...rules, workingHours, holidays: [...new Set(rules.holidays)].sort() };
}
