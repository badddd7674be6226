import { describe, expect, it } from 'vitest';
import type { User } from '../../../../../core/contract';
import { answers, calendarPathsOf, canEditScope, getInputs, readScope, scopeInput, writeScope } from './ruleScope';

const O = '0190a0a0-0000-7000-8000-0000000000aa';
const R = '0190a0a0-0000-7000-8000-0000000000bb';
const hans: User = { id: '0190a0a0-0000-7000-8000-000000000001', email: 'h@x.test', name: 'Hans', role: 'facility_manager', officeId: O, locale: 'en', active: true };

describe('the rules scope', () => {
  it("starts at the app bar's office, else at the global rules, and round-trips through the address", () => {
    expect(readScope(new URLSearchParams(), O)).toEqual({ level: 'office', officeId: O, roomId: null });
    expect(readScope(new URLSearchParams(), null)).toEqual({ level: 'global', officeId: null, roomId: null });
    const room = { level: 'room' as const, officeId: O, roomId: R };
    expect(readScope(writeScope(room), null)).toEqual(room);
  });

  it('asks for the scope and the one above it', () => {
    expect(scopeInput({ level: 'room', officeId: O, roomId: null })).toBeNull();
    expect(scopeInput({ level: 'room', officeId: O, roomId: R })).toEqual({ level: 'room', roomId: R });
    expect(getInputs({ level: 'office', officeId: O, roomId: null })).toEqual({ own: { officeId: O }, above: {} });
    expect(getInputs({ level: 'room', officeId: O, roomId: R })).toEqual({ own: { roomId: R }, above: { officeId: O } });
  });

  it('tells a stale answer from the one asked for', () => {
    const office = { officeId: O, roomId: null } as Parameters<typeof answers>[0];
    expect(answers(office, { officeId: O })).toBe(true);
    expect(answers(office, { roomId: R })).toBe(false);
    expect(answers(office, {})).toBe(false);
  });

  it("lets a facility manager edit their own office's and rooms' rules, never the global ones", () => {
    expect(canEditScope(hans, { level: 'office', officeId: O, roomId: null })).toBe(true);
    expect(canEditScope(hans, { level: 'global', officeId: null, roomId: null })).toBe(false);
    expect(canEditScope(hans, { level: 'office', officeId: R, roomId: null })).toBe(false);
    expect(canEditScope({ ...hans, role: 'admin' }, { level: 'global', officeId: null, roomId: null })).toBe(true);
  });

  it("keeps the office calendar's own hours and holidays (they cannot be reset)", () => {
    const office = { id: O, name: 'Berlin', timeZone: 'Europe/Berlin', workingHours: { mon: [['09:00', '19:00']] as [string, string][], sat: [] }, holidays: ['2026-10-03'] };
    expect(calendarPathsOf(office)).toEqual(['workingHours.mon', 'workingHours.sat', 'holidays']);
    expect(calendarPathsOf(undefined)).toEqual([]);
  });
});
