import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';

const COLOR = {
  pending: 'warning',
  confirmed: 'primary',
  cancelled: 'default',
  rejected: 'error',
  expired: 'default',
  released: 'default',
  completed: 'default',
} as const;

/** A booking's status in a word; a confirmed booking someone has checked in to says so. */
export function StatusChip({ booking, size = 'small' }: { booking: Pick<BookingView, 'status' | 'checkInAt'>; size?: 'small' | 'medium' }) {
  const { t } = useTranslation();
  const isCheckedIn = booking.status === 'confirmed' && booking.checkInAt !== null;
  const icon = isCheckedIn ? <CheckCircleOutlineIcon /> : booking.status === 'pending' ? <HourglassTopIcon /> : undefined;
  return (
    <Chip
      size={size}
      variant="outlined"
      color={isCheckedIn ? 'success' : COLOR[booking.status]}
      data-status={booking.status}
      {...(icon ? { icon } : {})}
      label={isCheckedIn ? t('booking.checkedIn') : t(`booking.status.${booking.status}`)}
      sx={{ fontWeight: 600, bgcolor: 'background.paper' }}
    />
  );
}
