import type { Transaction, WhereOptions } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Device as DeviceOut, DeviceStatus } from '../core/contract/devices';
import type { Handlers } from '../core/dispatcher';
import { AppError, forbidden, notFound } from '../core/errors';
import type { Device } from '../db';
import { actsInOffice, canManageRoom } from './access';
import type { Ctx } from './context';
import { clientAddressOf, requireDevice, requireUser } from './context';
import { mutate } from './mutate';
import { hashPassword, verifyPassword } from './passwords';
import { codeKeys, pinKeys } from './rateLimit';
import { hashSecret, newOneTimeCode, normalizeCode, signDeviceToken } from './tokens';

type DeviceHandlers = Pick<
  Handlers<Ctx>,
  'devices.enroll' | 'devices.redeem' | 'devices.list' | 'devices.revoke' | 'devices.setPin' | 'devices.verifyPin'
>;

/** An enrolment code is typed on the tablet within minutes, once. */
export const ENROLL_CODE_TTL_S = 15 * 60;

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export function deviceStatus(d: Device, now: Date): DeviceStatus {
  if (d.revokedAt) return 'revoked';
  if (d.enrolledAt) return 'active';
  return d.enrollExpiresAt && d.enrollExpiresAt > now ? 'pending' : 'expired';
}

export const toDevice = (d: Device, now: Date): DeviceOut => ({
  id: d.id,
  kind: d.kind,
  name: d.name,
  roomId: d.roomId ?? null,
  officeId: d.officeId ?? null,
  status: deviceStatus(d, now),
  enrolledAt: iso(d.enrolledAt),
  revokedAt: iso(d.revokedAt),
  lastSeenAt: iso(d.lastSeenAt),
  hasPin: Boolean(d.pinHash),
});

/** A device of the caller's office (admins: any office), or NOT_FOUND. */
async function loadManaged(ctx: Ctx, id: string, transaction: Transaction): Promise<Device> {
  const device = await ctx.store.db.models.Device.findByPk(id, { transaction });
  if (!device || !actsInOffice(ctx.caller, device.officeId ?? null)) throw notFound('Device', id);
  return device;
}

const invalidCode = () =>
  new AppError('FORBIDDEN', 'This enrolment code is not valid or has expired. Ask for a new one.', {
    key: 'errors.enrollCodeInvalid',
  });

/** Redeems a code once: a conditional update, so two tablets racing with one code cannot both win. */
async function redeem(ctx: Ctx, code: string, transaction: Transaction) {
  const { Device: Devices } = ctx.store.db.models;
  const device = await Devices.findOne({ where: { enrollCodeHash: hashSecret(normalizeCode(code)) }, transaction });
  if (!device || !device.roomId || deviceStatus(device, ctx.now) !== 'pending') throw invalidCode();
  const tokenId = uuidv7();
  const [count] = await Devices.update(
    { enrolledAt: ctx.now, enrollCodeHash: null, tokenHash: hashSecret(tokenId), lastSeenAt: ctx.now },
    { where: { id: device.id, enrolledAt: null, revokedAt: null }, transaction },
  );
  if (count !== 1) throw invalidCode();
  await device.reload({ transaction });
  const deviceToken = signDeviceToken(ctx.store.secret, { deviceId: device.id, roomId: device.roomId, tokenId }, ctx.now);
  return {
    value: { deviceToken, device: toDevice(device, ctx.now) },
    audit: [{ action: 'device.redeem', entityType: 'device', entityId: device.id, data: { roomId: device.roomId, address: clientAddressOf(ctx) } }],
  };
}

