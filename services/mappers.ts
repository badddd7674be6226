import type { Office, User } from '../core/contract/common';
import type { Room } from '../core/contract/rooms';
import type { Amenity, Role, RoomStatus, RoomType, Locale } from '../core/domain';

/** Database rows → wire shapes. The contract's output schemas then drop anything else. */

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  officeId: string | null;
  locale: Locale;
  active: boolean;
}
export const toUser = (u: UserRow): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  officeId: u.officeId ?? null,
  locale: u.locale,
  active: Boolean(u.active),
});

interface OfficeRow {
  id: string;
  name: string;
  timeZone: string;
  workingHours: Office['workingHours'];
  holidays: string[];
}
export const toOffice = (o: OfficeRow): Office => ({
  id: o.id,
  name: o.name,
  timeZone: o.timeZone,
  workingHours: o.workingHours ?? {},
  holidays: o.holidays ?? [],
});

interface RoomRow {
  id: string;
  officeId: string;
  name: string;
  type: RoomType;
  capacity: number;
  floor: number | null;
  building: string | null;
  status: RoomStatus;
  allowedRoles: Role[] | null;
  requiresApproval: boolean;
  description: string | null;
}
export const toRoom = (r: RoomRow, amenities: readonly string[]): Room => ({
  id: r.id,
  officeId: r.officeId,
  name: r.name,
  type: r.type,
  capacity: r.capacity,
  floor: r.floor ?? null,
  building: r.building ?? null,
  amenities: [...amenities].sort() as Amenity[],
  status: r.status,
  allowedRoles: r.allowedRoles ?? null,
  requiresApproval: Boolean(r.requiresApproval),
  description: r.description ?? '',
});
