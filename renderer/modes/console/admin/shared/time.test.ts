import { describe, expect, it } from 'vitest';
import { addDays, dayStart, formatDateTime, formatSpan, fromZoneInput, relativeTime, toZoneInput, todayIn } from './time';

describe('console times', () => {
  it("shows an instant on the office's clock, not the computer's", () => {
    expect(formatDateTime('2026-11-23T06:00:00.000Z', 'Europe/Moscow', 'en')).toBe('23 Nov 2026, 09:00');
    expect(formatDateTime('2026-11-23T06:00:00.000Z', 'Europe/Berlin', 'ru')).toBe('23 нояб. 2026, 07:00');
  });

  it('reads a datetime-local value in the office zone, across a daylight-saving change', () => {
    expect(fromZoneInput('2026-03-29T09:00', 'Europe/Berlin')).toBe('2026-03-29T07:00:00.000Z');
    expect(fromZoneInput('2026-03-28T09:00', 'Europe/Berlin')).toBe('2026-03-28T08:00:00.000Z');
    expect(toZoneInput('2026-03-29T07:00:00.000Z', 'Europe/Berlin')).toBe('2026-03-29T09:00');
    expect(fromZoneInput('2026-03-29T', 'Europe/Berlin')).toBeNull();
  });

  it('starts a day at local midnight and counts calendar days', () => {
    expect(dayStart('2026-11-23', 'Europe/Moscow')).toBe('2026-11-22T21:00:00.000Z');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(todayIn('Europe/Moscow', new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
  });

  it('adds the date to the end of a span only when it crosses midnight', () => {
    expect(formatSpan('2026-11-23T06:00:00Z', '2026-11-23T07:30:00Z', 'Europe/Moscow', 'en')).toBe('23 Nov, 09:00–10:30');
    expect(formatSpan('2026-11-23T20:00:00Z', '2026-11-23T22:00:00Z', 'Europe/Moscow', 'en')).toBe('23 Nov, 23:00–24 Nov, 01:00');
  });

  it('says how long ago in words', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    expect(relativeTime('2026-11-23T08:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2026-11-21T09:00:00Z', now, 'en')).toBe('2 days ago');
    expect(relativeTime('2026-11-23T09:00:20Z', now, 'en')).toBe('this minute');
  });
});
