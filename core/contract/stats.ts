import { z } from 'zod';
import { ZId, ZInstant } from '../domain';
import { method, STAFF } from './define';

/**
 * Statistics over [from, to). A booking counts when it overlaps the range and is pending,
 * confirmed, released or completed (cancelled, rejected and expired ones never count); its
 * minutes are clipped to the range. Rankings break ties by name, then id.
 */
export const COUNTED_STATUSES = ['pending', 'confirmed', 'released', 'completed'] as const;
/** The longest range statistics cover at once. */
export const STATS_MAX_DAYS = 400;

export const ZStatsUserInput = z
  .object({
    userId: ZId,
    from: ZInstant,
    to: ZInstant,
    limit: z.number().int().min(1).max(100).default(10),
  })
  .strict();

const ZRoomCount = z.object({
  roomId: ZId,
  name: z.string(),
  officeId: ZId,
  bookings: z.number().int(),
  minutes: z.number(),
});

export const ZStatsUser = z.object({
  userId: ZId,
  from: z.string(),
  to: z.string(),
  /** Rooms of the meetings they organize or attend, most bookings first. */
  rooms: z.array(ZRoomCount),
  /** The people they share most meetings with (as organizer or attendee), most first. */
  people: z.array(z.object({ userId: ZId, name: z.string(), meetings: z.number().int(), minutes: z.number() })),
});
export type StatsUser = z.infer<typeof ZStatsUser>;

export const ZStatsGlobalInput = z.object({ from: ZInstant, to: ZInstant, officeId: ZId.optional() }).strict();

export const ZRoomUsage = z.object({
  roomId: ZId,
  name: z.string(),
  officeId: ZId,
  capacity: z.number().int(),
  bookings: z.number().int(),
  bookedMinutes: z.number(),
  /** Working minutes of the room in the range (its rules' hours, holidays excluded). */
  workingMinutes: z.number(),
  /** Booked minutes over working minutes; null when the room had no working time. */
  utilization: z.number().nullable(),
  /** Released for no check-in. */
  released: z.number().int(),
  /** Checked in or completed. */
  attended: z.number().int(),
  /** released / (released + attended); null when neither happened. */
  noShowRate: z.number().nullable(),
  /** Organizer, attendees and guests per booking. */
  averageAttendees: z.number().nullable(),
  /** Average attendees over capacity. */
  averageFill: z.number().nullable(),
});
export type RoomUsage = z.infer<typeof ZRoomUsage>;

export const ZStatsGlobal = z.object({
  from: z.string(),
  to: z.string(),
  officeId: ZId.nullable(),
  /** The five busiest hours of the day in each office's local time, by booked minutes within the hour. */
  busiestHours: z.array(z.object({ hour: z.number().int().min(0).max(23), minutes: z.number() })),
  /** The ten people who organize most bookings. */
  topOrganizers: z.array(z.object({ userId: ZId, name: z.string(), bookings: z.number().int(), minutes: z.number() })),
  /** The ten most booked rooms. */
  topRooms: z.array(ZRoomCount),
  /** Every room (retired ones only if they were booked), by office and name. */
  rooms: z.array(ZRoomUsage),
});
export type StatsGlobal = z.infer<typeof ZStatsGlobal>;

export const statsContract = {
  'stats.user': method({
    summary: 'The rooms a person uses most and the people they meet most (themselves, or staff of their office).',
    input: ZStatsUserInput,
    output: ZStatsUser,
    access: 'signedIn',
  }),
  'stats.global': method({
    summary: 'Busiest hours, top organizers and rooms, and per room utilization, no-shows and attendance.',
    input: ZStatsGlobalInput,
    output: ZStatsGlobal,
    access: STAFF,
  }),
};
