import { describe, expect, it } from 'vitest';
import type { BookingView } from '../../../../core/contract';
import { addMinutes, createInput, draftOf, draftProblems, emptyDraft, gridTimes, rruleOf, seriesInput, updateInput } from './bookingDraft';

const MOSCOW = 'Europe/Moscow';
const ROOM = '00000000-0000-4000-8000-000000000001';
const OTHER_ROOM = '00000000-0000-4000-8000-000000000002';

const draft = (patch = {}) => ({ ...emptyDraft({ roomId: ROOM, day: '2026-11-23', start: '10:30', end: '11:00' }), title: 'Budget review', ...patch });

const booking: BookingView = {
  id: '00000000-0000-4000-8000-0000000000aa',
  roomId: ROOM,
  organizerId: '00000000-0000-4000-8000-0000000000bb',
  createdById: '00000000-0000-4000-8000-0000000000bb',
  title: 'Budget review',
  description: '',
  start: '2026-11-23T07:30:00.000Z',
  end: '2026-11-23T08:00:00.000Z',
  status: 'confirmed',
  attendeeIds: [],
  attendeeEmails: ['guest@partner.example'],
  seriesId: null,
  recurrenceStart: null,
  isPrivate: false,
  isMasked: false,
  checkInAt: null,
  holdExpiresAt: null,
  source: 'console',
  ruleVersionId: null,
  cancelReason: null,
  bufferBeforeMin: 10,
  bufferAfterMin: 10,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

describe('a booking draft', () => {
  it('sends the wall-clock times of the office as UTC instants', () => {
    expect(createInput(draft(), MOSCOW)).toEqual({
      roomId: ROOM,
      start: '2026-11-23T07:30:00.000Z',
      end: '2026-11-23T08:00:00.000Z',
      title: 'Budget review',
      isPrivate: false,
      source: 'console',
    });
  });

  it('sends attendees, an organizer and an override only when there are any', () => {
    const input = createInput(draft({ organizerId: OTHER_ROOM, attendeeEmails: [' guest@partner.example '], isOverride: true, overrideReason: ' Board meeting ' }), MOSCOW);
    expect(input).toMatchObject({ organizerId: OTHER_ROOM, attendeeEmails: ['guest@partner.example'], override: { reason: 'Board meeting' } });
    expect(input).not.toHaveProperty('attendeeIds');
  });

  it('can open with who the meeting is for, and sends them', () => {
    const PERSON = '00000000-0000-4000-8000-0000000000cc';
    const opened = emptyDraft({ roomId: ROOM, day: '2026-11-23', start: '10:30', end: '11:30', organizerId: OTHER_ROOM, attendeeIds: [PERSON] });
    expect(opened).toMatchObject({ organizerId: OTHER_ROOM, attendeeIds: [PERSON], attendeeEmails: [], title: '' });
    expect(createInput({ ...opened, title: 'Planning' }, MOSCOW)).toMatchObject({ organizerId: OTHER_ROOM, attendeeIds: [PERSON], end: '2026-11-23T08:30:00.000Z' });
    expect(emptyDraft({ roomId: ROOM, day: '2026-11-23', start: '10:30', end: '11:30' })).toMatchObject({ organizerId: null, attendeeIds: [] });
  });

  it('names what is missing before anything is sent', () => {
    expect(draftProblems(draft(), MOSCOW)).toEqual([]);
    expect(draftProblems(draft({ title: ' ', end: '10:30', isOverride: true, attendeeEmails: ['not-an-address'] }), MOSCOW)).toEqual(['title', 'time', 'overrideReason', 'email']);
  });

  it('reads an existing booking back on the office clock', () => {
    expect(draftOf(booking, MOSCOW)).toMatchObject({ roomId: ROOM, day: '2026-11-23', start: '10:30', end: '11:00', attendeeEmails: ['guest@partner.example'] });
  });

  it('sends only what changed when rescheduling', () => {
    const moved = { ...draftOf(booking, MOSCOW), roomId: OTHER_ROOM, start: '12:00', end: '12:30' };
    expect(updateInput(moved, booking, MOSCOW)).toEqual({ id: booking.id, roomId: OTHER_ROOM, start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z' });
    expect(updateInput(draftOf(booking, MOSCOW), booking, MOSCOW)).toEqual({ id: booking.id });
  });
});

describe('repeats', () => {
  it('are RRULEs with a count, weekly on the weekday of the first meeting', () => {
    expect(rruleOf('none', 4, '2026-11-23')).toBeNull();
    expect(rruleOf('daily', 5, '2026-11-23')).toBe('FREQ=DAILY;COUNT=5');
    expect(rruleOf('weekdays', 10, '2026-11-23')).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10');
    expect(rruleOf('weekly', 4, '2026-11-25')).toBe('FREQ=WEEKLY;BYDAY=WE;COUNT=4');
  });

  it('keep the count between 2 and 52', () => {
    expect(rruleOf('daily', 1, '2026-11-23')).toBe('FREQ=DAILY;COUNT=2');
    expect(rruleOf('daily', 500, '2026-11-23')).toBe('FREQ=DAILY;COUNT=52');
  });

  it('become a series request without an override', () => {
    const input = seriesInput(draft({ repeat: 'weekly', repeatCount: 3, isOverride: true, overrideReason: 'x' }), MOSCOW, true);
    expect(input).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3', skipConflicts: true });
    expect(input).not.toHaveProperty('override');
  });
});

describe('grid times', () => {
  it('step from the first grid time at or after the opening to the closing', () => {
    expect(gridTimes('09:10', '10:00', 15)).toEqual(['09:15', '09:30', '09:45', '10:00']);
    expect(gridTimes('23:00', '24:00', 30)).toEqual(['23:00', '23:30', '24:00']);
  });

  it('add minutes up to midnight', () => {
    expect(addMinutes('10:45', 30)).toBe('11:15');
    expect(addMinutes('23:45', 30)).toBe('24:00');
  });
});
