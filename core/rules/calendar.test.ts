import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { accepted, BERLIN, booking, codes, input, local, makeRoom, refused, request, type RequestOptions } from './testkit';
import type { EngineRoom, Occupant } from './types';

const NOW = new Date('2026-11-23T10:00+03:00');
const room = makeRoom('Север', { global: { holidays: ['2026-12-03'] } });
const allDay = makeRoom('Ночная', {
  rules: {
    workingHours: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
    ),
    holidays: ['2026-11-27'],
    durationMin: { max: 240 },
  },
});

const tryBook = (
  r: EngineRoom,
  start: string | Date,
  end: string | Date,
  o: RequestOptions = {},
  existing: Occupant[] = [],
  now = NOW,
) => evaluate(input(r, existing, request(r, start, end, o)), now);

describe('working hours and holidays (Moscow, weekdays 09:00–19:00)', () => {
  it('refuses 18:30–19:30 on a Wednesday, saying when the room is open', () => {
    const d = refused(tryBook(room, '2026-11-25T18:30+03:00', '2026-11-25T19:30+03:00'));
    expect(d.violations[0]).toMatchObject({
      code: 'outsideWorkingHours',
      message: 'Север is open Wednesday 09:00–19:00; 18:30–19:30 is outside those hours.',
    });
  });

  it('accepts 18:00–19:00, which ends exactly at closing', () => {
    accepted(tryBook(room, '2026-11-25T18:00+03:00', '2026-11-25T19:00+03:00'));
  });

  it('refuses a Saturday: the room is closed', () => {
    const d = refused(tryBook(room, '2026-11-28T10:00+03:00', '2026-11-28T11:00+03:00'));
    expect(d.violations[0]!.message).toBe('Север is closed on Saturday; 10:00–11:00 is outside those hours.');
  });

  it('refuses a lunch break between two ranges: 12:30–13:30 when open 09:00–13:00 and 14:00–19:00', () => {
    const lunch = makeRoom('Юг', { rules: { workingHours: { wed: [['09:00', '13:00'], ['14:00', '19:00']] } } });
    expect(codes(tryBook(lunch, '2026-11-25T12:30+03:00', '2026-11-25T13:30+03:00'))).toEqual(['outsideWorkingHours']);
    accepted(tryBook(lunch, '2026-11-25T14:00+03:00', '2026-11-25T15:00+03:00'));
  });

  it('refuses a holiday (Thursday 3 December) with its own reason, not as "outside hours"', () => {
    const d = refused(tryBook(room, '2026-12-03T10:00+03:00', '2026-12-03T11:00+03:00'));
    expect(d.violations).toEqual([
      expect.objectContaining({ code: 'holiday', message: '2026-12-03 is a holiday; Север cannot be booked.' }),
    ]);
  });
});

describe('across midnight', () => {
  it('accepts 23:00–01:00 in a 24-hour room (Wednesday night into Thursday)', () => {
    const d = accepted(tryBook(allDay, '2026-11-25T23:00+03:00', '2026-11-26T01:00+03:00'));
    expect(d.occupiedTo.toISOString()).toBe('2026-11-25T22:10:00.000Z');
  });

  it('refuses 23:00–01:00 in a room open 09:00–19:00, naming both days', () => {
    const d = refused(tryBook(room, '2026-11-25T23:00+03:00', '2026-11-26T01:00+03:00'));
    expect(d.violations[0]!.message).toBe(
      'Север is open Wednesday 09:00–19:00; Thursday 09:00–19:00; 23:00–2026-11-26 01:00 is outside those hours.',
    );
  });

  it('refuses a night that runs into a holiday: Thursday 23:00 – Friday 01:00 when Friday is one', () => {
    expect(codes(tryBook(allDay, '2026-11-26T23:00+03:00', '2026-11-27T01:00+03:00'))).toEqual(['holiday']);
  });

  it('accepts a night that ends exactly at the holiday’s midnight: Thursday 22:00–24:00', () => {
    accepted(tryBook(allDay, '2026-11-26T22:00+03:00', '2026-11-27T00:00+03:00'));
  });
});

