import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';
import DevicesOtherOutlinedIcon from '@mui/icons-material/DevicesOtherOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import HistoryEduOutlinedIcon from '@mui/icons-material/HistoryEduOutlined';
import MeetingRoomOutlinedIcon from '@mui/icons-material/MeetingRoomOutlined';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import type SvgIcon from '@mui/material/SvgIcon';
import type { MethodName } from '../../../../../core/contract';

export type AdminSectionId = 'users' | 'offices' | 'rooms' | 'devices' | 'rules' | 'permissions' | 'audit';

export interface AdminSection {
  id: AdminSectionId;
  /** Under `#/console/admin/`. */
  path: string;
  Icon: typeof SvgIcon;
  /** The method whose permission opens the section (the page hides finer actions on its own). */
  requires: MethodName;
}

/** The administration pages, in tab order. A tab shows only if `auth.permissions` allows `requires`. */
export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { id: 'users', path: 'users', Icon: PeopleAltOutlinedIcon, requires: 'users.update' },
  { id: 'offices', path: 'offices', Icon: ApartmentOutlinedIcon, requires: 'offices.update' },
  { id: 'rooms', path: 'rooms', Icon: MeetingRoomOutlinedIcon, requires: 'rooms.update' },
  { id: 'devices', path: 'devices', Icon: DevicesOtherOutlinedIcon, requires: 'devices.list' },
  { id: 'rules', path: 'rules', Icon: GavelOutlinedIcon, requires: 'rules.update' },
  { id: 'permissions', path: 'permissions', Icon: VpnKeyOutlinedIcon, requires: 'permissions.get' },
  { id: 'audit', path: 'audit', Icon: HistoryEduOutlinedIcon, requires: 'audit.list' },
];

/** The sections a caller may open. */
export const allowedSections = (may: (method: MethodName) => boolean): AdminSection[] =>
  ADMIN_SECTIONS.filter((section) => may(section.requires));
