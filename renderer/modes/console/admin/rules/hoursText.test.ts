import { describe, expect, it } from 'vitest';
import { isValidDay, isValidRange, nextRange } from './hoursText';

describe('working-hours ranges', () => {
  it('accepts HH:MM ranges that start before they end; 24:00 only as an end', () => {
    expect(isValidRange('09:00', '19:00')).toBe(true);
    expect(isValidRange('00:00', '24:00')).toBe(true);
    expect(isValidRange('24:00', '24:00')).toBe(false);
    expect(isValidRange('19:00', '09:00')).toBe(false);
    expect(isValidRange('9:00', '19:00')).toBe(false);
  });

  it('refuses a day whose ranges overlap, in any order; touching is fine', () => {
    expect(isValidDay([['13:00', '18:00'], ['09:00', '13:00']])).toBe(true);
    expect(isValidDay([['09:00', '13:00'], ['12:00', '18:00']])).toBe(false);
  });

  it('proposes the next range an hour after the last one', () => {
    expect(nextRange([])).toEqual(['09:00', '18:00']);
    expect(nextRange([['09:00', '12:00']])).toEqual(['13:00', '14:00']);
    expect(nextRange([['09:00', '23:30']])).toEqual(['23:00', '24:00']);
  });
});
