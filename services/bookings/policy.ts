import type { Caller, Role } from '../../core/domain';
import { forbidden, unauthenticated } from '../../core/errors';
import {
  canActAtDoor,
  canBookFor,
  canChangeBooking,
  canSeeBookingDetails,
  isFacilityStaffFor,
  type BookingFacts,
} from '../access';
import type { Ctx } from '../context';

/**
 * Booking-specific use of the shared record rules (services/access.ts): who acts, for whom, and
 * what they may do to which booking. The engine judges a door tablet with an employee's limits.
 */
export interface Actor {
  caller: Caller;
  userId: string | null;
  deviceId: string | null;
  deviceRoomId: string | null;
  role: Role;
}

export function actorOf(ctx: Ctx): Actor {
  const caller = ctx.caller;
  if (!caller) throw unauthenticated();
  if (caller.kind === 'device') {
    return { caller, userId: null, deviceId: caller.deviceId, deviceRoomId: caller.roomId, role: 'employee' };
  }
  return { caller, userId: caller.userId, deviceId: null, deviceRoomId: null, role: caller.role };
}

export interface BookingRecord {
  roomId: string;
  organizerId: string;
  createdById: string;
  isPrivate: boolean;
}

export const factsOf = (b: BookingRecord, officeId: string, attendeeUserIds: readonly string[]): BookingFacts => ({
  roomId: b.roomId,
  officeId,
  organizerId: b.organizerId,
  createdById: b.createdById,
  isPrivate: Boolean(b.isPrivate),
  attendeeUserIds,
});

export const canSeeDetails = (actor: Actor | null, facts: BookingFacts): boolean =>
  canSeeBookingDetails(actor?.caller ?? null, facts);

/** Change, reschedule or cancel: the organizer, whoever made it for them, facility staff of the office. */
export function requireChange(actor: Actor, facts: BookingFacts, verb: string): void {
  if (!canChangeBooking(actor.caller, facts)) throw forbidden(`You may not ${verb} someone else's booking.`);
}

/** End or extend at the door: the room's tablet, or whoever may change the booking. */
export function requireDoor(actor: Actor, facts: BookingFacts, verb: string): void {
  if (!canActAtDoor(actor.caller, facts)) throw forbidden(`You may not ${verb} this booking.`);
}

/** Check in: as at the door, and any attendee. */
export function requireCheckIn(actor: Actor, facts: BookingFacts): void {
  const isAttendee = actor.userId !== null && facts.attendeeUserIds.includes(actor.userId);
  if (!isAttendee && !canActAtDoor(actor.caller, facts)) throw forbidden('You may not check in to this booking.');
}

/** Approvals and room blocks: facility managers of the office, and admins. */
export function requireStaff(actor: Actor, officeId: string, what: string): void {
  if (!isFacilityStaffFor(actor.caller, officeId)) throw forbidden(`Only facility staff of this office may ${what}.`);
}

export const isStaffOf = (actor: Actor, officeId: string): boolean => isFacilityStaffFor(actor.caller, officeId);

/** The organizer of a new booking: the caller, or someone else when the caller's role allows. */
export function organizerFor(actor: Actor, organizerId: string | undefined): string {
  if (actor.userId === null) {
    if (!organizerId) throw forbidden('A door tablet books for a person: name the organizer.');
    return organizerId;
  }
  const target = organizerId ?? actor.userId;
  if (!canBookFor(actor.caller, target)) throw forbidden('Your role may not book for someone else.');
  return target;
}
