import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { DEFAULT_RULES, normalizeRules, ZRules, ZRulesPatch } from './schema';

const withHours = (day: string, ranges: [string, string][]) => ({
  ...DEFAULT_RULES,
  workingHours: { ...DEFAULT_RULES.workingHours, [day]: ranges },
});

function problemOf(input: unknown): string {
  try {
    normalizeRules(input);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(err.code).toBe('VALIDATION');
    expect(err.key).toBe('rules.invalid');
    return err.message;
  }
  throw new Error('expected the rules to be refused');
}

describe('rule sets', () => {
  it('accepts the defaults, which follow the issue example (manager 180 minutes and 30 days)', () => {
    const rules = normalizeRules(DEFAULT_RULES);
    expect(rules.durationMin).toEqual({ min: 15, max: 120 });
    expect(rules.byRole.manager).toEqual({ durationMin: { max: 180 }, horizonDays: 30 });
    expect(rules.workingHours.sat).toEqual([]);
  });

  it('accepts the exact JSON of the issue as a patch', () => {
    const issueExample = {
      workingHours: { mon: [['09:00', '19:00']], tue: [['09:00', '19:00']], sat: [], sun: [] },
      holidays: ['2026-12-31'],
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
      byRole: { manager: { durationMin: { max: 180 }, horizonDays: 30 } },
    };
    expect(ZRulesPatch.safeParse(issueExample).success).toBe(true);
  });

  it('allows a 24-hour room: 00:00–24:00', () => {
    const rules = normalizeRules(withHours('mon', [['00:00', '24:00']]));
    expect(rules.workingHours.mon).toEqual([['00:00', '24:00']]);
  });

  it('sorts a day’s ranges and de-duplicates holidays', () => {
    const rules = normalizeRules({
      ...withHours('fri', [['14:00', '18:00'], ['09:00', '12:00']]),
      holidays: ['2026-12-31', '2026-01-01', '2026-12-31'],
    });
    expect(rules.workingHours.fri).toEqual([['09:00', '12:00'], ['14:00', '18:00']]);
    expect(rules.holidays).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('allows ranges that touch: 09:00–12:00 and 12:00–13:00', () => {
    expect(() => normalizeRules(withHours('tue', [['09:00', '12:00'], ['12:00', '13:00']]))).not.toThrow();
  });

  it('refuses overlapping working-hour ranges: 09:00–13:00 and 12:00–18:00', () => {
    expect(problemOf(withHours('wed', [['09:00', '13:00'], ['12:00', '18:00']]))).toContain('overlap');
  });

  it('refuses a range that ends before it starts, and 24:00 as a start', () => {
    expect(problemOf(withHours('thu', [['18:00', '09:00']]))).toContain('workingHours.thu');
    expect(() => normalizeRules(withHours('thu', [['24:00', '24:00']]))).toThrow(AppError);
    expect(() => normalizeRules(withHours('thu', [['09:00', '25:00']]))).toThrow(AppError);
  });

  it('refuses a minimum duration above the maximum, also for one role', () => {
    expect(problemOf({ ...DEFAULT_RULES, durationMin: { min: 180, max: 120 } })).toContain('exceeds');
    const forRole = { ...DEFAULT_RULES, byRole: { employee: { durationMin: { min: 150 } } } };
    expect(problemOf(forRole)).toContain('employee');
  });

  it('refuses unknown fields, bad days and unknown roles', () => {
    expect(() => normalizeRules({ ...DEFAULT_RULES, colour: 'red' })).toThrow(AppError);
    expect(() => normalizeRules({ ...DEFAULT_RULES, holidays: ['31.12.2026'] })).toThrow(AppError);
    expect(() => normalizeRules({ ...DEFAULT_RULES, overrideRoles: ['boss'] })).toThrow(AppError);
  });

  it('lists every problem in details.issues', () => {
    try {
      normalizeRules({ ...DEFAULT_RULES, stepMin: 0, horizonDays: -1 });
      expect.unreachable();
    } catch (e) {
      const issues = (e as AppError).details?.issues as { path: string }[];
      expect(issues.map((i) => i.path).sort()).toEqual(['horizonDays', 'stepMin']);
    }
  });

  it('keeps the cross-field checks in the zod schema too', () => {
    expect(ZRules.safeParse({ ...DEFAULT_RULES, durationMin: { min: 60, max: 30 } }).success).toBe(false);
  });
});
