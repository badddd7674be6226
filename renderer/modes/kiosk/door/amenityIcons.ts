import AccessibleForwardOutlinedIcon from '@mui/icons-material/AccessibleForwardOutlined';
import DrawOutlinedIcon from '@mui/icons-material/DrawOutlined';
import MonitorOutlinedIcon from '@mui/icons-material/MonitorOutlined';
import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import SlideshowOutlinedIcon from '@mui/icons-material/SlideshowOutlined';
import SpeakerOutlinedIcon from '@mui/icons-material/SpeakerOutlined';
import VideocamOutlinedIcon from '@mui/icons-material/VideocamOutlined';
import type SvgIcon from '@mui/material/SvgIcon';
import type { Amenity } from '../../../../core/domain';

/** One picture per amenity, always shown beside its name. */
export const AMENITY_ICONS: Record<Amenity, typeof SvgIcon> = {
  projector: SlideshowOutlinedIcon,
  whiteboard: DrawOutlinedIcon,
  video: VideocamOutlinedIcon,
  screen: MonitorOutlinedIcon,
  phone: PhoneInTalkOutlinedIcon,
  speakers: SpeakerOutlinedIcon,
  wheelchair: AccessibleForwardOutlinedIcon,
};
