import type { Transaction } from 'sequelize';
import type { z } from 'zod';
import type { BookingOutcome, ZCancelBookingInput } from '../../core/contract/bookings';
import type { LifecycleViolation } from '../../core/rules';
import type { Booking } from '../../db';
import type { Ctx } from '../context';
import { mutate } from '../mutate';
import { bookingChange, bookingFacts, notify } from './notify';
import { actorOf } from './policy';
import { lifecycleError } from './refusal';
import { updateBookingRow } from './rows';
import { cancelFollowing } from './series';
import { hold, type Held } from './update';
import { viewOf, viewsOf } from './view';

export type CancelInput = z.output<typeof ZCancelBookingInput>;

const refuse = (code: LifecycleViolation['code'], message: string, params = {}): LifecycleViolation => ({
  code,
  message,
  key: `rules.${code}`,
  params,
});

/** Only an active booking that has not begun can be cancelled; a running one is ended instead. */
export function checkCancellable(row: Booking, now: Date): void {
  if (!['pending', 'confirmed'].includes(row.status)) {
    throw lifecycleError(refuse('notActive', `Only pending or confirmed bookings can be cancelled; this one is ${row.status}.`, { status: row.status }));
  }
  if (new Date(row.endAt).getTime() <= now.getTime()) {
    throw lifecycleError(refuse('alreadyEnded', 'The meeting has ended; it can no longer be cancelled.'));
  }
  if (new Date(row.startAt).getTime() <= now.getTime()) {
    throw lifecycleError(refuse('alreadyStarted', 'The meeting has begun; end it instead of cancelling it.'));
  }
}

/** A cancelled occurrence is remembered by its original start, so the series keeps the exception. */
async function rememberException(ctx: Ctx, t: Transaction, held: Held): Promise<void> {
  const { seriesId, recurrenceStart } = held.row;
  if (!seriesId || !recurrenceStart) return;
  const series = await ctx.store.db.models.BookingSeries.findByPk(seriesId, { transaction: t });
  if (!series) return;
  const key = new Date(recurrenceStart).toISOString();
  const exdates = [...new Set([...(series.exdates ?? []), key])].sort();
  await series.update({ exdates, updatedAt: ctx.now }, { transaction: t, silent: true });
}

export function cancelBooking(ctx: Ctx, input: CancelInput): Promise<BookingOutcome> {
  const actor = actorOf(ctx);
  const reason = input.reason?.trim() || null;
  return mutate(ctx, async (t) => {
    const held = await hold(ctx, actor, input.id, 'cancel', t);
    checkCancellable(held.row, ctx.now);
    let others: Booking[] = [];
    if (input.applyTo === 'following') {
      others = (await cancelFollowing(ctx, t, actor, held, reason)).filter((r) => r.id !== held.row.id);
    } else {
      await rememberException(ctx, t, held);
    }
    await updateBookingRow(ctx, t, held.row, { status: 'cancelled', cancelReason: reason });
    const facts = bookingFacts(held.row, { reason });
    await notify(ctx, t, [held.row.organizerId, ...held.attendees.ids], 'booking.cancelled', facts);
    const officeId = held.room.engine.officeId;
    const all = [held.row, ...others];
    return {
      value: {
        booking: await viewOf(ctx.store.db, held.row, actor, t),
        notes: [],
        displaced: [],
        alsoChanged: await viewsOf(ctx.store.db, others, actor, t),
      },
      audit: all.map((r) => ({ action: 'booking.cancel', entityType: 'booking', entityId: r.id, reason, data: bookingFacts(r) })),
      changes: all.map((r) => bookingChange(r.id, officeId)),
    };
  });
}
