import { v7 as uuidv7 } from 'uuid';
import type { Room } from '../db';
import type { Ctx } from './context';
import { mutate } from './mutate';

/**
 * Who organises a booking made at a door. A visitor at the tablet is anonymous, but every booking
 * needs an organizer: each room gets one walk-up account, switched off (no password, inactive, so
 * nobody can sign in as it). One account per room keeps the "active bookings per person" limit
 * meaningful: a room holds one walk-up at a time.
 */
export const WALK_UP_DOMAIN = 'door.roomly.invalid';

export const walkUpEmail = (roomId: string): string => `walk-up.${roomId}@${WALK_UP_DOMAIN}`;
export const isWalkUpEmail = (email: string): boolean => email.endsWith(`@${WALK_UP_DOMAIN}`);

/** The id of the room's walk-up account, or null when nobody has booked at its door yet. */
export async function findWalkUpAccount(ctx: Ctx, roomId: string): Promise<string | null> {
  const user = await ctx.store.db.models.User.findOne({ attributes: ['id'], where: { email: walkUpEmail(roomId) } });
  return user?.id ?? null;
}

/** The room's walk-up account, created on the first walk-up (two tablets racing get the same one). */
export async function ensureWalkUpAccount(ctx: Ctx, room: Pick<Room, 'id' | 'name' | 'officeId'>): Promise<string> {
  const found = await findWalkUpAccount(ctx, room.id);
  if (found) return found;
  try {
    return await mutate(ctx, async (transaction) => {
      const user = await ctx.store.db.models.User.create(
        {
          id: uuidv7(),
          email: walkUpEmail(room.id),
          name: `Walk-up · ${room.name}`,
          role: 'employee',
          officeId: room.officeId,
          locale: 'en',
          passwordHash: null,
          active: false,
          tokenVersion: 0,
        },
        { transaction },
      );
      return {
        value: user.id,
        audit: [{ action: 'user.walkUpAccount', entityType: 'user', entityId: user.id, data: { roomId: room.id } }],
      };
    });
  } catch (error) {
    const again = await findWalkUpAccount(ctx, room.id);
    if (again) return again;
    throw error;
  }
}
