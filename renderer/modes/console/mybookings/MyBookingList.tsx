import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import { actionsFor } from '../booking/bookingActions';
import { formatDayLong, localDay } from '../booking/officeTime';
import type { Abilities } from '../booking/useAbilities';
import { MyBookingRow } from './MyBookingRow';
import type { MyBooking } from './useMyBookings';

interface MyBookingListProps {
  items: readonly MyBooking[];
  abilities: Abilities;
  locale: string;
  now: number;
  label: string;
  onOpen(booking: BookingView): void;
  onReschedule(booking: BookingView): void;
  onCancel(booking: BookingView): void;
}

/** Bookings grouped by their day (in their office's calendar), each day under its own heading. */
export function MyBookingList({ items, abilities, locale, now, label, onOpen, onReschedule, onCancel }: MyBookingListProps) {
  const { t } = useTranslation();
  const groups: { day: string; timeZone: string; items: MyBooking[] }[] = [];
  for (const item of items) {
    const day = localDay(Date.parse(item.booking.start), item.timeZone);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, timeZone: item.timeZone, items: [item] });
  }
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }} aria-label={label} data-testid="my-bookings">
      {groups.map((group) => (
        <Box key={`${group.day}${group.timeZone}`} component="section" aria-label={formatDayLong(group.day, group.timeZone, locale)}>
          <Typography variant="subtitle2" component="h2" sx={{ px: 2, py: 1, bgcolor: '#F9FAFC', color: 'text.secondary', borderTop: 1, borderColor: 'divider', mt: '-1px' }}>
            {formatDayLong(group.day, group.timeZone, locale)}
            {group.day === localDay(now, group.timeZone) ? ` · ${t('board.today')}` : ''}
          </Typography>
          <Box role="list">
            {group.items.map((item) => (
              <MyBookingRow
                key={item.booking.id}
                item={item}
                userId={abilities.user.id}
                locale={locale}
                actions={actionsFor(item.booking, { userId: abilities.user.id, isStaff: abilities.isStaffOf(item.room?.officeId) }, null, now)}
                onOpen={onOpen}
                onReschedule={onReschedule}
                onCancel={onCancel}
              />
            ))}
          </Box>
        </Box>
      ))}
    </Paper>
  );
}
