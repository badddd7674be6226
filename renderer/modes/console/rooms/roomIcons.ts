import AccessibleForwardOutlinedIcon from '@mui/icons-material/AccessibleForwardOutlined';
import CallOutlinedIcon from '@mui/icons-material/CallOutlined';
import CoPresentOutlinedIcon from '@mui/icons-material/CoPresentOutlined';
import DrawOutlinedIcon from '@mui/icons-material/DrawOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import LocalLibraryOutlinedIcon from '@mui/icons-material/LocalLibraryOutlined';
import MonitorOutlinedIcon from '@mui/icons-material/MonitorOutlined';
import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import SchoolOutlinedIcon from '@mui/icons-material/SchoolOutlined';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import SlideshowOutlinedIcon from '@mui/icons-material/SlideshowOutlined';
import SpeakerOutlinedIcon from '@mui/icons-material/SpeakerOutlined';
import VideocamOutlinedIcon from '@mui/icons-material/VideocamOutlined';
import type SvgIcon from '@mui/material/SvgIcon';
import type { Amenity, RoomType } from '../../../../core/domain';

type Icon = typeof SvgIcon;

/** One picture per amenity; always shown with its name (tooltip and accessible label). */
export const AMENITY_ICONS: Record<Amenity, Icon> = {
  projector: SlideshowOutlinedIcon,
  whiteboard: DrawOutlinedIcon,
  video: VideocamOutlinedIcon,
  screen: MonitorOutlinedIcon,
  phone: PhoneInTalkOutlinedIcon,
  speakers: SpeakerOutlinedIcon,
  wheelchair: AccessibleForwardOutlinedIcon,
};

export const ROOM_TYPE_ICONS: Record<RoomType, Icon> = {
  meeting: GroupsOutlinedIcon,
  lab: ScienceOutlinedIcon,
  classroom: SchoolOutlinedIcon,
  study_space: LocalLibraryOutlinedIcon,
  phone_booth: CallOutlinedIcon,
  auditorium: CoPresentOutlinedIcon,
};
