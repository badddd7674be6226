import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, type OfficeHours } from './workingHours';

const berlin: OfficeHours = {
  timeZone: 'Europe/Berlin',
  hours: { mon: [['09:00', '18:00']], sat: [['10:00', '12:00'], ['13:00', '24:00']] },
};

describe('isWithinWorkingHours', () => {
  it.each([
    ['2026-11-23T08:00:00.000Z', true, 'Monday 09:00 in Berlin (UTC+1) opens the day'],
    ['2026-11-23T07:59:00.000Z', false, 'Monday 08:59 is before opening'],
    ['2026-11-23T16:59:00.000Z', true, 'Monday 17:59 is still open'],
    ['2026-11-23T17:00:00.000Z', false, 'Monday 18:00 is closed (half-open)'],
    ['2026-11-24T10:00:00.000Z', false, 'Tuesday has no hours'],
    ['2026-11-28T11:30:00.000Z', false, 'Saturday 12:30 falls in the lunch gap'],
    ['2026-11-28T22:59:00.000Z', true, "Saturday 23:59 is inside a period that ends at '24:00'"],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(isWithinWorkingHours(berlin, new Date(instant))).toBe(expected);
  });

  it('follows daylight saving time: 09:00 in Berlin is 07:00 UTC in summer', () => {
    expect(isWithinWorkingHours(berlin, new Date('2026-06-22T07:00:00.000Z'))).toBe(true);
    expect(isWithinWorkingHours(berlin, new Date('2026-06-22T06:59:00.000Z'))).toBe(false);
  });

  it('reads the day in the office time zone, not in UTC', () => {
    const moscow: OfficeHours = { timeZone: 'Europe/Moscow', hours: { tue: [['00:00', '02:00']] } };
    // Monday 22:30 UTC is Tuesday 01:30 in Moscow.
    expect(isWithinWorkingHours(moscow, new Date('2026-11-23T22:30:00.000Z'))).toBe(true);
  });
});
