import { describe, expect, it } from 'vitest';
import { hoursText, offHours, slotRange, wallMinutes } from './scheduleFrame';
import { scheduleItems } from './scheduleItems';
import { autumnDay, berlinDay, block, meeting, mondayDay, springDay } from './scheduleTestDays';

describe('the hours the schedule shows', () => {
  it('opens at 09:00 and closes at 19:00 on 2026-03-29 in Berlin, the 23-hour day the clocks go forward', () => {
    const day = springDay();
    expect(slotRange([day], [])).toEqual({ min: '09:00:00', max: '19:00:00' });
    expect(hoursText(day)).toBe('09:00–19:00');
  });

  it('opens at 09:00 and closes at 19:00 on 2026-10-25 in Berlin, the 25-hour day the clocks go back', () => {
    const day = autumnDay();
    expect(slotRange([day], [])).toEqual({ min: '09:00:00', max: '19:00:00' });
    expect(hoursText(day)).toBe('09:00–19:00');
  });

  it('reads 04:00 on the wall clock as 240 minutes on 2026-03-29 and on 2026-10-25, though 3 and 5 hours have passed', () => {
    expect(wallMinutes('2026-03-29T02:00:00.000Z', springDay())).toBe(4 * 60);
    expect(wallMinutes('2026-10-25T03:00:00.000Z', autumnDay())).toBe(4 * 60);
  });

  it('widens to whole hours around a meeting at 19:30–20:15 and unavailable time from 07:40', () => {
    const day = mondayDay({
      bookings: [meeting('00000000-0000-4000-8000-000000000b01', '2026-11-23T18:30:00.000Z', '2026-11-23T19:15:00.000Z')],
      blocks: [block('00000000-0000-4000-8000-000000000c01', '2026-11-23T06:40:00.000Z', '2026-11-23T08:00:00.000Z')],
    });
    expect(slotRange([day], scheduleItems([day]))).toEqual({ min: '07:00:00', max: '21:00:00' });
  });

  it('runs to 24:00 for unavailable time that crosses midnight, and from 00:00 on the next day', () => {
    const late = block('00000000-0000-4000-8000-000000000c02', '2026-11-23T21:00:00.000Z', '2026-11-24T01:00:00.000Z');
    const monday = mondayDay({ blocks: [late] });
    const tuesday = berlinDay('2026-11-24', '2026-11-23T23:00:00.000Z', '2026-11-24T23:00:00.000Z', [['2026-11-24T08:00:00.000Z', '2026-11-24T18:00:00.000Z']], { blocks: [late] });
    expect(slotRange([monday], scheduleItems([monday]))).toEqual({ min: '09:00:00', max: '24:00:00' });
    expect(slotRange([tuesday], scheduleItems([tuesday]))).toEqual({ min: '00:00:00', max: '19:00:00' });
  });

  it('shows 08:00–20:00 on a closed day with nothing planned', () => {
    const closed = berlinDay('2026-11-22', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z', []);
    expect(slotRange([closed], [])).toEqual({ min: '08:00:00', max: '20:00:00' });
    expect(hoursText(closed)).toBe('');
  });

  it('takes the earliest opening and the latest closing over a week', () => {
    const short = berlinDay('2026-11-24', '2026-11-23T23:00:00.000Z', '2026-11-24T23:00:00.000Z', [['2026-11-24T09:00:00.000Z', '2026-11-24T20:00:00.000Z']]);
    expect(slotRange([mondayDay(), short], [])).toEqual({ min: '09:00:00', max: '21:00:00' });
  });
});

describe('the time outside working hours', () => {
  it('is 00:00–09:00 and 19:00–24:00 on 2026-03-29 in Berlin, though only 8 hours pass before 09:00', () => {
    expect(offHours(springDay())).toEqual([
      { start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T07:00:00.000Z' },
      { start: '2026-03-29T17:00:00.000Z', end: '2026-03-29T22:00:00.000Z' },
    ]);
  });

  it('is 00:00–09:00 and 19:00–24:00 on 2026-10-25 in Berlin, the night an hour longer', () => {
    expect(offHours(autumnDay())).toEqual([
      { start: '2026-10-24T22:00:00.000Z', end: '2026-10-25T08:00:00.000Z' },
      { start: '2026-10-25T18:00:00.000Z', end: '2026-10-25T23:00:00.000Z' },
    ]);
  });

  it('is the lunch break too when the hours come in two parts', () => {
    const split = berlinDay('2026-11-23', '2026-11-22T23:00:00.000Z', '2026-11-23T23:00:00.000Z', [
      ['2026-11-23T08:00:00.000Z', '2026-11-23T12:00:00.000Z'],
      ['2026-11-23T13:00:00.000Z', '2026-11-23T18:00:00.000Z'],
    ]);
    expect(offHours(split)).toEqual([
      { start: '2026-11-22T23:00:00.000Z', end: '2026-11-23T08:00:00.000Z' },
      { start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T13:00:00.000Z' },
      { start: '2026-11-23T18:00:00.000Z', end: '2026-11-23T23:00:00.000Z' },
    ]);
    expect(hoursText(split)).toBe('09:00–13:00, 14:00–19:00');
  });

  it('is the whole day when the office is closed', () => {
    const closed = berlinDay('2026-11-22', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z', []);
    expect(offHours(closed)).toEqual([{ start: '2026-11-21T23:00:00.000Z', end: '2026-11-22T23:00:00.000Z' }]);
  });
});
