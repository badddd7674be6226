import type { Input, Room } from '../../../../../core/contract';
import type { Amenity, Role, RoomType } from '../../../../../core/domain';

/** A room as its form holds it: numbers as typed, access as "everyone" or a list of roles. */
export interface RoomDraft {
  officeId: string;
  name: string;
  type: RoomType;
  capacity: string;
  floor: string;
  building: string;
  amenities: Amenity[];
  isRestricted: boolean;
  allowedRoles: Role[];
  requiresApproval: boolean;
  description: string;
  isUnderMaintenance: boolean;
}

export type RoomProblem = 'name' | 'capacity' | 'floor' | 'roles' | 'office';

export const newRoomDraft = (officeId: string): RoomDraft => ({
  officeId,
  name: '',
  type: 'meeting',
  capacity: '6',
  floor: '',
  building: '',
  amenities: [],
  isRestricted: false,
  allowedRoles: [],
  requiresApproval: false,
  description: '',
  isUnderMaintenance: false,
});

export const draftOfRoom = (room: Room): RoomDraft => ({
  officeId: room.officeId,
  name: room.name,
  type: room.type,
  capacity: String(room.capacity),
  floor: room.floor === null ? '' : String(room.floor),
  building: room.building ?? '',
  amenities: [...room.amenities],
  isRestricted: room.allowedRoles !== null,
  allowedRoles: [...(room.allowedRoles ?? [])],
  requiresApproval: room.requiresApproval,
  description: room.description,
  isUnderMaintenance: room.status === 'maintenance',
});

const isWhole = (text: string, min: number, max: number) => /^-?\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** What is wrong with the draft, field by field (empty when it can be sent). */
export function roomProblems(draft: RoomDraft): RoomProblem[] {
  const problems: RoomProblem[] = [];
  if (!draft.officeId) problems.push('office');
  if (!draft.name.trim()) problems.push('name');
  if (!isWhole(draft.capacity, 1, 10000)) problems.push('capacity');
  if (draft.floor.trim() && !isWhole(draft.floor, -10, 300)) problems.push('floor');
  if (draft.isRestricted && draft.allowedRoles.length === 0) problems.push('roles');
  return problems;
}

/** The fields both create and update send. */
function common(draft: RoomDraft) {
  return {
    name: draft.name.trim(),
    type: draft.type,
    capacity: Number(draft.capacity),
    floor: draft.floor.trim() ? Number(draft.floor) : null,
    building: draft.building.trim() || null,
    amenities: draft.amenities,
    allowedRoles: draft.isRestricted ? draft.allowedRoles : null,
    requiresApproval: draft.requiresApproval,
    description: draft.description.trim(),
  };
}

export const toCreateInput = (draft: RoomDraft): Input<'rooms.create'> => ({ officeId: draft.officeId, ...common(draft) });

export const toUpdateInput = (room: Room, draft: RoomDraft): Input<'rooms.update'> => ({
  id: room.id,
  ...common(draft),
  ...(room.status !== 'retired' ? { status: draft.isUnderMaintenance ? ('maintenance' as const) : ('active' as const) } : {}),
});
