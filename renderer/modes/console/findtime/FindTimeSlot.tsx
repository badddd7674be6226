import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import MeetingRoomOutlinedIcon from '@mui/icons-material/MeetingRoomOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';
import type { CommonSlot } from '../../../../core/contract/availability';
import { formatSpan } from '../booking/officeTime';

interface FindTimeSlotProps {
  slot: CommonSlot;
  /** The meeting picking this time books. */
  meeting: { start: number; end: number };
  /** The day as a heading reads it ("Monday, 23 November 2026"), for the button's full name. */
  dayLabel: string;
  /** The slot's room as the office lists it (for its approval mark); undefined without a room. */
  room: Room | undefined;
  timeZone: string;
  locale: string;
  onPick(): void;
}

/** One free time: when everyone is free (in which room), and the button that books it. */
export function FindTimeSlot({ slot, meeting, dayLabel, room, timeZone, locale, onPick }: FindTimeSlotProps) {
  const { t } = useTranslation();
  const free = formatSpan(slot.start, slot.end, timeZone, locale);
  const booked = formatSpan(meeting.start, meeting.end, timeZone, locale);
  const brief = slot.room;
  const place = brief
    ? [brief.name, t('rooms.capacity', { count: brief.capacity }), brief.floor !== null ? t('rooms.floor', { floor: brief.floor }) : null].filter(Boolean).join(' · ')
    : t('findTime.results.anyRoom');
  const name = brief ? t('findTime.results.bookLabelRoom', { span: booked, day: dayLabel, room: brief.name }) : t('findTime.results.bookLabel', { span: booked, day: dayLabel });

  return (
    <Box
      component="li"
      data-testid="find-slot"
      data-start={new Date(meeting.start).toISOString()}
      data-end={new Date(meeting.end).toISOString()}
      data-free-start={slot.start}
      data-free-end={slot.end}
      data-room={brief?.name ?? ''}
      sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 2, rowGap: 1, px: 2, py: 1.25, '& + &': { borderTop: 1, borderColor: 'divider' } }}
    >
      <Box sx={{ minWidth: 112 }}>
        <Typography sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>{free}</Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {t('findTime.results.free')}
        </Typography>
      </Box>
      <Stack direction="row" useFlexGap spacing={1} sx={{ flex: '1 1 180px', alignItems: 'center', flexWrap: 'wrap', minWidth: 0 }}>
        {brief ? <MeetingRoomOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden /> : null}
        <Typography variant="body2" sx={{ color: brief ? 'text.primary' : 'text.secondary' }}>
          {place}
        </Typography>
        {room?.requiresApproval ? <Chip size="small" color="warning" variant="outlined" label={t('rooms.requiresApproval')} /> : null}
      </Stack>
      <Button variant="outlined" startIcon={<EventAvailableOutlinedIcon />} onClick={onPick} aria-label={name} data-testid="find-slot-book" sx={{ whiteSpace: 'nowrap' }}>
        {t('findTime.results.book', { span: booked })}
      </Button>
    </Box>
  );
}
