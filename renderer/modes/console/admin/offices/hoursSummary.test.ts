import { describe, expect, it } from 'vitest';
import { groupDays, hoursSummary, weekdayNames } from './hoursSummary';

const words = { day: (d: string) => d[0]!.toUpperCase() + d.slice(1), closed: 'closed', rules: 'as the rules say' };

describe('working hours in one line', () => {
  it('groups consecutive days that open alike', () => {
    const hours = { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']], sat: [], sun: [] } as const;
    expect(hoursSummary(structuredClone(hours) as never, words)).toBe('Mon–Fri 09:00–18:00 · Sat–Sun closed');
  });

  it('names a single day alone, lists a lunch break, and says which days follow the rules', () => {
    const hours = { mon: [['14:00', '18:00'], ['09:00', '13:00']], tue: [['09:00', '18:00']], sat: [] } as never;
    expect(hoursSummary(hours, words)).toBe('Mon 09:00–13:00, 14:00–18:00 · Tue 09:00–18:00 · Wed–Fri as the rules say · Sat closed · Sun as the rules say');
  });

  it('never splits the week into more groups than days, and covers every day once', () => {
    const groups = groupDays({ wed: [['10:00', '11:00']] });
    expect(groups.map((g) => `${g.from}-${g.to}`)).toEqual(['mon-tue', 'wed-wed', 'thu-sun']);
  });

  it('takes short weekday names from the language', () => {
    expect(weekdayNames('en').mon).toBe('Mon');
    expect(weekdayNames('ru').mon).toBe('пн');
  });
});
