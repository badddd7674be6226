import AccessTimeIcon from '@mui/icons-material/AccessTime';
import EditNoteOutlinedIcon from '@mui/icons-material/EditNoteOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import MeetingRoomOutlinedIcon from '@mui/icons-material/MeetingRoomOutlined';
import NotesIcon from '@mui/icons-material/Notes';
import PersonOutlineIcon from '@mui/icons-material/PersonOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView, Room } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { formatDayLong, formatMoment, formatSpan, formatTime, localDay } from './officeTime';
import type { People } from './usePeople';

interface BookingFactsProps {
  booking: BookingView;
  room: Room | undefined;
  organizerName: string | null;
  people: People;
  timeZone: string;
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <Box sx={{ color: 'text.secondary', pt: 0.25, display: 'flex' }} aria-hidden>
        {icon}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', fontWeight: 600 }}>
          {label}
        </Typography>
        <Box sx={{ typography: 'body2' }}>{children}</Box>
      </Box>
    </Stack>
  );
}

/** Everything a receptionist is asked about a booking: when, where, whose, with whom, and its state. */
export function BookingFacts({ booking: b, room, organizerName, people, timeZone }: BookingFactsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const day = localDay(Date.parse(b.start), timeZone);
  const creator = b.createdById !== b.organizerId ? people.name(b.createdById) : null;
  const attendees = [...b.attendeeIds.map((id) => people.name(id) ?? t('booking.details.colleague')), ...b.attendeeEmails];

  return (
    <Stack spacing={1.75} data-testid="booking-facts">
      <Fact icon={<AccessTimeIcon fontSize="small" />} label={t('booking.details.when')}>
        {formatDayLong(day, timeZone, locale)}, {formatSpan(b.start, b.end, timeZone, locale)}
      </Fact>
      <Fact icon={<MeetingRoomOutlinedIcon fontSize="small" />} label={t('booking.details.room')}>
        {room ? [room.name, room.floor !== null ? t('rooms.floor', { floor: room.floor }) : null].filter(Boolean).join(' · ') : '—'}
      </Fact>
      {!b.isMasked ? (
        <Fact icon={<PersonOutlineIcon fontSize="small" />} label={t('booking.details.organizer')}>
          <span data-testid="booking-organizer-name">{organizerName ?? '—'}</span>
          {creator ? <Typography variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>{t('booking.details.bookedBy', { name: creator })}</Typography> : null}
        </Fact>
      ) : null}
      {attendees.length ? (
        <Fact icon={<GroupsOutlinedIcon fontSize="small" />} label={t('booking.details.attendees', { count: attendees.length })}>
          <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap', mt: 0.25 }}>
            {attendees.map((name, i) => (
              <Chip key={`${name}${i}`} size="small" label={name} />
            ))}
          </Stack>
        </Fact>
      ) : null}
      {b.description ? (
        <Fact icon={<NotesIcon fontSize="small" />} label={t('booking.details.description')}>
          <Box sx={{ whiteSpace: 'pre-wrap' }}>{b.description}</Box>
        </Fact>
      ) : null}
      {b.status === 'pending' && b.holdExpiresAt ? (
        <Fact icon={<HourglassTopIcon fontSize="small" color="warning" />} label={t('booking.details.hold')}>
          {t('booking.details.holdUntil', { time: formatMoment(b.holdExpiresAt, timeZone, locale) })}
        </Fact>
      ) : null}
      {b.checkInAt ? (
        <Fact icon={<TaskAltIcon fontSize="small" color="success" />} label={t('booking.checkedIn')}>
          {formatTime(b.checkInAt, timeZone, locale)}
        </Fact>
      ) : null}
      {b.cancelReason ? (
        <Fact icon={<EditNoteOutlinedIcon fontSize="small" />} label={t('booking.details.reason')}>
          {b.cancelReason}
        </Fact>
      ) : null}
    </Stack>
  );
}
