import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import type { Room } from '../../../../core/contract';
import type { CommonSlot } from '../../../../core/contract/availability';
import { formatDayLong } from '../booking/officeTime';
import { meetingIn, type SlotDay } from './findTime';
import { FindTimeSlot } from './FindTimeSlot';

interface FindTimeDaysProps {
  days: readonly SlotDay[];
  durationMin: number;
  stepMin: number;
  rooms: readonly Room[];
  timeZone: string;
  locale: string;
  onPick(slot: CommonSlot): void;
}

/** The free times, one card per day of the office, each day under its own heading. */
export function FindTimeDays({ days, durationMin, stepMin, rooms, timeZone, locale, onPick }: FindTimeDaysProps) {
  const byId = new Map(rooms.map((r) => [r.id, r]));
  return (
    <Stack spacing={2}>
      {days.map(({ day, slots }) => {
        const headingId = `find-day-${day}`;
        const label = formatDayLong(day, timeZone, locale);
        return (
          <Paper key={day} component="section" variant="outlined" aria-labelledby={headingId} data-testid="find-day" data-day={day} sx={{ borderRadius: 3, overflow: 'hidden' }}>
            <Typography id={headingId} variant="subtitle1" component="h3" sx={{ px: 2, py: 1.25, fontWeight: 700, bgcolor: 'action.hover' }}>
              {label}
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {slots.map((slot) => (
                <FindTimeSlot
                  key={`${slot.start}|${slot.room?.id ?? ''}`}
                  slot={slot}
                  meeting={meetingIn(slot, durationMin, timeZone, stepMin)}
                  dayLabel={label}
                  room={slot.room ? byId.get(slot.room.id) : undefined}
                  timeZone={timeZone}
                  locale={locale}
                  onPick={() => onPick(slot)}
                />
              ))}
            </Box>
          </Paper>
        );
      })}
    </Stack>
  );
}
