import { z } from 'zod';
import { ZAmenity, ZId, ZRole, ZRoomStatus, ZRoomType } from '../domain';
import { method, STAFF } from './define';
import { ZById } from './common';

export const ZRoom = z.object({
  id: ZId,
  officeId: ZId,
  name: z.string(),
  type: ZRoomType,
  capacity: z.number().int(),
  floor: z.number().int().nullable(),
  building: z.string().nullable(),
  amenities: z.array(ZAmenity),
  status: ZRoomStatus,
  allowedRoles: z.array(ZRole).nullable(),
  requiresApproval: z.boolean(),
  description: z.string(),
});
export type Room = z.infer<typeof ZRoom>;

export const ZListRoomsInput = z
  .object({
    officeId: ZId.optional(),
    type: ZRoomType.optional(),
    minCapacity: z.number().int().min(1).max(10000).optional(),
    amenities: z.array(ZAmenity).max(20).optional(),
    includeRetired: z.boolean().optional(),
  })
  .strict();
export type ListRoomsInput = z.infer<typeof ZListRoomsInput>;

export const ZCreateRoomInput = z
  .object({
    officeId: ZId,
    name: z.string().trim().min(1).max(120),
    type: ZRoomType.default('meeting'),
    capacity: z.number().int().min(1).max(10000),
    floor: z.number().int().min(-10).max(300).nullable().optional(),
    building: z.string().trim().max(120).nullable().optional(),
    amenities: z.array(ZAmenity).max(20).optional(),
    allowedRoles: z.array(ZRole).min(1).nullable().optional(),
    requiresApproval: z.boolean().optional(),
    description: z.string().max(2000).optional(),
  })
  .strict();
export type CreateRoomInput = z.input<typeof ZCreateRoomInput>;

export const ZUpdateRoomInput = z
  .object({
    id: ZId,
    name: z.string().trim().min(1).max(120).optional(),
    type: ZRoomType.optional(),
    capacity: z.number().int().min(1).max(10000).optional(),
    floor: z.number().int().min(-10).max(300).nullable().optional(),
    building: z.string().trim().max(120).nullable().optional(),
    amenities: z.array(ZAmenity).max(20).optional(),
    status: z.enum(['active', 'maintenance']).optional(),
    allowedRoles: z.array(ZRole).min(1).nullable().optional(),
    requiresApproval: z.boolean().optional(),
    description: z.string().max(2000).optional(),
  })
  .strict();
export type UpdateRoomInput = z.infer<typeof ZUpdateRoomInput>;

export const roomsContract = {
  'rooms.list': method({
    summary: 'Rooms, filtered by office, type, minimum capacity and amenities (all must be present).',
    input: ZListRoomsInput,
    output: z.array(ZRoom),
    access: 'signedIn',
    devices: true,
  }),
  'rooms.get': method({
    summary: 'One room.',
    input: ZById,
    output: ZRoom,
    access: 'signedIn',
    devices: true,
  }),
  'rooms.create': method({
    summary: 'Add a room to an office.',
    input: ZCreateRoomInput,
    output: ZRoom,
    access: STAFF,
  }),
  'rooms.update': method({
    summary: 'Change a room; only the given fields change.',
    input: ZUpdateRoomInput,
    output: ZRoom,
    access: STAFF,
  }),
  'rooms.retire': method({
    summary: 'Retire a room (a soft delete: its history stays, it is no longer offered).',
    input: ZById,
    output: ZRoom,
    access: STAFF,
  }),
};
