import { describe, expect, it } from 'vitest';
import type { Office, Room } from '../../../../core/contract';
import type { CommonSlot, RoomBrief } from '../../../../core/contract/availability';
import { createInput, emptyDraft } from '../booking/bookingDraft';
import {
  bookingStart,
  durationText,
  firstFreeRoom,
  findInput,
  groupByDay,
  initialForm,
  meetingIn,
  meetingPeople,
  nextWorkingDays,
  roomFor,
  searchWindow,
  shorterDuration,
  widenRange,
  type FindForm,
} from './findTime';

const BERLIN = 'Europe/Berlin';
const MOSCOW = 'Europe/Moscow';
const WEEKDAYS_9_TO_7: Office['workingHours'] = {
  mon: [['09:00', '19:00']],
  tue: [['09:00', '19:00']],
  wed: [['09:00', '19:00']],
  thu: [['09:00', '19:00']],
  fri: [['09:00', '19:00']],
};
const berlin = { timeZone: BERLIN, workingHours: WEEKDAYS_9_TO_7, holidays: ['2026-12-25'] };
const at = (iso: string) => Date.parse(iso);

const ME = '00000000-0000-4000-8000-0000000000a1';
const IVAN = '00000000-0000-4000-8000-0000000000a2';
const OLGA = '00000000-0000-4000-8000-0000000000a3';
const OFFICE = '00000000-0000-4000-8000-0000000000f1';

const brief = (id: string, name: string): RoomBrief => ({ id, officeId: OFFICE, name, type: 'meeting', capacity: 6, floor: 2, building: null, amenities: [] });
const slot = (start: string, end: string, room: RoomBrief | null = null): CommonSlot => ({ start, end, room });

describe('the days searched by default', () => {
  it('on Wednesday 18 November 2026 at 10:00 in Berlin: today and the next four working days, Wed 18 to Tue 24 November', () => {
    expect(nextWorkingDays(berlin, at('2026-11-18T10:00:00+01:00'))).toEqual({ fromDay: '2026-11-18', toDay: '2026-11-24' });
  });

  it('on Wednesday 18 November 2026 at 19:30, after closing: Thu 19 to Wed 25 November', () => {
    expect(nextWorkingDays(berlin, at('2026-11-18T19:30:00+01:00'))).toEqual({ fromDay: '2026-11-19', toDay: '2026-11-25' });
  });

  it('on Saturday 21 November 2026: Monday 23 to Friday 27 November', () => {
    expect(nextWorkingDays(berlin, at('2026-11-21T12:00:00+01:00'))).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-27' });
  });

  it('skips the holiday on Friday 25 December 2026: Thu 24 to Thu 31 December', () => {
    expect(nextWorkingDays(berlin, at('2026-12-24T10:00:00+01:00'))).toEqual({ fromDay: '2026-12-24', toDay: '2026-12-31' });
  });

  it('an office that never opens gets a week from today', () => {
    expect(nextWorkingDays({ ...berlin, workingHours: {} }, at('2026-11-18T10:00:00+01:00'))).toEqual({ fromDay: '2026-11-18', toDay: '2026-11-24' });
  });
});

