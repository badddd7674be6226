import EditCalendarOutlinedIcon from '@mui/icons-material/EditCalendarOutlined';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import type { BookingAction } from '../booking/bookingActions';
import { formatSpan } from '../booking/officeTime';
import { StatusChip } from '../booking/StatusChip';
import type { MyBooking } from './useMyBookings';

interface MyBookingRowProps {
  item: MyBooking;
  userId: string;
  locale: string;
  actions: readonly BookingAction[];
  onOpen(booking: BookingView): void;
  onReschedule(booking: BookingView): void;
  onCancel(booking: BookingView): void;
}

/** One of my bookings: when, what, where, my part in it, its state, and what I can do about it. */
export function MyBookingRow({ item, userId, locale, actions, onOpen, onReschedule, onCancel }: MyBookingRowProps) {
  const { t } = useTranslation();
  const { booking: b, room, timeZone } = item;
  const part = b.organizerId === userId ? t('myBookings.organizer') : b.createdById === userId ? t('myBookings.bookedForOther') : t('myBookings.attendee');
  const where = room ? [room.name, room.floor !== null ? t('rooms.floor', { floor: room.floor }) : null, item.office?.name].filter(Boolean).join(' · ') : t('myBookings.hiddenRoom');
  return (
    <Box
      role="listitem"
      data-testid="my-booking"
      data-title={b.title}
      data-room={room?.name ?? ''}
      sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1.25, borderTop: 1, borderColor: 'divider', flexWrap: { xs: 'wrap', md: 'nowrap' } }}
    >
      <Typography sx={{ width: 104, flexShrink: 0, fontWeight: 650, fontVariantNumeric: 'tabular-nums' }}>{formatSpan(b.start, b.end, timeZone, locale)}</Typography>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Typography sx={{ fontWeight: 600, minWidth: 0 }} noWrap>
            <ButtonBase onClick={() => onOpen(b)} sx={{ font: 'inherit', borderRadius: 0.5, '&:hover': { textDecoration: 'underline' } }}>
              {b.title}
            </ButtonBase>
          </Typography>
          {b.isPrivate ? <LockOutlinedIcon sx={{ fontSize: 15, color: 'text.secondary' }} aria-label={t('booking.private')} /> : null}
        </Stack>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
          {where} · {part}
        </Typography>
      </Box>
      <StatusChip booking={b} />
      <Stack direction="row" spacing={1} sx={{ flexShrink: 0, minWidth: { md: 250 }, justifyContent: 'flex-end' }}>
        {actions.includes('reschedule') ? (
          <Button size="small" startIcon={<EditCalendarOutlinedIcon />} onClick={() => onReschedule(b)} data-testid="my-reschedule">
            {t('booking.actions.reschedule')}
          </Button>
        ) : null}
        {actions.includes('cancel') ? (
          <Button size="small" color="error" startIcon={<EventBusyOutlinedIcon />} onClick={() => onCancel(b)} data-testid="my-cancel">
            {t('myBookings.cancel')}
          </Button>
        ) : null}
      </Stack>
    </Box>
  );
}