describe('the time step, judged on the local wall clock', () => {
  it('refuses 10:07–10:37 on a 15-minute grid, naming both times', () => {
    const d = refused(tryBook(room, '2026-11-25T10:07+03:00', '2026-11-25T10:37+03:00'));
    expect(d.violations[0]).toMatchObject({
      code: 'offGrid',
      message: 'Bookings start and end on the 15-minute grid; 10:07 and 10:37 are off it.',
    });
  });

  it('refuses an end off the grid: 10:00–10:40', () => {
    expect(refused(tryBook(room, '2026-11-25T10:00+03:00', '2026-11-25T10:40+03:00')).violations[0]!.params.times).toBe(
      '10:40',
    );
  });

  it('counts the grid from local midnight in a half-hour zone: 10:00–11:00 in Kolkata (04:30Z) is on an hourly grid', () => {
    const kolkata = makeRoom('Mumbai', { timeZone: 'Asia/Kolkata', rules: { stepMin: 60 } });
    accepted(tryBook(kolkata, '2026-11-25T10:00+05:30', '2026-11-25T11:00+05:30'));
    expect(codes(tryBook(kolkata, '2026-11-25T10:30+05:30', '2026-11-25T11:30+05:30'))).toEqual(['offGrid']);
  });
});

describe('kiosk walk-ups (the clock reads 10:07:23)', () => {
  const now = new Date('2026-11-25T10:07:23+03:00');
  const walkUp = { isWalkUp: true };
  const nextMeeting = booking(room, '2026-11-25T10:50+03:00', '2026-11-25T11:30+03:00', { before: 5 });

  it('may start now, off the grid, for whole steps: 10:07:23–10:37:23', () => {
    accepted(tryBook(room, now, new Date(now.getTime() + 30 * 60_000), walkUp, [], now));
  });

  it('may end where the next occupant begins: cut to 10:35 before a 10:50 meeting with 5 + 10 minutes of buffers', () => {
    accepted(tryBook(room, now, '2026-11-25T10:35+03:00', walkUp, [nextMeeting], now));
    expect(codes(tryBook(room, now, '2026-11-25T10:36+03:00', walkUp, [nextMeeting], now))).toEqual(['offGrid', 'occupied']);
  });

  it('tolerates a start up to a minute old: 10:06:30 at 10:07:23', () => {
    accepted(tryBook(room, '2026-11-25T10:06:30+03:00', '2026-11-25T10:36:30+03:00', walkUp, [], now));
  });

  it('treats a walk-up start two minutes old as an ordinary request: in the past and off the grid', () => {
    expect(codes(tryBook(room, '2026-11-25T10:05:23+03:00', '2026-11-25T10:35:23+03:00', walkUp, [], now))).toEqual([
      'inPast',
      'offGrid',
    ]);
  });

  it('holds a later "walk-up" to the grid: 10:20:23 is not now', () => {
    expect(codes(tryBook(room, '2026-11-25T10:20:23+03:00', '2026-11-25T10:50:23+03:00', walkUp, [], now))).toEqual([
      'offGrid',
    ]);
  });

  it('does not exempt an ordinary request that starts now off the grid', () => {
    expect(codes(tryBook(room, now, new Date(now.getTime() + 30 * 60_000), {}, [], now))).toEqual(['offGrid']);
  });
});

describe('extending a meeting that has begun', () => {
  const now = new Date('2026-11-25T10:40+03:00');
  const mine = booking(room, '2026-11-25T10:07:23+03:00', '2026-11-25T10:37:23+03:00', { id: 'mine' });
  const ext = { isExtension: true, ignoreBookingId: 'mine' };

  it('keeps its old start and may add whole steps: 10:07:23 → 11:07:23', () => {
    accepted(tryBook(room, mine.start, '2026-11-25T11:07:23+03:00', ext, [mine], now));
  });

  it('is still refused by the next meeting', () => {
    const next = booking(room, '2026-11-25T11:00+03:00', '2026-11-25T12:00+03:00');
    const d = refused(tryBook(room, mine.start, '2026-11-25T11:07:23+03:00', ext, [mine, next], now));
    expect(codes(d)).toEqual(['occupied']);
    expect(d.alternatives).toEqual([]);
  });
});

