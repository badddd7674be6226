import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { applyPatch, resolveRules, rulesForRole } from './resolve';
import { DEFAULT_RULES } from './schema';

describe('resolving rule layers', () => {
  it('gives the defaults, each from "default", when no scope says anything', () => {
    const { rules, sources } = resolveRules({ global: {} });
    expect(rules).toEqual(DEFAULT_RULES);
    expect(sources['bufferMin.before']).toBe('default');
    expect(sources['workingHours.mon']).toBe('default');
    expect(sources['byRole.manager.horizonDays']).toBe('default');
  });

  it('lets a narrower scope override a wider one field by field', () => {
    const { rules, sources } = resolveRules({
      global: { stepMin: 30, bufferMin: { before: 5, after: 5 } },
      office: { bufferMin: { after: 15 }, horizonDays: 21 },
      room: { bufferMin: { before: 0 } },
    });
    expect(rules.stepMin).toBe(30);
    expect(rules.bufferMin).toEqual({ before: 0, after: 15 });
    expect(rules.horizonDays).toBe(21);
    expect(sources).toMatchObject({
      stepMin: 'global',
      'bufferMin.before': 'room',
      'bufferMin.after': 'office',
      horizonDays: 'office',
      minNoticeMin: 'default',
    });
  });

  it('merges working hours by weekday and replaces a day’s ranges whole', () => {
    const { rules, sources } = resolveRules({
      global: {},
      office: { workingHours: { fri: [['09:00', '16:00']] } },
      room: { workingHours: { sat: [['10:00', '14:00']] } },
    });
    expect(rules.workingHours.mon).toEqual([['09:00', '19:00']]);
    expect(rules.workingHours.fri).toEqual([['09:00', '16:00']]);
    expect(rules.workingHours.sat).toEqual([['10:00', '14:00']]);
    expect(sources['workingHours.fri']).toBe('office');
    expect(sources['workingHours.sat']).toBe('room');
  });

  it('replaces lists (holidays, allowed roles) rather than joining them', () => {
    const { rules, sources } = resolveRules({
      global: { holidays: ['2026-01-01'], allowedRoles: ['employee', 'manager'] },
      office: { holidays: ['2026-12-31'] },
      room: { allowedRoles: null },
    });
    expect(rules.holidays).toEqual(['2026-12-31']);
    expect(rules.allowedRoles).toBeNull();
    expect(sources.allowedRoles).toBe('room');
  });

  it('merges byRole per role and per field', () => {
    const { rules, sources } = resolveRules({
      global: { byRole: { employee: { horizonDays: 7 } } },
      room: { byRole: { manager: { durationMin: { max: 120 } } } },
    });
    expect(rules.byRole.manager).toEqual({ durationMin: { max: 120 }, horizonDays: 30 });
    expect(rules.byRole.employee).toEqual({ horizonDays: 7 });
    expect(sources['byRole.manager.durationMin.max']).toBe('room');
    expect(sources['byRole.manager.horizonDays']).toBe('default');
  });

  it('refuses an invalid layer, naming its scope', () => {
    expect(() => resolveRules({ global: {}, office: { stepMin: -5 } })).toThrow(/office rules/);
  });

  it('refuses layers that are each valid but together set min above max', () => {
    const call = () => resolveRules({ global: { durationMin: { min: 60 } }, room: { durationMin: { max: 30 } } });
    expect(call).toThrow(AppError);
    expect(call).toThrow(/exceeds/);
  });

  it('applies a proposed patch to complete rules', () => {
    expect(applyPatch(DEFAULT_RULES, { stepMin: 5 }).stepMin).toBe(5);
  });
});

describe('rules for a role', () => {
  const { rules } = resolveRules({ global: {} });

  it('gives an employee 120 minutes and 14 days', () => {
    const r = rulesForRole(rules, 'employee');
    expect([r.durationMin.max, r.horizonDays]).toEqual([120, 14]);
  });

  it('gives a manager 180 minutes and 30 days through byRole, keeping the minimum', () => {
    const r = rulesForRole(rules, 'manager');
    expect(r.durationMin).toEqual({ min: 15, max: 180 });
    expect(r.horizonDays).toBe(30);
  });

  it('gives an assistant 240 minutes (the article: assistants book up to 4 hours)', () => {
    expect(rulesForRole(rules, 'assistant').durationMin.max).toBe(240);
  });

  it('returns the same object for the same rules and role', () => {
    expect(rulesForRole(rules, 'manager')).toBe(rulesForRole(rules, 'manager'));
  });
});
