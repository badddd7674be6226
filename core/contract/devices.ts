import { z } from 'zod';
import { ZId, ZInstant } from '../domain';
import { method, STAFF } from './define';
import { ZById } from './common';

export const DEVICE_STATUSES = ['pending', 'expired', 'active', 'revoked'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const ZDevice = z.object({
  id: ZId,
  kind: z.enum(['kiosk', 'console']),
  name: z.string(),
  roomId: ZId.nullable(),
  officeId: ZId.nullable(),
  /** pending: enrolment code not yet redeemed; expired: the code ran out; revoked: switched off. */
  status: z.enum(DEVICE_STATUSES),
  enrolledAt: ZInstant.nullable(),
  revokedAt: ZInstant.nullable(),
  lastSeenAt: ZInstant.nullable(),
  hasPin: z.boolean(),
});
export type Device = z.infer<typeof ZDevice>;

export const ZEnrollDeviceInput = z
  .object({ roomId: ZId, name: z.string().trim().min(1).max(120).optional() })
  .strict();

export const ZListDevicesInput = z
  .object({ roomId: ZId.optional(), officeId: ZId.optional(), includeRevoked: z.boolean().optional() })
  .strict();

/** The kiosk's exit PIN: digits only, 4 to 12 of them. */
export const ZPin = z.string().regex(/^\d{4,12}$/, 'Use 4 to 12 digits.');

export const devicesContract = {
  'devices.enroll': method({
    summary: 'Create a one-time enrolment code (short-lived, single use) that binds a door tablet to one room.',
    input: ZEnrollDeviceInput,
    output: z.object({ device: ZDevice, code: z.string(), expiresAt: ZInstant }),
    access: STAFF,
  }),
  'devices.redeem': method({
    summary: "Redeem an enrolment code on the tablet; returns the device's credential.",
    input: z.object({ code: z.string().trim().min(4).max(64) }).strict(),
    output: z.object({ deviceToken: z.string(), device: ZDevice }),
    access: 'public',
  }),
  'devices.list': method({
    summary: 'Enrolled and pending devices, by room or office.',
    input: ZListDevicesInput,
    output: z.array(ZDevice),
    access: STAFF,
  }),
  'devices.revoke': method({
    summary: "Switch a device off; its credential stops working at its next call.",
    input: ZById.extend({ reason: z.string().trim().max(500).optional() }).strict(),
    output: ZDevice,
    access: STAFF,
  }),
  'devices.setPin': method({
    summary: "Set the admin PIN that unlocks a door tablet's exit.",
    input: z.object({ id: ZId, pin: ZPin }).strict(),
    output: ZDevice,
    access: ['admin'],
  }),
  'devices.verifyPin': method({
    summary: "Check the exit PIN on the tablet itself (with backoff after wrong PINs).",
    input: z.object({ pin: z.string().min(1).max(32) }).strict(),
    output: z.object({ valid: z.literal(true) }),
    access: [],
    devices: true,
  }),
};
