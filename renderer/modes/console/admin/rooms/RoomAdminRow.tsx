import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';
import { AmenityIcons } from '../../rooms/AmenityIcons';
import { RoomMarks } from '../../rooms/RoomMarks';
import { RoomStatusBadge } from '../../rooms/RoomStatusBadge';
import { RoomActions, type RoomAction } from './RoomActions';

interface RoomAdminRowProps {
  room: Room;
  /** Shown when the list spans several offices. */
  officeName: string | null;
  allowed: readonly RoomAction[];
  onAction(action: RoomAction, room: Room): void;
}

/** One room: name, type and status, office, seats, place, equipment, booking limits, actions. */
export function RoomAdminRow({ room, officeName, allowed, onAction }: RoomAdminRowProps) {
  const { t } = useTranslation();
  const place = [room.floor !== null ? t('rooms.floor', { floor: room.floor }) : null, room.building].filter(Boolean).join(' · ');
  return (
    <TableRow hover data-testid="room-row" data-room={room.name} sx={{ opacity: room.status === 'retired' ? 0.6 : 1 }}>
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box>
            <Typography sx={{ fontWeight: 600 }}>{room.name}</Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t(`roomTypes.${room.type}`)}
            </Typography>
          </Box>
          <RoomStatusBadge status={room.status} />
        </Stack>
      </TableCell>
      {officeName !== null ? <TableCell>{officeName}</TableCell> : null}
      <TableCell align="right">{room.capacity}</TableCell>
      <TableCell>{place || '—'}</TableCell>
      <TableCell>
        <AmenityIcons amenities={room.amenities} />
      </TableCell>
      <TableCell>
        <RoomMarks room={room} />
      </TableCell>
      <TableCell align="right">
        <RoomActions room={room} allowed={allowed} onAction={onAction} />
      </TableCell>
    </TableRow>
  );
}