describe('daylight saving in Europe/Berlin', () => {
  const every = (ranges: [string, string][]) =>
    Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ranges]));
  const office = makeRoom('Spree', { timeZone: BERLIN, rules: { workingHours: every([['09:00', '19:00']]) } });
  const night = makeRoom('Nacht', {
    timeZone: BERLIN,
    rules: { workingHours: every([['00:00', '24:00']]), bufferMin: { before: 0, after: 0 } },
  });
  const march = new Date('2026-03-20T12:00:00Z');
  const october = new Date('2026-10-20T12:00:00Z');

  it('spring forward (29 March): 09:00 local is 07:00Z, so 09:00–10:00 is accepted and 08:30 is refused', () => {
    accepted(tryBook(office, '2026-03-29T09:00+02:00', '2026-03-29T10:00+02:00', {}, [], march));
    const d = refused(tryBook(office, '2026-03-29T08:30+02:00', '2026-03-29T09:30+02:00', {}, [], march));
    expect(d.violations[0]!.message).toBe('Spree is open Sunday 09:00–19:00; 08:30–09:30 is outside those hours.');
  });

  it('spring forward: the day before, 09:00 local was 08:00Z', () => {
    accepted(tryBook(office, '2026-03-28T08:00Z', '2026-03-28T09:00Z', {}, [], march));
    expect(codes(tryBook(office, '2026-03-29T08:00Z', '2026-03-29T18:00Z', { role: 'admin' }, [], march))).toEqual([
      'tooLong',
      'outsideWorkingHours',
    ]);
  });

  it('spring forward: 01:30–03:30 local in a 24-hour room lasts 60 minutes', () => {
    const d = accepted(tryBook(night, local('2026-03-29T01:30', BERLIN), local('2026-03-29T03:30', BERLIN), {}, [], march));
    expect((d.occupiedTo.getTime() - d.occupiedFrom.getTime()) / 60_000).toBe(60);
  });

  it('fall back (25 October): 09:00 local is 08:00Z, so 09:00–10:00 is accepted and 08:00Z–09:00Z is not 09:00', () => {
    accepted(tryBook(office, '2026-10-25T09:00+01:00', '2026-10-25T10:00+01:00', {}, [], october));
    expect(codes(tryBook(office, '2026-10-25T07:00Z', '2026-10-25T08:00Z', {}, [], october))).toEqual(['outsideWorkingHours']);
  });

  it('fall back: 01:30–03:30 local in a 24-hour room lasts 180 minutes: a manager (180) may, an employee (120) may not', () => {
    const start = '2026-10-25T01:30+02:00';
    const end = '2026-10-25T03:30+01:00';
    const d = accepted(tryBook(night, start, end, { role: 'manager' }, [], october));
    expect((d.occupiedTo.getTime() - d.occupiedFrom.getTime()) / 60_000).toBe(180);
    const employee = refused(tryBook(night, start, end, {}, [], october));
    expect(employee.violations[0]!.params).toMatchObject({ minutes: 180, max: 120 });
  });

  it('judges the grid on the local clock on both change days: with a 90-minute step, 09:00 local is on it, 08:00Z/07:00Z are not', () => {
    const coarse = makeRoom('Spree90', { timeZone: BERLIN, rules: { workingHours: every([['09:00', '19:00']]), stepMin: 90 } });
    accepted(tryBook(coarse, '2026-03-29T09:00+02:00', '2026-03-29T10:30+02:00', {}, [], march));
    accepted(tryBook(coarse, '2026-10-25T09:00+01:00', '2026-10-25T10:30+01:00', {}, [], october));
    expect(codes(tryBook(coarse, '2026-10-25T10:00+01:00', '2026-10-25T11:30+01:00', {}, [], october))).toEqual(['offGrid']);
  });

  it('fall back: both 02:30s are on the grid, and 02:30+02:00 to 02:30+01:00 is one hour', () => {
    const d = accepted(tryBook(night, '2026-10-25T02:30+02:00', '2026-10-25T02:30+01:00', {}, [], october));
    expect(d.occupiedTo.toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });
});

describe('time zones', () => {
  it('refuses to judge in an unknown time zone, loudly', () => {
    const nowhere = { ...room, timeZone: 'Mars/Olympus_Mons' };
    expect(() => tryBook(nowhere, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00')).toThrow(/not a known time zone/);
  });
});
