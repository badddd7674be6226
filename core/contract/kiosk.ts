import { z } from 'zod';
import { ZBookingStatus, ZId, ZInstant, ZLocale } from '../domain';
import { ZRuleMessage } from './bookings';
import { method } from './define';
import { ZEmpty } from './common';
import { ZRoom } from './rooms';

/**
 * The door tablet's own view of its room, in one call: what a visitor needs to read from three
 * metres (the room, today's meetings, what may be booked now) and nothing about other rooms.
 * The tablet derives "free / busy until / starting soon / waiting for check-in" from these facts
 * and its ticking clock, so countdowns move without asking the server again.
 */

/** A meeting or a maintenance block on the door's timeline. Private meetings carry no details. */
export const ZKioskEntry = z.object({
  id: ZId,
  kind: z.enum(['booking', 'block']),
  /** Empty when `isPrivate`: the tablet shows "Busy". Blocks: the reason. */
  title: z.string(),
  isPrivate: z.boolean(),
  /** Null when private, for blocks, and for walk-ups made at a door. */
  organizerName: z.string().nullable(),
  /** Booked at a door tablet ("walk-up"). */
  isWalkUp: z.boolean(),
  start: z.string(),
  end: z.string(),
  status: ZBookingStatus,
  checkInAt: z.string().nullable(),
  /** The check-in window under the room's rules (null for blocks). */
  checkIn: z
    .object({ required: z.boolean(), opensAt: z.string(), closesAt: z.string(), releaseAt: z.string().nullable() })
    .nullable(),
});
export type KioskEntry = z.infer<typeof ZKioskEntry>;

export const ZWalkUpOfferView = z.object({
  minutes: z.number().int(),
  end: z.string(),
  /** Cut short by the next meeting or closing time: the end is fixed, not "now + minutes". */
  isCut: z.boolean(),
});
export type WalkUpOfferView = z.infer<typeof ZWalkUpOfferView>;

export const ZKioskStatus = z.object({
  /** The server's clock when it answered: the tablet keeps its countdowns on this time. */
  now: z.string(),
  device: z.object({ id: ZId, name: z.string() }),
  room: ZRoom,
  office: z.object({ id: ZId, name: z.string(), timeZone: z.string() }),
  /** The language most people of the office use; the tablet returns to it when idle. */
  defaultLocale: ZLocale,
  /** The local day's bounds and its working hours (empty when closed all day), for the timeline. */
  day: z.object({
    start: z.string(),
    end: z.string(),
    open: z.array(z.object({ start: z.string(), end: z.string() })),
  }),
  /** Today's occupying meetings and blocks (and those already over today), by start. */
  entries: z.array(ZKioskEntry),
  /** "Book now" choices the engine accepts, each ending before the next meeting and closing time. */
  walkUp: z.object({
    freeUntil: z.string().nullable(),
    offers: z.array(ZWalkUpOfferView),
    /** Why nothing can be booked now (closed, maintenance, occupied), when no offer is left. */
    blockedBy: ZRuleMessage.nullable(),
  }),
  /** Extending the running meeting by one step of the grid, when the engine allows it. */
  extend: z.object({ bookingId: ZId, end: z.string(), minutes: z.number().int() }).nullable(),
  rules: z.object({ stepMin: z.number().int(), checkInRequired: z.boolean(), releaseAfterMin: z.number().int() }),
});
export type KioskStatus = z.infer<typeof ZKioskStatus>;

export const ZKioskBookNowInput = z
  .object({
    /** How long, from now. */
    minutes: z.number().int().min(5).max(240),
    /** A cut offer's fixed end (the next meeting or closing time), instead of now + minutes. */
    end: ZInstant.optional(),
    title: z.string().trim().min(1).max(200),
    /** Another room of the same office that the engine offered instead; default: the tablet's room. */
    roomId: ZId.optional(),
  })
  .strict();
export type KioskBookNowInput = z.input<typeof ZKioskBookNowInput>;

export const ZKioskBookNowOutput = z.object({
  entry: ZKioskEntry,
  room: z.object({ id: ZId, name: z.string(), floor: z.number().int().nullable() }),
});

export const kioskContract = {
  'kiosk.status': method({
    summary: "The door tablet's room: today's meetings, what may be booked now, and whether the meeting may be extended.",
    input: ZEmpty,
    output: ZKioskStatus,
    access: [],
    devices: true,
  }),
  'kiosk.bookNow': method({
    summary:
      'A walk-up booking at the door, starting now, checked in at once; in the tablet\'s room or in another room of the office the engine offered.',
    input: ZKioskBookNowInput,
    output: ZKioskBookNowOutput,
    access: [],
    devices: true,
  }),
};
