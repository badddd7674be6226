import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDay, formatSpan, formatTime, hoursAndMinutes } from './format';

describe('door times', () => {
  it("shows the office's wall clock, 24-hour, whatever the tablet's zone", () => {
    expect(formatTime('2026-11-23T09:05:00.000Z', 'Europe/Moscow')).toBe('12:05');
    expect(formatTime('2026-11-23T09:05:00.000Z', 'Europe/Berlin', 'ru')).toBe('10:05');
    expect(formatSpan('2026-11-23T09:00:00.000Z', '2026-11-23T10:30:00.000Z', 'UTC')).toBe('09:00–10:30');
  });

  it('names the day in the visitor’s language', () => {
    expect(formatDay(Date.parse('2026-11-23T09:00:00.000Z'), 'UTC', 'en')).toBe('Monday, November 23');
    expect(formatDay(Date.parse('2026-11-23T09:00:00.000Z'), 'UTC', 'ru')).toBe('Понедельник, 23 ноября');
  });

  it('counts down in m:ss and never below zero', () => {
    expect(formatCountdown(9 * 60_000 + 41_200)).toBe('9:42');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(hoursAndMinutes(65 * 60_000)).toEqual({ hours: 1, minutes: 5 });
    expect(hoursAndMinutes(30_000)).toEqual({ hours: 0, minutes: 1 });
  });
});