describe('the instants searched', () => {
  it('Monday 23 to Friday 27 November 2026 in Moscow, asked the Sunday before: 2026-11-22T21:00Z to 2026-11-27T21:00Z', () => {
    const asked = searchWindow({ fromDay: '2026-11-23', toDay: '2026-11-27' }, MOSCOW, at('2026-11-22T15:00:00+03:00'), 15);
    expect(asked).toEqual({ from: '2026-11-22T21:00:00.000Z', to: '2026-11-27T21:00:00.000Z' });
  });

  it('a search that includes today starts now, on the 15-minute grid: 10:07 in Moscow starts at 10:15', () => {
    const asked = searchWindow({ fromDay: '2026-11-23', toDay: '2026-11-23' }, MOSCOW, at('2026-11-23T10:07:00+03:00'), 15);
    expect(asked).toEqual({ from: '2026-11-23T07:15:00.000Z', to: '2026-11-23T21:00:00.000Z' });
  });

  it("Sunday 25 and Monday 26 October 2026 in Berlin run from midnight CEST to midnight CET (the clocks go back on the 25th)", () => {
    const asked = searchWindow({ fromDay: '2026-10-25', toDay: '2026-10-26' }, BERLIN, at('2026-10-01T12:00:00+02:00'), 15);
    expect(asked).toEqual({ from: '2026-10-24T22:00:00.000Z', to: '2026-10-26T23:00:00.000Z' });
  });

  it('Sunday 29 March 2026 in Berlin (the clocks go forward) is 23 hours long: 2026-03-28T23:00Z to 2026-03-29T22:00Z', () => {
    const asked = searchWindow({ fromDay: '2026-03-29', toDay: '2026-03-29' }, BERLIN, at('2026-03-01T12:00:00+01:00'), 15);
    expect(asked).toEqual({ from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' });
  });

  it('62 days are searched; 63 are refused', () => {
    const now = at('2026-01-05T08:00:00+01:00');
    expect(searchWindow({ fromDay: '2026-01-10', toDay: '2026-03-12' }, BERLIN, now, 15)).toEqual({ from: '2026-01-09T23:00:00.000Z', to: '2026-03-12T23:00:00.000Z' });
    expect(searchWindow({ fromDay: '2026-01-10', toDay: '2026-03-13' }, BERLIN, now, 15)).toEqual({ problem: 'tooLong' });
  });

  it('62 days across the autumn clock change (1 October to 1 December 2026 in Berlin) end one hour before the last midnight, as the server counts 62 × 24 hours', () => {
    const asked = searchWindow({ fromDay: '2026-10-01', toDay: '2026-12-01' }, BERLIN, at('2026-09-01T12:00:00+02:00'), 15);
    expect(asked).toEqual({ from: '2026-09-30T22:00:00.000Z', to: '2026-12-01T22:00:00.000Z' });
  });

  it('refuses a missing day, a last day before the first, and days that are over', () => {
    const now = at('2026-11-23T12:00:00+03:00');
    expect(searchWindow({ fromDay: '', toDay: '2026-11-27' }, MOSCOW, now, 15)).toEqual({ problem: 'missing' });
    expect(searchWindow({ fromDay: '2026-11-27', toDay: '2026-11-23' }, MOSCOW, now, 15)).toEqual({ problem: 'order' });
    expect(searchWindow({ fromDay: '2026-11-20', toDay: '2026-11-22' }, MOSCOW, now, 15)).toEqual({ problem: 'past' });
  });
});

describe('the search a form asks for', () => {
  const form: FindForm = { ...initialForm(ME, berlin, at('2026-11-21T12:00:00+01:00')), userIds: [ME, IVAN, IVAN], durationMin: 60 };

  it('starts with the caller alone, 30 minutes, the next five working days and a room', () => {
    expect(initialForm(ME, berlin, at('2026-11-21T12:00:00+01:00'))).toEqual({
      userIds: [ME], durationMin: 30, range: { fromDay: '2026-11-23', toDay: '2026-11-27' }, needRoom: true, type: null, amenities: [],
    });
  });

  it('names each person once and sends the room filters only with a room', () => {
    const withRoom = findInput({ ...form, type: 'meeting', amenities: ['video'] }, OFFICE, BERLIN, at('2026-11-21T12:00:00+01:00'), 15);
    expect(withRoom).toEqual({
      input: { userIds: [ME, IVAN], from: '2026-11-22T23:00:00.000Z', to: '2026-11-27T23:00:00.000Z', durationMin: 60, officeId: OFFICE, needRoom: true, type: 'meeting', amenities: ['video'] },
    });
    const withoutRoom = findInput({ ...form, needRoom: false, type: 'meeting', amenities: ['video'] }, OFFICE, BERLIN, at('2026-11-21T12:00:00+01:00'), 15);
    expect(withoutRoom).toEqual({ input: { userIds: [ME, IVAN], from: '2026-11-22T23:00:00.000Z', to: '2026-11-27T23:00:00.000Z', durationMin: 60, officeId: OFFICE } });
  });
});

describe('free times by day', () => {
  it('groups by the office-local day: 23:30 on Saturday 24 October and 00:30 on Sunday 25 October 2026 in Berlin are two days, though both are the 24th in UTC', () => {
    const late = slot('2026-10-24T21:30:00.000Z', '2026-10-24T22:00:00.000Z');
    const night = slot('2026-10-24T22:30:00.000Z', '2026-10-25T00:00:00.000Z');
    expect(groupByDay([late, night], BERLIN)).toEqual([
      { day: '2026-10-24', slots: [late] },
      { day: '2026-10-25', slots: [night] },
    ]);
  });

  it('keeps 02:30 CEST and 02:30 CET on Sunday 25 October 2026 (the hour that happens twice in Berlin) on that one day, in order', () => {
    const second = slot('2026-10-25T01:30:00.000Z', '2026-10-25T02:00:00.000Z');
    const first = slot('2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z');
    const nine = slot('2026-10-25T08:00:00.000Z', '2026-10-25T09:00:00.000Z');
    expect(groupByDay([nine, second, first], BERLIN)).toEqual([{ day: '2026-10-25', slots: [first, second, nine] }]);
  });

  it('puts 03:00 CEST on Sunday 29 March 2026, right after the clocks go forward, on the 29th', () => {
    const saturday = slot('2026-03-28T22:30:00.000Z', '2026-03-28T22:45:00.000Z'); // 23:30 CET, Saturday
    const sunday = slot('2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'); // 03:00 CEST
    expect(groupByDay([sunday, saturday], BERLIN).map((d) => d.day)).toEqual(['2026-03-28', '2026-03-29']);
  });

  it('has no days without times', () => {
    expect(groupByDay([], BERLIN)).toEqual([]);
  });
});

describe('booking a free time', () => {
  it("without a room, a stretch free from 14:07 books 14:15–15:15, on the office's 15-minute grid", () => {
    const meeting = meetingIn(slot('2026-11-23T11:07:00.000Z', '2026-11-23T16:00:00.000Z'), 60, MOSCOW, 15);
    expect(meeting).toEqual({ start: at('2026-11-23T14:15:00+03:00'), end: at('2026-11-23T15:15:00+03:00') });
  });

  it("with a room, books from the start the server found on that room's own grid: 14:10–15:10 on a 10-minute grid", () => {
    const meeting = meetingIn(slot('2026-11-23T11:10:00.000Z', '2026-11-23T13:00:00.000Z', brief('r', 'Юг')), 60, MOSCOW, 15);
    expect(meeting).toEqual({ start: at('2026-11-23T14:10:00+03:00'), end: at('2026-11-23T15:10:00+03:00') });
  });

  it('opens the dialog on Monday 23 November 2026, 10:00–11:00 in Юг, with me organizing and Ivan and Olga attending', () => {
    const room = brief('00000000-0000-4000-8000-0000000000r1', 'Юг');
    const found = slot('2026-11-23T07:00:00.000Z', '2026-11-23T09:30:00.000Z', room);
    const start = bookingStart(meetingIn(found, 60, MOSCOW, 15), room.id, meetingPeople([ME, IVAN, OLGA], ME, false), MOSCOW);
    expect(start).toEqual({ roomId: room.id, day: '2026-11-23', start: '10:00', end: '11:00', organizerId: null, attendeeIds: [IVAN, OLGA] });
  });

  it('an hour from 01:30 CET on Sunday 29 March 2026 in Berlin ends at 03:30 CEST, and the dialog sends exactly that hour', () => {
    const meeting = meetingIn(slot('2026-03-29T00:30:00.000Z', '2026-03-29T03:00:00.000Z'), 60, BERLIN, 15);
    const start = bookingStart(meeting, 'room', { organizerId: null, attendeeIds: [] }, BERLIN);
    expect(start).toMatchObject({ day: '2026-03-29', start: '01:30', end: '03:30' });
    const sent = createInput({ ...emptyDraft(start), title: 'Night shift' }, BERLIN);
    expect([sent.start, sent.end]).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z']);
  });

  it('a meeting that ends at midnight ends at 24:00 on its own day', () => {
    const meeting = meetingIn(slot('2026-11-23T20:00:00.000Z', '2026-11-23T21:00:00.000Z'), 60, MOSCOW, 15);
    expect(bookingStart(meeting, 'room', { organizerId: null, attendeeIds: [] }, MOSCOW)).toMatchObject({ day: '2026-11-23', start: '23:00', end: '24:00' });
  });

  it('with me among the people, I organize and the others attend', () => {
    expect(meetingPeople([IVAN, ME, OLGA], ME, true)).toEqual({ organizerId: null, attendeeIds: [IVAN, OLGA] });
  });

  it('booking for others, the first person chosen organizes', () => {
    expect(meetingPeople([IVAN, OLGA], ME, true)).toEqual({ organizerId: IVAN, attendeeIds: [OLGA] });
  });

  it('someone who may not book for others organizes the meeting themselves', () => {
    expect(meetingPeople([IVAN, OLGA], ME, false)).toEqual({ organizerId: null, attendeeIds: [IVAN, OLGA] });
  });
});

describe('the room for a time found without one', () => {
  const room = (name: string, capacity: number, patch: Partial<Room> = {}): Room =>
    ({ ...brief(`id-${name}`, name), capacity, status: 'active', requiresApproval: false, allowedRoles: null, description: '', ...patch }) as Room;
  const rooms = [
    room('Стекло', 12, { amenities: ['video'] }),
    room('Юг', 6),
    room('Кабинет директора', 6, { allowedRoles: ['manager', 'admin'] }),
    room('Большой зал', 40, { requiresApproval: true, type: 'auditorium' }),
    room('Кабина', 2, { type: 'phone_booth' }),
    room('Север', 8, { status: 'maintenance' }),
  ];

  it('is the smallest active room the person may book that seats everyone', () => {
    expect(roomFor(rooms, { seats: 3, type: null, amenities: [] }, 'assistant')?.name).toBe('Юг');
    expect(roomFor(rooms, { seats: 3, type: null, amenities: [] }, 'manager')?.name).toBe('Кабинет директора');
  });

  it('has the type and amenities asked for', () => {
    expect(roomFor(rooms, { seats: 3, type: null, amenities: ['video'] }, 'assistant')?.name).toBe('Стекло');
    expect(roomFor(rooms, { seats: 2, type: 'phone_booth', amenities: [] }, 'assistant')?.name).toBe('Кабина');
  });

  it('takes a room that needs approval only when no other fits', () => {
    expect(roomFor(rooms, { seats: 20, type: null, amenities: [] }, 'assistant')?.name).toBe('Большой зал');
  });

  it('falls back to a room big enough, then to any bookable room, then to none', () => {
    expect(roomFor(rooms, { seats: 3, type: 'lab', amenities: [] }, 'assistant')?.name).toBe('Юг');
    expect(roomFor(rooms, { seats: 60, type: null, amenities: [] }, 'assistant')?.name).toBe('Кабина');
    expect(roomFor([], { seats: 3, type: null, amenities: [] }, 'assistant')).toBeNull();
  });

  it('of the rooms free at that time, takes the first booked at once, among the rooms of the office', () => {
    const free = [
      { room: { id: 'id-elsewhere' }, status: 'confirmed' as const },
      { room: { id: 'id-Большой зал' }, status: 'pending' as const },
      { room: { id: 'id-Стекло' }, status: 'confirmed' as const },
    ];
    expect(firstFreeRoom(free, rooms)).toBe('id-Стекло');
    expect(firstFreeRoom(free.slice(0, 2), rooms)).toBe('id-Большой зал');
    expect(firstFreeRoom([], rooms)).toBeNull();
  });
});

describe('asking more broadly', () => {
  it('offers the next shorter length, none below 15 minutes', () => {
    expect(shorterDuration(60)).toBe(45);
    expect(shorterDuration(90)).toBe(60);
    expect(shorterDuration(15)).toBeNull();
  });

  it('adds a week to the range, from today on, never past 62 days', () => {
    const now = at('2026-11-25T12:00:00+03:00');
    expect(widenRange({ fromDay: '2026-11-23', toDay: '2026-11-27' }, MOSCOW, now)).toEqual({ fromDay: '2026-11-25', toDay: '2026-12-04' });
    expect(widenRange({ fromDay: '2026-11-25', toDay: '2027-01-20' }, MOSCOW, now)).toEqual({ fromDay: '2026-11-25', toDay: '2027-01-25' });
  });

  it('says lengths in hours and minutes', () => {
    const t = (key: string, options?: Record<string, unknown>) => `${key.split('.').pop()}:${JSON.stringify(options)}`;
    expect(durationText(45, t)).toBe('minutes:{"minutes":45}');
    expect(durationText(60, t)).toBe('hours:{"hours":1}');
    expect(durationText(90, t)).toBe('hoursMinutes:{"hours":1,"minutes":30}');
  });
});
