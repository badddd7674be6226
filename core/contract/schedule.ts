import { z } from 'zod';
import { ZDay, ZId, ZInstant } from '../domain';
import { ZBlock } from './blocks';
import { ZBooking } from './bookings';
import { method } from './define';

/**
 * Schedules: who has a room now, and a whole day of a room or a person in the office's time zone
 * (a daylight-saving day lasts 23 or 25 hours). Private bookings reach people outside them as
 * "Busy"; another person's day shows only busy times unless the caller's role allows more.
 */

export const ZScheduleAtInput = z.object({ roomId: ZId, at: ZInstant }).strict();

export const ZPersonBrief = z.object({ id: ZId, name: z.string() });

export const ZRoomAt = z.object({
  roomId: ZId,
  at: z.string(),
  state: z.enum(['free', 'busy', 'blocked']),
  /** The booking holding the room at that instant (pending, confirmed or completed). */
  booking: ZBooking.nullable(),
  block: ZBlock.nullable(),
  /** Who has it; null when free or when the booking is private to the caller. */
  organizer: ZPersonBrief.nullable(),
  /** When the booking or block ends. */
  until: z.string().nullable(),
});
export type RoomAt = z.infer<typeof ZRoomAt>;

export const ZScheduleRoomInput = z
  .object({
    roomId: ZId,
    date: ZDay,
    /** Also cancelled, rejected and expired bookings. */
    includeCancelled: z.boolean().optional(),
  })
  .strict();

export const ZSpan = z.object({ start: z.string(), end: z.string() });

const dayFields = {
  date: z.string(),
  timeZone: z.string(),
  /** The day's first instant and the next day's first instant. */
  start: z.string(),
  end: z.string(),
  /** Working hours that day (empty on a holiday or a closed day). */
  hours: z.array(ZSpan),
};

export const ZRoomDay = z.object({
  roomId: ZId,
  ...dayFields,
  bookings: z.array(ZBooking),
  blocks: z.array(ZBlock),
});
export type RoomDay = z.infer<typeof ZRoomDay>;

export const ZScheduleUserInput = z.object({ userId: ZId, date: ZDay }).strict();

export const ZBusySpan = ZSpan.extend({ kind: z.enum(['booking', 'block']) });

export const ZUserDay = z.object({
  userId: ZId,
  ...dayFields,
  /** `freeBusy`: only `busy` is filled; `full`: bookings and blocks too. */
  visibility: z.enum(['full', 'freeBusy']),
  bookings: z.array(ZBooking),
  blocks: z.array(ZBlock),
  /** When the person is busy that day: meetings they organize or attend, and their own blocks. */
  busy: z.array(ZBusySpan),
});
export type UserDay = z.infer<typeof ZUserDay>;

export const scheduleContract = {
  'schedule.at': method({
    summary: 'Who has a room at an instant (a private booking shows as Busy).',
    input: ZScheduleAtInput,
    output: ZRoomAt,
    access: 'signedIn',
    devices: true,
  }),
  'schedule.room': method({
    summary: "A room's whole day in its office's time zone: bookings and maintenance blocks.",
    input: ZScheduleRoomInput,
    output: ZRoomDay,
    access: 'signedIn',
    devices: true,
  }),
  'schedule.user': method({
    summary: "A person's whole day: meetings and their own blocks (others see free/busy unless their role allows more).",
    input: ZScheduleUserInput,
    output: ZUserDay,
    access: 'signedIn',
  }),
};