export const deviceHandlers: DeviceHandlers = {
  'devices.enroll': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      requireUser(ctx);
      const room = await ctx.store.db.models.Room.findByPk(input.roomId, { transaction });
      if (!room) throw notFound('Room', input.roomId);
      if (!canManageRoom(ctx.caller, room)) throw forbidden('You can only enrol tablets for rooms of your own office.');
      if (room.status === 'retired') {
        throw new AppError('CONFLICT', `${room.name} is retired.`, { key: 'errors.roomRetired', params: { room: room.name } });
      }
      const code = newOneTimeCode(12);
      const expiresAt = new Date(ctx.now.getTime() + ENROLL_CODE_TTL_S * 1000);
      const device = await ctx.store.db.models.Device.create(
        {
          id: uuidv7(), kind: 'kiosk', name: input.name ?? `Door of ${room.name}`, roomId: room.id, officeId: room.officeId,
          enrollCodeHash: hashSecret(normalizeCode(code)), enrollExpiresAt: expiresAt,
        },
        { transaction },
      );
      return {
        value: { device: toDevice(device, ctx.now), code, expiresAt: expiresAt.toISOString() },
        audit: [{ action: 'device.enroll', entityType: 'device', entityId: device.id, data: { roomId: room.id, name: device.name } }],
      };
    }),

  /** Wrong codes count against the caller's address, so codes cannot be guessed quickly. */
  'devices.redeem': async (ctx, input) => {
    const keys = codeKeys(clientAddressOf(ctx));
    ctx.store.limiter.check(keys, ctx.now);
    try {
      return await mutate(ctx, (transaction) => redeem(ctx, input.code, transaction));
    } catch (error) {
      if (error instanceof AppError && error.key === 'errors.enrollCodeInvalid') ctx.store.limiter.fail(keys, ctx.now);
      throw error;
    }
  },

  'devices.list': async (ctx, input) => {
    requireUser(ctx);
    const where: WhereOptions = {};
    if (input.roomId) Object.assign(where, { roomId: input.roomId });
    if (input.officeId) Object.assign(where, { officeId: input.officeId });
    if (!input.includeRevoked) Object.assign(where, { revokedAt: null });
    const devices = await ctx.store.db.models.Device.findAll({ where, order: [['createdAt', 'DESC'], ['id', 'DESC']] });
    return devices.filter((d) => actsInOffice(ctx.caller, d.officeId ?? null)).map((d) => toDevice(d, ctx.now));
  },

  'devices.revoke': (ctx, input) =>
    mutate(ctx, async (transaction) => {
      const device = await loadManaged(ctx, input.id, transaction);
      if (!device.revokedAt) {
        await device.update({ revokedAt: ctx.now, tokenHash: null, enrollCodeHash: null }, { transaction });
      }
      return {
        value: toDevice(device, ctx.now),
        audit: [{ action: 'device.revoke', entityType: 'device', entityId: device.id, reason: input.reason ?? null, data: { roomId: device.roomId } }],
      };
    }),

  'devices.setPin': async (ctx, input) => {
    const pinHash = await hashPassword(input.pin);
    const value = await mutate(ctx, async (transaction) => {
      const device = await loadManaged(ctx, input.id, transaction);
      if (device.revokedAt) throw new AppError('CONFLICT', 'This device is revoked.', { key: 'errors.deviceRevoked' });
      await device.update({ pinHash }, { transaction });
      return {
        value: toDevice(device, ctx.now),
        audit: [{ action: 'device.setPin', entityType: 'device', entityId: device.id }],
      };
    });
    ctx.store.limiter.succeed(pinKeys(input.id));
    return value;
  },

  'devices.verifyPin': async (ctx, input) => {
    const caller = requireDevice(ctx);
    const keys = pinKeys(caller.deviceId);
    ctx.store.limiter.check(keys, ctx.now);
    const device = await ctx.store.db.models.Device.findByPk(caller.deviceId);
    if (!device?.pinHash) throw new AppError('FORBIDDEN', 'No exit PIN is set for this tablet.', { key: 'errors.noPin' });
    const isRight = await verifyPassword(device.pinHash, input.pin);
    if (!isRight) ctx.store.limiter.fail(keys, ctx.now);
    else ctx.store.limiter.succeed(keys);
    await mutate(ctx, async () => ({
      value: undefined,
      audit: [{ action: isRight ? 'device.pinAccepted' : 'device.pinFailed', entityType: 'device', entityId: device.id }],
    }));
    if (!isRight) throw new AppError('FORBIDDEN', 'The PIN is wrong.', { key: 'errors.wrongPin' });
    return { valid: true as const };
  },
};
