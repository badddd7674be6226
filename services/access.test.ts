import { describe, expect, it } from 'vitest';
import type { Caller, Role } from '../core/domain';
import {
  actsInOffice,
  assignableRoles,
  canActAtDoor,
  canBookFor,
  canCancelBooking,
  canManageUser,
  canSeeBookingDetails,
  canSeeRoom,
  scheduleVisibility,
  type BookingFacts,
} from './access';

/** Record rules as plain cases: who may see and change whose records. */
const BERLIN = 'office-berlin';
const MOSCOW = 'office-moscow';
const user = (userId: string, role: Role, officeId: string | null = BERLIN): Caller => ({ kind: 'user', userId, role, officeId });
const tablet = (roomId: string): Caller => ({ kind: 'device', deviceId: 'd1', roomId });

const ann = user('ann', 'employee');
const privateInMoscow: BookingFacts = {
  roomId: 'room-moscow', officeId: MOSCOW, organizerId: 'olga', createdById: 'olga', isPrivate: true, attendeeUserIds: ['petr'],
};
const publicInBerlin: BookingFacts = {
  roomId: 'room-berlin', officeId: BERLIN, organizerId: 'bob', createdById: 'asya', isPrivate: false, attendeeUserIds: [],
};

describe('who sees a booking\'s title and people (canSeeBookingDetails)', () => {
  const cases: Array<[string, Caller | null, BookingFacts, boolean]> = [
    ['an employee of another office: a private booking shows as busy', ann, privateInMoscow, false],
    ['the organizer', user('olga', 'employee', MOSCOW), privateInMoscow, true],
    ['an attendee', user('petr', 'employee', BERLIN), privateInMoscow, true],
    ['a facility manager of that office', user('fm', 'facility_manager', MOSCOW), privateInMoscow, true],
    ['a facility manager of another office', user('fm', 'facility_manager', BERLIN), privateInMoscow, false],
    ['a manager of the same office who is not in it', user('max', 'manager', MOSCOW), privateInMoscow, false],
    ['an admin', user('root', 'admin', null), privateInMoscow, true],
    ['the tablet at the door, for a private booking', tablet('room-moscow'), privateInMoscow, false],
    ['anyone signed in, for a public booking', ann, publicInBerlin, true],
    ['the tablet of that room, for a public booking', tablet('room-berlin'), publicInBerlin, true],
    ['a tablet of another room', tablet('room-moscow'), publicInBerlin, false],
    ['nobody signed in', null, publicInBerlin, false],
  ];
  for (const [name, caller, booking, expected] of cases) {
    it(`${expected ? 'shows' : 'hides'} details to ${name}`, () => expect(canSeeBookingDetails(caller, booking)).toBe(expected));
  }
});

describe('who may cancel or change a booking (canCancelBooking)', () => {
  const cases: Array<[string, Caller | null, boolean]> = [
    ['an employee cancelling someone else\'s booking', ann, false],
    ['the organizer', user('bob', 'employee'), true],
    ['the assistant who booked it for the organizer', user('asya', 'assistant'), true],
    ['another assistant', user('vera', 'assistant'), false],
    ['a facility manager of the office', user('fm', 'facility_manager', BERLIN), true],
    ['a facility manager of another office', user('fm', 'facility_manager', MOSCOW), false],
    ['an admin', user('root', 'admin', MOSCOW), true],
    ['the door tablet of that room', tablet('room-berlin'), false],
  ];
  for (const [name, caller, expected] of cases) {
    it(`${expected ? 'lets' : 'refuses'} ${name}`, () => expect(canCancelBooking(caller, publicInBerlin)).toBe(expected));
  }

  it('lets the door tablet of the room check in, end and extend, and no other tablet', () => {
    expect(canActAtDoor(tablet('room-berlin'), publicInBerlin)).toBe(true);
    expect(canActAtDoor(tablet('room-moscow'), publicInBerlin)).toBe(false);
    expect(canActAtDoor(ann, publicInBerlin)).toBe(false);
  });
});

describe('other record rules', () => {
  it('offers a restricted room only to its roles and to facility staff; a tablet sees only its room', () => {
    const lab = { id: 'lab', allowedRoles: ['manager'] as Role[] };
    expect(canSeeRoom(ann, lab)).toBe(false);
    expect(canSeeRoom(user('max', 'manager'), lab)).toBe(true);
    expect(canSeeRoom(user('fm', 'facility_manager'), lab)).toBe(true);
    expect(canSeeRoom(tablet('lab'), lab)).toBe(true);
    expect(canSeeRoom(tablet('hall'), { id: 'hall', allowedRoles: null })).toBe(true);
    expect(canSeeRoom(tablet('lab'), { id: 'hall', allowedRoles: null })).toBe(false);
  });

  it('limits other people\'s schedules to free/busy unless the role allows more', () => {
    const bob = { id: 'bob', officeId: BERLIN };
    expect(scheduleVisibility(ann, bob)).toBe('freeBusy');
    expect(scheduleVisibility(user('bob', 'employee'), bob)).toBe('full');
    expect(scheduleVisibility(user('asya', 'assistant', BERLIN), bob)).toBe('full');
    expect(scheduleVisibility(user('asya', 'assistant', MOSCOW), bob)).toBe('freeBusy');
    expect(scheduleVisibility(user('root', 'admin', MOSCOW), bob)).toBe('full');
    expect(scheduleVisibility(tablet('room-berlin'), bob)).toBe('freeBusy');
  });

  it('lets only assistants and staff book for someone else', () => {
    expect(canBookFor(ann, 'ann')).toBe(true);
    expect(canBookFor(ann, 'bob')).toBe(false);
    expect(canBookFor(user('asya', 'assistant'), 'bob')).toBe(true);
    expect(canBookFor(tablet('room-berlin'), 'bob')).toBe(false);
  });

  it('lets facility managers manage and promote only non-staff people of their office', () => {
    const fm = user('fm', 'facility_manager', BERLIN);
    expect(canManageUser(fm, { id: 'bob', role: 'employee', officeId: BERLIN })).toBe(true);
    expect(canManageUser(fm, { id: 'olga', role: 'employee', officeId: MOSCOW })).toBe(false);
    expect(canManageUser(fm, { id: 'root', role: 'admin', officeId: BERLIN })).toBe(false);
    expect(canManageUser(ann, { id: 'bob', role: 'employee', officeId: BERLIN })).toBe(false);
    expect(assignableRoles(fm)).not.toContain('admin');
    expect(assignableRoles(user('root', 'admin'))).toContain('admin');
    expect(assignableRoles(ann)).toEqual([]);
  });

  it('keeps an office-scoped person to their office, and admins act everywhere', () => {
    expect(actsInOffice(user('fm', 'facility_manager', BERLIN), MOSCOW)).toBe(false);
    expect(actsInOffice(user('fm', 'facility_manager', null), MOSCOW)).toBe(true);
    expect(actsInOffice(user('root', 'admin', BERLIN), MOSCOW)).toBe(true);
    expect(actsInOffice(tablet('x'), BERLIN)).toBe(false);
  });
});
