import CheckCircleRoundedIcon from '@mui/icons-material/CheckCircleRounded';
import DoNotDisturbOnRoundedIcon from '@mui/icons-material/DoNotDisturbOnRounded';
import HandymanRoundedIcon from '@mui/icons-material/HandymanRounded';
import HourglassTopRoundedIcon from '@mui/icons-material/HourglassTopRounded';
import ScheduleRoundedIcon from '@mui/icons-material/ScheduleRounded';
import type SvgIcon from '@mui/material/SvgIcon';
import type { RoomStateKind } from '../model/roomState';

/**
 * Each state has its own colour, word and picture, so nobody needs to tell colours apart. The
 * backgrounds carry white text at 7:1 or more (WCAG AAA), readable across a corridor.
 */
export interface StateLook {
  background: string;
  /** A darker shade for surfaces on the panel (cards, pressed buttons). */
  deep: string;
  Icon: typeof SvgIcon;
}

export const STATE_LOOKS: Record<RoomStateKind, StateLook> = {
  free: { background: '#0A612A', deep: '#074A20', Icon: CheckCircleRoundedIcon },
  freeUntil: { background: '#0A612A', deep: '#074A20', Icon: CheckCircleRoundedIcon },
  startingSoon: { background: '#7F4200', deep: '#5F3100', Icon: ScheduleRoundedIcon },
  awaitingCheckIn: { background: '#5B2A91', deep: '#451F70', Icon: HourglassTopRoundedIcon },
  busy: { background: '#A0141A', deep: '#7C0F14', Icon: DoNotDisturbOnRoundedIcon },
  maintenance: { background: '#343C48', deep: '#252B34', Icon: HandymanRoundedIcon },
};
