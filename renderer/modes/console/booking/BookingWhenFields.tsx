import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';
import { addMinutes, gridTimes, type BookingDraft } from './bookingDraft';
import type { BookingLimits, DayWindow } from './roomRules';

interface BookingWhenFieldsProps {
  draft: BookingDraft;
  change(patch: Partial<BookingDraft>): void;
  rooms: readonly Room[];
  limits: BookingLimits;
  window: DayWindow;
  /** A meeting that has begun keeps its room and time. */
  isLocked: boolean;
}

const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const withValue = (options: string[], value: string) => (value && !options.includes(value) ? [...options, value].sort() : options);

/** Room, day, start and end; times come from the room's grid within the day's opening hours. */
export function BookingWhenFields({ draft, change, rooms, limits, window, isLocked }: BookingWhenFieldsProps) {
  const { t } = useTranslation();
  const length = Math.max(limits.minMin, toMin(draft.end) - toMin(draft.start));
  const lastStart = addMinutes(window.open, Math.max(0, toMin(window.close) - toMin(window.open) - limits.minMin));
  const starts = withValue(gridTimes(window.open, lastStart, limits.stepMin), draft.start);
  const endFrom = addMinutes(draft.start, limits.minMin);
  const endTo = toMin(addMinutes(draft.start, limits.maxMin)) < toMin(window.close) ? addMinutes(draft.start, limits.maxMin) : window.close;
  const ends = withValue(gridTimes(endFrom, endTo, limits.stepMin), draft.end);

  const chooseStart = (start: string) => {
    const end = addMinutes(start, length);
    change({ start, end: toMin(end) > toMin(window.close) && !window.isClosed ? window.close : end });
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '2fr 1.4fr 1fr 1fr' } }}>
      <TextField
        select
        label={t('booking.form.room')}
        value={rooms.some((r) => r.id === draft.roomId) ? draft.roomId : ''}
        onChange={(e) => change({ roomId: e.target.value })}
        disabled={isLocked}
        data-testid="booking-room"
      >
        {rooms.map((room) => (
          <MenuItem key={room.id} value={room.id} data-room={room.name}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, width: '100%' }}>
              <span>{room.name}</span>
              <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                {t('rooms.capacity', { count: room.capacity })}
              </Typography>
            </Box>
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        label={t('booking.form.date')}
        value={draft.day}
        onChange={(e) => e.target.value && change({ day: e.target.value })}
        disabled={isLocked}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'booking-date' } }}
      />
      <TextField select label={t('booking.form.start')} value={draft.start} onChange={(e) => chooseStart(e.target.value)} disabled={isLocked} data-testid="booking-start">
        {starts.map((time) => (
          <MenuItem key={time} value={time}>
            {time}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={t('booking.form.end')} value={draft.end} onChange={(e) => change({ end: e.target.value })} disabled={isLocked} data-testid="booking-end">
        {ends.map((time) => (
          <MenuItem key={time} value={time}>
            {time}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
