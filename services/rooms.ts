import { Op, type Transaction, type WhereOptions } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Handlers } from '../core/dispatcher';
import { AppError, forbidden, notFound } from '../core/errors';
import { canManageRoom, canSeeRoom, requireRoomAccess } from './access';
import type { Ctx } from './context';
import { toRoom } from './mappers';
import { mutate } from './mutate';

type RoomHandlers = Pick<
  Handlers<Ctx>,
  'rooms.list' | 'rooms.get' | 'rooms.create' | 'rooms.update' | 'rooms.retire'
>;

async function amenitiesByRoom(ctx: Ctx, roomIds: string[], transaction?: Transaction) {
  const map = new Map<string, string[]>(roomIds.map((id) => [id, []]));
  if (roomIds.length === 0) return map;
  const links = await ctx.store.db.models.RoomAmenity.findAll({
    where: { roomId: { [Op.in]: roomIds } },
    transaction,
  });
  for (const link of links) map.get(link.roomId)?.push(link.amenityCode);
  return map;
}

async function loadRoom(ctx: Ctx, id: string, transaction?: Transaction) {
  const room = await ctx.store.db.models.Room.findByPk(id, { transaction });
  if (!room) throw notFound('Room', id);
  return room;
}

async function roomView(ctx: Ctx, id: string, transaction?: Transaction) {
  const room = await loadRoom(ctx, id, transaction);
  const amenities = await amenitiesByRoom(ctx, [id], transaction);
  return toRoom(room, amenities.get(id) ?? []);
}

async function setAmenities(ctx: Ctx, roomId: string, codes: readonly string[], transaction: Transaction) {
  const { Amenity, RoomAmenity } = ctx.store.db.models;
  const unique = [...new Set(codes)];
  await Amenity.bulkCreate(
    unique.map((code) => ({ code, label: code })),
    { ignoreDuplicates: true, transaction },
  );
  await RoomAmenity.destroy({ where: { roomId }, transaction });
  await RoomAmenity.bulkCreate(
    unique.map((amenityCode) => ({ roomId, amenityCode })),
    { transaction },
  );
}

/** Facility managers change only the rooms of their own office; admins every room. */
function assertManages(ctx: Ctx, officeId: string) {
  if (!canManageRoom(ctx.caller, { officeId })) throw forbidden('You can only manage rooms of your own office.');
}

export const roomHandlers: RoomHandlers = {
  'rooms.list': async (ctx, input) => {
    const where: WhereOptions = {};
    if (input.officeId) Object.assign(where, { officeId: input.officeId });
    if (input.type) Object.assign(where, { type: input.type });
    if (input.minCapacity) Object.assign(where, { capacity: { [Op.gte]: input.minCapacity } });
    if (!input.includeRetired) Object.assign(where, { status: { [Op.ne]: 'retired' } });
    const rooms = await ctx.store.db.models.Room.findAll({ where, order: [['name', 'ASC']] });
    const amenities = await amenitiesByRoom(ctx, rooms.map((r) => r.id));
    const wanted = input.amenities ?? [];
    return rooms
      .filter((room) => canSeeRoom(ctx.caller, room))
      .filter((room) => wanted.every((a) => amenities.get(room.id)?.includes(a)))
      .map((room) => toRoom(room, amenities.get(room.id) ?? []));
  },

  'rooms.get': async (ctx, input) => {
    await requireRoomAccess(ctx, input.id);
    return roomView(ctx, input.id);
  },

  'rooms.create': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      const { Office, Room } = ctx.store.db.models;
      if (!(await Office.findByPk(input.officeId, { transaction }))) throw notFound('Office', input.officeId);
      assertManages(ctx, input.officeId);
      const id = uuidv7();
      await Room.create(
        {
          id,
          officeId: input.officeId,
          name: input.name,
          type: input.type,
          capacity: input.capacity,
          floor: input.floor ?? null,
          building: input.building ?? null,
          status: 'active',
          allowedRoles: input.allowedRoles ?? null,
          requiresApproval: input.requiresApproval ?? false,
          description: input.description ?? '',
          retiredAt: null,
        },
        { transaction },
      );
      await setAmenities(ctx, id, input.amenities ?? [], transaction);
      return {
        value: await roomView(ctx, id, transaction),
        audit: [{ action: 'room.create', entityType: 'room', entityId: id, data: { name: input.name } }],
        changes: [{ entity: 'room', id, officeId: input.officeId, op: 'upsert' }],
      };
    }),

  'rooms.update': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      const room = await loadRoom(ctx, input.id, transaction);
      assertManages(ctx, room.officeId);
      if (room.status === 'retired') {
        throw new AppError('CONFLICT', `${room.name} is retired and cannot be changed.`, {
          key: 'errors.roomRetired',
          params: { room: room.name },
        });
      }
      const { id, amenities, ...fields } = input;
      await room.update(fields, { transaction });
      if (amenities) await setAmenities(ctx, id, amenities, transaction);
      return {
        value: await roomView(ctx, id, transaction),
        audit: [{ action: 'room.update', entityType: 'room', entityId: id, data: input }],
        changes: [{ entity: 'room', id, officeId: room.officeId, op: 'upsert' }],
      };
    }),

  'rooms.retire': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      const room = await loadRoom(ctx, input.id, transaction);
      assertManages(ctx, room.officeId);
      if (room.status !== 'retired') await room.update({ status: 'retired', retiredAt: ctx.now }, { transaction });
      return {
        value: await roomView(ctx, input.id, transaction),
        audit: [{ action: 'room.retire', entityType: 'room', entityId: input.id }],
        changes: [{ entity: 'room', id: input.id, officeId: room.officeId, op: 'upsert' }],
      };
    }),
};
