import { describe, expect, it } from 'vitest';
import { matchTimeZones, timeZoneNames, utcOffset } from './timeZones';

describe('time zones', () => {
  it('offers every zone the runtime knows, UTC included', () => {
    const names = timeZoneNames();
    expect(names).toEqual(expect.arrayContaining(['Asia/Tbilisi', 'Europe/Moscow', 'UTC']));
  });

  it('finds zones by any part of the name, whatever the case or underscores', () => {
    const names = ['America/New_York', 'Asia/Tbilisi', 'Europe/Berlin'];
    expect(matchTimeZones(names, 'new york')).toEqual(['America/New_York']);
    expect(matchTimeZones(names, 'asia/tbil')).toEqual(['Asia/Tbilisi']);
    expect(matchTimeZones(names, '')).toEqual(names);
    expect(matchTimeZones(names, 'Mars/Olympus')).toEqual([]);
  });

  it('shows the offset at a given instant, daylight saving included', () => {
    expect(utcOffset('Asia/Tbilisi', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+04:00');
    expect(utcOffset('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+01:00');
    expect(utcOffset('Europe/Berlin', new Date('2026-07-15T12:00:00Z'))).toBe('UTC+02:00');
    expect(utcOffset('Mars/Olympus', new Date('2026-07-15T12:00:00Z'))).toBeNull();
  });
});
