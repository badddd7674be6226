import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';

interface AvailabilityHintProps {
  start: string;
  end: string;
  officeId: string;
  roomId: string;
  rooms: readonly Room[];
  /** Seats needed: the organizer and the attendees. */
  seats: number;
  onChoose(roomId: string): void;
}

/** Which rooms of the office are free for the chosen time, by the same engine that will judge it. */
export function AvailabilityHint({ start, end, officeId, roomId, rooms, seats, onChoose }: AvailabilityHintProps) {
  const { t } = useTranslation();
  const query = useApiQuery('availability.rooms', { start, end, officeId, capacity: Math.max(1, seats) });
  const free = query.data?.rooms ?? [];
  const known = new Set(rooms.map((r) => r.id));
  const shown = free.filter((f) => known.has(f.room.id));
  const isChosenFree = shown.some((f) => f.room.id === roomId);

  if (query.error) return null;
  return (
    <Box aria-live="polite" aria-busy={query.isLoading} data-testid="availability-hint" sx={{ p: 1.5, borderRadius: 2, bgcolor: '#F7F9FD', border: 1, borderColor: 'divider', opacity: query.isLoading ? 0.6 : 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: shown.length ? 1 : 0 }}>
        {isChosenFree ? <CheckCircleOutlineIcon color="success" fontSize="small" /> : <InfoOutlinedIcon color="warning" fontSize="small" />}
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {!query.data ? t('booking.hint.checking') : isChosenFree ? t('booking.hint.chosenFree') : shown.length ? t('booking.hint.chosenTaken') : t('booking.hint.noneFree')}
        </Typography>
      </Stack>
      {shown.length ? (
        <Stack direction="row" useFlexGap spacing={0.75} sx={{ flexWrap: 'wrap' }}>
          {shown.map((f) => (
            <Chip
              key={f.room.id}
              size="small"
              clickable
              color={f.room.id === roomId ? 'primary' : 'default'}
              variant={f.room.id === roomId ? 'filled' : 'outlined'}
              label={f.status === 'pending' ? `${f.room.name} · ${t('booking.hint.needsApproval')}` : f.room.name}
              onClick={() => onChoose(f.room.id)}
              data-testid="free-room"
            />
          ))}
        </Stack>
      ) : null}
    </Box>
  );
}
