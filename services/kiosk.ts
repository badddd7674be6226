import type { Handlers } from '../core/dispatcher';
import { AppError, notFound } from '../core/errors';
import { MINUTE } from '../core/rules/localTime';
import type { Room } from '../db';
import { requireRoomAccess } from './access';
import { requireDevice, type Ctx, type DeviceCaller } from './context';
import { createBooking } from './bookings/create';
import { loadRoomRow } from './bookings/load';
import { checkInBooking } from './bookings/operate';
import { walkUpEntry } from './kioskEntries';
import { kioskStatus } from './kioskStatus';
import { ensureWalkUpAccount } from './kioskWalkUp';

type KioskHandlers = Pick<Handlers<Ctx>, 'kiosk.status' | 'kiosk.bookNow'>;

/**
 * The room a walk-up is for: the tablet's own, or another active room of its office that the
 * engine offered as an alternative (a visitor refused at one door may take the room next door).
 */
async function targetRoom(ctx: Ctx, caller: DeviceCaller, roomId: string | undefined): Promise<{ room: Room; ctx: Ctx }> {
  const own = await requireRoomAccess(ctx, caller.roomId ?? '');
  if (!roomId || roomId === own.id) return { room: own, ctx };
  const other = await ctx.store.db.models.Room.findByPk(roomId);
  if (!other || other.officeId !== own.officeId) throw notFound('Room', roomId);
  if (other.status !== 'active') {
    throw new AppError('CONFLICT', `${other.name} cannot be booked now.`, { key: 'errors.roomUnavailable', params: { room: other.name } });
  }
  // The booking and its check-in are made as that room's door would make them; the audit names this tablet.
  return { room: other, ctx: { ...ctx, caller: { ...caller, roomId: other.id } } };
}

export const kioskHandlers: KioskHandlers = {
  'kiosk.status': (ctx) => kioskStatus(ctx),

  'kiosk.bookNow': async (ctx, input) => {
    const caller = requireDevice(ctx);
    const target = await targetRoom(ctx, caller, input.roomId);
    const organizerId = await ensureWalkUpAccount(ctx, target.room);
    const rules = (await loadRoomRow(ctx.store.db, target.room)).engine.rules;
    const end = input.end ? new Date(input.end) : new Date(ctx.now.getTime() + input.minutes * MINUTE);
    const outcome = await createBooking(target.ctx, {
      roomId: target.room.id,
      start: ctx.now.toISOString(),
      end: end.toISOString(),
      title: input.title,
      organizerId,
      isWalkUp: true,
      source: 'kiosk',
    });
    // The visitor is standing at the door: a walk-up counts as checked in.
    const booking =
      rules.checkIn.required && outcome.booking.status === 'confirmed' ? await checkInBooking(target.ctx, outcome.booking.id) : outcome.booking;
    return {
      entry: walkUpEntry(booking, rules),
      room: { id: target.room.id, name: target.room.name, floor: target.room.floor ?? null },
    };
  },
};
