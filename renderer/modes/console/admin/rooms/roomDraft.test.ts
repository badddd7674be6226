import { describe, expect, it } from 'vitest';
import type { Room } from '../../../../../core/contract';
import { draftOfRoom, newRoomDraft, roomProblems, toCreateInput, toUpdateInput } from './roomDraft';

const OFFICE = '0190a0a0-0000-7000-8000-0000000000aa';
const sever: Room = {
  id: '0190a0a0-0000-7000-8000-000000000010',
  officeId: OFFICE,
  name: 'Север',
  type: 'meeting',
  capacity: 8,
  floor: 3,
  building: 'Башня А',
  amenities: ['projector', 'whiteboard'],
  status: 'active',
  allowedRoles: null,
  requiresApproval: false,
  description: '',
};

describe('the room form', () => {
  it('round-trips a room: editing nothing sends what it already is', () => {
    expect(toUpdateInput(sever, draftOfRoom(sever))).toEqual({
      id: sever.id,
      name: 'Север',
      type: 'meeting',
      capacity: 8,
      floor: 3,
      building: 'Башня А',
      amenities: ['projector', 'whiteboard'],
      allowedRoles: null,
      requiresApproval: false,
      description: '',
      status: 'active',
    });
  });

  it('turns empty floor and building into null, and access into a role list or null', () => {
    const draft = { ...newRoomDraft(OFFICE), name: ' Юг ', capacity: '4', isRestricted: true, allowedRoles: ['manager' as const] };
    expect(toCreateInput(draft)).toMatchObject({ officeId: OFFICE, name: 'Юг', capacity: 4, floor: null, building: null, allowedRoles: ['manager'] });
  });

  it('names each problem: no name, no seats, a floor that is not a number, a restriction to nobody', () => {
    expect(roomProblems({ ...newRoomDraft(''), capacity: '0', floor: 'x', isRestricted: true })).toEqual(['office', 'name', 'capacity', 'floor', 'roles']);
    expect(roomProblems({ ...newRoomDraft(OFFICE), name: 'Ок', floor: '-1' })).toEqual([]);
  });

  it('never sends a status for a retired room (it cannot come back by editing)', () => {
    expect(toUpdateInput({ ...sever, status: 'retired' }, draftOfRoom({ ...sever, status: 'retired' }))).not.toHaveProperty('status');
  });
});
