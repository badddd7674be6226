import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import { formatSpan } from '../booking/officeTime';
import { lookOf, LOOKS } from './boardLook';

interface BoardBookingProps {
  booking: BookingView;
  left: number;
  width: number;
  timeZone: string;
  locale: string;
  organizerName: string | null;
  /** Just booked or changed: ringed for a moment so the eye finds it. */
  isHighlighted?: boolean;
  onOpen(booking: BookingView): void;
}

/** One booking on a room's lane: its title (or "Busy"), its time, and marks for pending, checked in, private. */
export function BoardBooking({ booking: b, left, width, timeZone, locale, organizerName, isHighlighted = false, onOpen }: BoardBookingProps) {
  const { t } = useTranslation();
  const look = lookOf(b);
  const style = LOOKS[look];
  const title = b.isMasked ? t('booking.busy') : b.title;
  const span = formatSpan(b.start, b.end, timeZone, locale);
  const state = b.status === 'confirmed' && b.checkInAt ? t('booking.checkedIn') : t(`booking.status.${b.status}`);
  const label = [title, span, organizerName, state].filter(Boolean).join(' · ');
  const Icon = look === 'pending' ? HourglassTopIcon : look === 'checkedIn' ? CheckCircleIcon : b.isPrivate ? LockOutlinedIcon : null;

  return (
    <Tooltip title={label} placement="top" enterDelay={400} disableInteractive>
      <ButtonBase
        focusRipple
        onClick={() => onOpen(b)}
        aria-label={label}
        data-testid="board-booking"
        data-status={b.status}
        data-checked-in={b.checkInAt ? 'true' : 'false'}
        data-title={b.isMasked ? '' : b.title}
        data-highlighted={isHighlighted ? 'true' : undefined}
        sx={{
          position: 'absolute',
          left: `${left}%`,
          width: `calc(${width}% - 2px)`,
          top: 5,
          bottom: 5,
          zIndex: 2,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'flex-start',
          justifyContent: 'center',
          px: 0.75,
          overflow: 'hidden',
          textAlign: 'left',
          borderRadius: 1.25,
          background: style.bg,
          color: style.color,
          border: `1px ${style.borderStyle} ${style.border}`,
          borderLeftWidth: 3,
          borderLeftStyle: 'solid',
          transition: 'box-shadow 120ms, transform 120ms',
          boxShadow: isHighlighted ? '0 0 0 3px rgba(40,71,217,0.35), 0 4px 14px rgba(20,26,46,0.18)' : 'none',
          '&:hover, &.Mui-focusVisible': { boxShadow: '0 4px 14px rgba(20,26,46,0.18)', zIndex: 3 },
        }}
      >
        <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, width: '100%', minWidth: 0 }}>
          {Icon ? <Icon sx={{ fontSize: 14, flexShrink: 0 }} aria-hidden /> : null}
          <Box component="span" sx={{ fontWeight: 650, fontSize: '0.8rem', lineHeight: 1.25, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {title}
          </Box>
        </Box>
        <Box component="span" sx={{ display: 'block', fontSize: '0.72rem', lineHeight: 1.3, opacity: 0.85, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' }}>
          {organizerName ? `${span} · ${organizerName}` : span}
        </Box>
      </ButtonBase>
    </Tooltip>
  );
}
