import type { Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Booking } from '../../db';
import type { Ctx } from '../context';
import type { Change } from '../mutate';

/**
 * Telling people what happened to their bookings: one `notifications` row per person, written in
 * the same transaction as the change. The person who acted is not told about their own act.
 */
export type NotificationKind =
  | 'booking.displaced'
  | 'booking.cancelled'
  | 'booking.changed'
  | 'booking.approved'
  | 'booking.rejected'
  | 'booking.expired'
  | 'booking.released';

export function bookingFacts(b: Pick<Booking, 'id' | 'roomId' | 'title' | 'startAt' | 'endAt'>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    bookingId: b.id,
    roomId: b.roomId,
    title: b.title,
    start: new Date(b.startAt).toISOString(),
    end: new Date(b.endAt).toISOString(),
    ...extra,
  };
}

export async function notify(
  ctx: Ctx,
  transaction: Transaction,
  userIds: readonly (string | null | undefined)[],
  kind: NotificationKind,
  data: Record<string, unknown>,
): Promise<void> {
  const actorId = ctx.caller?.kind === 'user' ? ctx.caller.userId : null;
  const people = [...new Set(userIds.filter((id): id is string => Boolean(id) && id !== actorId))];
  if (people.length === 0) return;
  await ctx.store.db.models.Notification.bulkCreate(
    people.map((userId) => ({ id: uuidv7(), userId, kind, data, createdAt: ctx.now })),
    { transaction },
  );
}

/** The change event for a booking, with its office (for sync and server-sent events). */
export const bookingChange = (id: string, officeId: string | null): Change => ({
  entity: 'booking',
  id,
  officeId,
  op: 'upsert',
});
