import { z } from 'zod';
import { ZAmenity, ZId, ZInstant, ZRoomType } from '../domain';
import { ZRuleMessage } from './bookings';
import { method } from './define';

/**
 * Finding rooms and times. Rooms are judged by the booking rule engine exactly as a booking by
 * the caller would be (buffers, working hours, holidays, blocks, grid, notice, horizon, the
 * caller's role and the room's access); only the caller's own count of active bookings is left
 * out, since the question is where, not whether they may book more.
 */

/** A room as the finders list it. */
export const ZRoomBrief = z.object({
  id: ZId,
  officeId: ZId,
  name: z.string(),
  type: ZRoomType,
  capacity: z.number().int(),
  floor: z.number().int().nullable(),
  building: z.string().nullable(),
  amenities: z.array(z.string()),
});
export type RoomBrief = z.infer<typeof ZRoomBrief>;

export const ZRoomsAvailabilityInput = z
  .object({
    start: ZInstant,
    end: ZInstant,
    /** Seats needed (the organizer included); defaults to 1. */
    capacity: z.number().int().min(1).max(10000).optional(),
    /** Every one must be in the room. */
    amenities: z.array(ZAmenity).max(20).optional(),
    type: ZRoomType.optional(),
    officeId: ZId.optional(),
    /** Also list the other rooms (of the type and office asked for) with every reason they do not fit. */
    includeNearMisses: z.boolean().optional(),
  })
  .strict();
export type RoomsAvailabilityInput = z.input<typeof ZRoomsAvailabilityInput>;

/** A room that is free: the status a booking would get, and why it fits (`fits.<code>` keys). */
export const ZRoomFit = z.object({
  room: ZRoomBrief,
  status: z.enum(['confirmed', 'pending']),
  reasons: z.array(ZRuleMessage),
});

/** A room that is not: every rule it breaks (`rules.<code>`), and `missingAmenities`. */
export const ZNearMiss = z.object({ room: ZRoomBrief, reasons: z.array(ZRuleMessage) });

export const ZRoomsAvailability = z.object({
  /** Smallest room first, then by name. */
  rooms: z.array(ZRoomFit),
  /** Fewest reasons first, then by name; empty unless asked for. */
  nearMisses: z.array(ZNearMiss),
});
export type RoomsAvailability = z.infer<typeof ZRoomsAvailability>;

/** The longest span `availability.common` searches at once. */
export const COMMON_MAX_DAYS = 62;

export const ZCommonAvailabilityInput = z
  .object({
    userIds: z.array(ZId).min(1).max(100),
    from: ZInstant,
    to: ZInstant,
    durationMin: z.number().int().min(5).max(1440),
    /** Only times when one room fits everyone (seats, and the filters below), with that room. */
    needRoom: z.boolean().optional(),
    amenities: z.array(ZAmenity).max(20).optional(),
    type: ZRoomType.optional(),
    officeId: ZId.optional(),
  })
  .strict();
export type CommonAvailabilityInput = z.input<typeof ZCommonAvailabilityInput>;

/**
 * A time everyone is free. Without a room: a longest free stretch, within every person's working
 * hours. With a room: a stretch in which every start on the room's grid, for `durationMin`, is
 * accepted in that room (`end` is the last such start plus the duration).
 */
export const ZCommonSlot = z.object({ start: z.string(), end: z.string(), room: ZRoomBrief.nullable() });
export type CommonSlot = z.infer<typeof ZCommonSlot>;

export const ZCommonAvailability = z.object({ slots: z.array(ZCommonSlot) });

export const availabilityContract = {
  'availability.rooms': method({
    summary: 'Rooms free for the whole interval under the rules, each with why it fits; optionally the near misses and why not.',
    input: ZRoomsAvailabilityInput,
    output: ZRoomsAvailability,
    access: 'signedIn',
  }),
  'availability.common': method({
    summary: 'Times from now on when every given person is free within working hours, at least the given length; optionally with a room for all.',
    input: ZCommonAvailabilityInput,
    output: ZCommonAvailability,
    access: 'signedIn',
  }),
};
