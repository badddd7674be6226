import { describe, expect, it } from 'vitest';
import type { BookingView } from '../../../../core/contract';
import { actionsFor, extendOptions } from './bookingActions';

const ME = '00000000-0000-4000-8000-000000000001';
const SOMEONE = '00000000-0000-4000-8000-000000000002';
const STAFF = '00000000-0000-4000-8000-000000000003';
const STRANGER = '00000000-0000-4000-8000-000000000004';
const START = Date.parse('2026-11-23T10:00:00.000Z');
const MIN = 60_000;
const RULE = { required: true, opensBeforeMin: 5, releaseAfterMin: 10 };

const booking = (patch: Partial<BookingView> = {}): BookingView =>
  ({
    id: '00000000-0000-4000-8000-0000000000aa',
    roomId: '00000000-0000-4000-8000-0000000000cc',
    organizerId: ME,
    createdById: ME,
    start: new Date(START).toISOString(),
    end: new Date(START + 60 * MIN).toISOString(),
    status: 'confirmed',
    attendeeIds: [],
    isMasked: false,
    checkInAt: null,
    holdExpiresAt: null,
    ...patch,
  }) as BookingView;

const me = { userId: ME, isStaff: false };
const staff = { userId: STAFF, isStaff: true };
const stranger = { userId: STRANGER, isStaff: false };

describe('what the console offers on a booking', () => {
  it('lets the organizer reschedule or cancel before it starts', () => {
    expect(actionsFor(booking(), me, RULE, START - 60 * MIN)).toEqual(['reschedule', 'cancel']);
  });

  it('opens check-in five minutes before the start, for the organizer and attendees, until the release', () => {
    expect(actionsFor(booking(), me, RULE, START - 5 * MIN)).toEqual(['checkIn', 'reschedule', 'cancel']);
    expect(actionsFor(booking({ organizerId: SOMEONE, createdById: SOMEONE, attendeeIds: [ME] }), me, RULE, START + MIN)).toEqual(['checkIn']);
    expect(actionsFor(booking(), me, RULE, START + 10 * MIN)).toEqual(['extend', 'end']);
  });

  it('offers extend and end while it runs, and nothing once it is over', () => {
    expect(actionsFor(booking({ checkInAt: new Date(START).toISOString() }), me, RULE, START + 20 * MIN)).toEqual(['extend', 'end']);
    expect(actionsFor(booking(), me, RULE, START + 61 * MIN)).toEqual([]);
  });

  it('gives facility staff approve and reject on a pending booking while its hold lasts', () => {
    const pending = booking({ status: 'pending', organizerId: SOMEONE, createdById: SOMEONE, holdExpiresAt: new Date(START - 30 * MIN).toISOString() });
    expect(actionsFor(pending, staff, RULE, START - 60 * MIN)).toEqual(['approve', 'reject', 'reschedule', 'cancel']);
    expect(actionsFor(pending, staff, RULE, START - 20 * MIN)).toEqual(['reschedule', 'cancel']);
    expect(actionsFor(pending, stranger, RULE, START - 60 * MIN)).toEqual([]);
  });

  it('offers nothing on someone else’s booking, or a private one seen as Busy', () => {
    expect(actionsFor(booking({ organizerId: SOMEONE, createdById: SOMEONE }), stranger, RULE, START - 60 * MIN)).toEqual([]);
    expect(actionsFor(booking({ isMasked: true }), staff, RULE, START - 60 * MIN)).toEqual([]);
  });

  it('lets an assistant change the bookings they made for others', () => {
    expect(actionsFor(booking({ organizerId: SOMEONE }), me, RULE, START - 60 * MIN)).toEqual(['reschedule', 'cancel']);
  });

  it('extends by one step, two steps or an hour', () => {
    expect(extendOptions(booking(), 15).map((e) => e.slice(11, 16))).toEqual(['11:15', '11:30', '12:00']);
    expect(extendOptions(booking(), 30).map((e) => e.slice(11, 16))).toEqual(['11:30', '12:00']);
  });
});
