import { z } from 'zod';
import { ZId, ZInstant } from '../domain';
import { ZBooking } from './bookings';
import { method } from './define';
import { ZById } from './common';

/**
 * Blocks: a span marked unavailable. A room block (maintenance) is for facility managers and
 * admins; without a room it is the caller's own unavailability, which anyone signed in may set.
 */
export const ZBlock = z.object({
  id: ZId,
  roomId: ZId.nullable(),
  userId: ZId.nullable(),
  start: z.string(),
  end: z.string(),
  reason: z.string(),
  createdById: ZId.nullable(),
});
export type BlockView = z.infer<typeof ZBlock>;

export const ZCreateBlockInput = z
  .object({
    /** Omit for a block of your own calendar. */
    roomId: ZId.optional(),
    start: ZInstant,
    end: ZInstant,
    reason: z.string().trim().max(500).optional(),
    /** Repeat the block (RRULE with COUNT or UNTIL, read in the office's time zone from `start`). */
    rrule: z.string().trim().min(5).max(500).optional(),
    /** Cancel the bookings under a room block; without it they are only reported. */
    cancelConflicting: z.boolean().optional(),
  })
  .strict();
export type CreateBlockInput = z.input<typeof ZCreateBlockInput>;

export const ZListBlocksInput = z
  .object({
    roomId: ZId.optional(),
    userId: ZId.optional(),
    from: ZInstant,
    to: ZInstant,
  })
  .strict();

export const ZBlockOutcome = z.object({
  blocks: z.array(ZBlock),
  /** Occupying bookings under the block(s). */
  conflicts: z.array(ZBooking),
  /** Those of them cancelled (only with `cancelConflicting`). */
  cancelled: z.array(ZBooking),
});

export const blocksContract = {
  'blocks.create': method({
    summary: 'Block a room for maintenance (facility staff) or your own calendar; bookings under it are reported.',
    input: ZCreateBlockInput,
    output: ZBlockOutcome,
    access: 'signedIn',
  }),
  'blocks.remove': method({
    summary: 'Remove a block.',
    input: ZById,
    output: ZBlock,
    access: 'signedIn',
  }),
  'blocks.list': method({
    summary: 'Blocks of a room or a person that overlap [from, to).',
    input: ZListBlocksInput,
    output: z.array(ZBlock),
    access: 'signedIn',
    devices: true,
  }),
};
