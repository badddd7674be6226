import { describe, expect, it } from 'vitest';
import { matchesStatus, NO_USER_FILTERS, toUsersInput } from './userFilters';

describe('people filters', () => {
  it('sends only what is set, trimmed', () => {
    expect(toUsersInput(NO_USER_FILTERS, null)).toEqual({});
    expect(toUsersInput({ query: '  ann ', role: 'employee', status: 'all' }, 'o1')).toEqual({
      officeId: 'o1',
      role: 'employee',
      query: 'ann',
      includeInactive: true,
    });
  });

  it('asks for switched-off people too when they are wanted, and keeps only them for "inactive"', () => {
    expect(toUsersInput({ ...NO_USER_FILTERS, status: 'inactive' }, null)).toEqual({ includeInactive: true });
    expect([true, false].filter((a) => matchesStatus(a, 'inactive'))).toEqual([false]);
    expect([true, false].filter((a) => matchesStatus(a, 'active'))).toEqual([true]);
    expect([true, false].filter((a) => matchesStatus(a, 'all'))).toEqual([true, false]);
  });
});
