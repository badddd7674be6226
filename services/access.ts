import type { Transaction } from 'sequelize';
import { ROLES, type Caller, type Role } from '../core/domain';
import { forbidden, notFound } from '../core/errors';
import type { Room } from '../db';
import type { Ctx } from './context';

/**
 * Record rules: who may see or change which records. The permission table decides whether a role
 * may call a method at all; these decide, inside the handler, which rows it may touch. Pure
 * functions of the caller and the record, so the bookings and schedule handlers share them.
 */

type UserLike = Extract<Caller, { kind: 'user' }>;

export const isAdmin = (caller: Caller | null): boolean => caller?.kind === 'user' && caller.role === 'admin';

/** An office-scoped person (no office means every office) acts only within their office. */
const sameOffice = (caller: UserLike, officeId: string | null) =>
  caller.officeId === null || (officeId !== null && caller.officeId === officeId);

/**
 * Office scope of a permitted action: admins act in every office, everyone else only in their own
 * (no office: every office). Whether the role may do the action at all is the permission table's
 * business; this only keeps it to the right office.
 */
export function actsInOffice(caller: Caller | null, officeId: string | null): boolean {
  if (caller?.kind !== 'user') return false;
  return caller.role === 'admin' || sameOffice(caller, officeId);
}

/** Admins everywhere; facility managers in their own office. */
export function isFacilityStaffFor(caller: Caller | null, officeId: string | null): boolean {
  if (caller?.kind !== 'user') return false;
  if (caller.role === 'admin') return true;
  return caller.role === 'facility_manager' && sameOffice(caller, officeId);
}

// ------------------------------------------------------------------------------------------ rooms

/** A room restricted to some roles is not offered to others; facility staff see every room. */
export function canSeeRoom(caller: Caller | null, room: { id: string; allowedRoles: readonly Role[] | null }): boolean {
  if (caller?.kind === 'device') return caller.roomId === room.id;
  if (!room.allowedRoles || !caller) return true;
  return caller.role === 'admin' || caller.role === 'facility_manager' || room.allowedRoles.includes(caller.role);
}

/** Rooms (and their door tablets) are managed within one's office; the table says which roles manage. */
export const canManageRoom = (caller: Caller | null, room: { officeId: string }) => actsInOffice(caller, room.officeId);

/** A door tablet acts only on its own room: FORBIDDEN for any other. */
export function refuseOtherDeviceRoom(caller: Caller | null, roomId: string): void {
  if (caller?.kind === 'device' && caller.roomId !== roomId) throw forbidden('This door tablet belongs to another room.');
}

/**
 * Loads a room the caller may act on, or refuses: a door tablet only its own room (FORBIDDEN for
 * any other), a person only rooms offered to their role (NOT_FOUND for the others, as if absent).
 * Every handler that takes a room id calls this first.
 */
export async function requireRoomAccess(ctx: Ctx, roomId: string, transaction?: Transaction): Promise<Room> {
  const caller = ctx.caller;
  refuseOtherDeviceRoom(caller, roomId);
  const room = await ctx.store.db.models.Room.findByPk(roomId, { transaction });
  if (!room || !canSeeRoom(caller, room)) throw notFound('Room', roomId);
  return room;
}

// --------------------------------------------------------------------------------------- bookings

/** The facts about a booking the record rules need. */
export interface BookingFacts {
  roomId: string;
  /** The office of the booking's room. */
  officeId: string;
  organizerId: string;
  createdById: string;
  isPrivate: boolean;
  attendeeUserIds: readonly string[];
}

const isInvolved = (caller: UserLike, b: BookingFacts) =>
  caller.userId === b.organizerId || caller.userId === b.createdById || b.attendeeUserIds.includes(caller.userId);

/**
 * Whether the caller sees a booking's title, description and people, or only "Busy". Private
 * bookings show details only to the people in them and to facility staff of the office; a door
 * tablet sees its own room's public bookings.
 */
export function canSeeBookingDetails(caller: Caller | null, b: BookingFacts): boolean {
  if (!caller) return false;
  if (caller.kind === 'device') return caller.roomId === b.roomId && !b.isPrivate;
  if (isInvolved(caller, b) || isFacilityStaffFor(caller, b.officeId)) return true;
  return !b.isPrivate;
}

/** Organizer, creator (an assistant who booked for someone) and facility staff of the office. */
export function canChangeBooking(caller: Caller | null, b: BookingFacts): boolean {
  if (caller?.kind !== 'user') return false;
  return caller.userId === b.organizerId || caller.userId === b.createdById || isFacilityStaffFor(caller, b.officeId);
}

export const canCancelBooking = canChangeBooking;

/** Walk-up actions at the door (check in, end, extend): the tablet of that room, or whoever may change it. */
export function canActAtDoor(caller: Caller | null, b: BookingFacts): boolean {
  if (caller?.kind === 'device') return caller.roomId === b.roomId;
  return canChangeBooking(caller, b);
}

/** Booking for someone else: assistants, facility staff and admins. */
export function canBookFor(caller: Caller | null, organizerId: string): boolean {
  if (caller?.kind !== 'user') return false;
  return caller.userId === organizerId || ['assistant', 'facility_manager', 'admin'].includes(caller.role);
}

/** Another person's schedule: in full for oneself, admins, and staff or assistants of their office. */
export function scheduleVisibility(caller: Caller | null, person: { id: string; officeId: string | null }): 'full' | 'freeBusy' {
  if (caller?.kind !== 'user') return 'freeBusy';
  if (caller.userId === person.id || caller.role === 'admin') return 'full';
  const officeScoped = caller.role === 'facility_manager' || caller.role === 'assistant';
  return officeScoped && sameOffice(caller, person.officeId) ? 'full' : 'freeBusy';
}

// ------------------------------------------------------------------------------------------ users

/** Roles a facility manager may hand out; admins may hand out every role. */
const FACILITY_ASSIGNABLE: readonly Role[] = ['employee', 'manager', 'assistant', 'moderator'];

export function assignableRoles(caller: Caller | null): readonly Role[] {
  if (isAdmin(caller)) return ROLES;
  return caller?.kind === 'user' && caller.role === 'facility_manager' ? FACILITY_ASSIGNABLE : [];
}

/**
 * Whether the caller may put someone in this role and office: admins anywhere with any role,
 * facility managers only non-staff roles and only in their own office.
 */
export function assertMayPlace(caller: UserLike, role: Role, officeId: string | null | undefined): void {
  if (!assignableRoles(caller).includes(role)) throw forbidden(`You cannot give people the role ${role}.`);
  if (caller.role !== 'admin' && caller.officeId !== null && officeId !== undefined && officeId !== caller.officeId) {
    throw forbidden('You can only place people in your own office.');
  }
}

/** Admins manage everyone; facility managers the non-staff people of their own office. */
export function canManageUser(caller: Caller | null, target: { id: string; role: Role; officeId: string | null }): boolean {
  if (caller?.kind !== 'user') return false;
  if (caller.role === 'admin') return true;
  if (caller.role !== 'facility_manager') return false;
  return FACILITY_ASSIGNABLE.includes(target.role) && sameOffice(caller, target.officeId);
}

/** Whom a caller may see in the people list. */
export function canSeeUser(caller: Caller | null, target: { id: string; officeId: string | null }): boolean {
  if (caller?.kind !== 'user') return false;
  if (caller.userId === target.id || caller.role === 'admin') return true;
  return sameOffice(caller, target.officeId);
}

/** Moving oneself to another office changes what office-scoped roles may touch: only an admin does that. */
export const mayChangeOwnOffice = (role: Role) => !['assistant', 'facility_manager'].includes(role);
