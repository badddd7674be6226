import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import BuildCircleOutlinedIcon from '@mui/icons-material/BuildCircleOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';
import { AmenityIcons } from '../../rooms/AmenityIcons';
import { RoomMarks } from '../../rooms/RoomMarks';
import { RoomStatusBadge } from '../../rooms/RoomStatusBadge';
import { SR_ONLY } from '../shared/srOnly';

export type RoomAction = 'edit' | 'block' | 'retire';

interface RoomsAdminTableProps {
  rooms: readonly Room[];
  officeNames: ReadonlyMap<string, string> | null;
  isBusy: boolean;
  allowed: readonly RoomAction[];
  onAction(action: RoomAction, room: Room): void;
  placeholder?: ReactNode;
}

const ICONS: Record<RoomAction, ReactNode> = {
  edit: <EditOutlinedIcon fontSize="small" />,
  block: <BuildCircleOutlinedIcon fontSize="small" />,
  retire: <ArchiveOutlinedIcon fontSize="small" />,
};

function RoomActions({ room, allowed, onAction }: { room: Room; allowed: readonly RoomAction[]; onAction: RoomsAdminTableProps['onAction'] }) {
  const { t } = useTranslation();
  const shown = allowed.filter((a) => room.status !== 'retired' || a === 'edit');
  return (
    <Stack direction="row" spacing={0.25} sx={{ justifyContent: 'flex-end' }}>
      {shown.map((action) => (
        <Tooltip key={action} title={t(`admin.rooms.action.${action}`)}>
          <IconButton aria-label={`${t(`admin.rooms.action.${action}`)}: ${room.name}`} data-testid={`room-${action}`} onClick={() => onAction(action, room)} color={action === 'retire' ? 'error' : 'default'}>
            {ICONS[action]}
          </IconButton>
        </Tooltip>
      ))}
    </Stack>
  );
}

/** Every room of the office with what facility staff can do to it. */
export function RoomsAdminTable({ rooms, officeNames, isBusy, allowed, onAction, placeholder }: RoomsAdminTableProps) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table size="small" aria-label={t('admin.rooms.title')} aria-busy={isBusy} data-testid="rooms-admin-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.rooms.room')}</TableCell>
              {officeNames ? <TableCell>{t('admin.rooms.office')}</TableCell> : null}
              <TableCell align="right">{t('admin.rooms.capacity')}</TableCell>
              <TableCell>{t('admin.rooms.place')}</TableCell>
              <TableCell>{t('admin.rooms.amenities')}</TableCell>
              <TableCell>{t('admin.rooms.access')}</TableCell>
              <TableCell align="right">
                <Box component="span" sx={SR_ONLY}>
                  {t('admin.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          {placeholder ?? (
            <TableBody>
              {rooms.map((room) => (
                <TableRow key={room.id} hover data-testid="room-row" data-room={room.name} sx={{ opacity: room.status === 'retired' ? 0.6 : 1 }}>
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
                  {officeNames ? <TableCell>{officeNames.get(room.officeId) ?? '—'}</TableCell> : null}
                  <TableCell align="right">{room.capacity}</TableCell>
                  <TableCell>{[room.floor !== null ? t('rooms.floor', { floor: room.floor }) : null, room.building].filter(Boolean).join(' · ') || '—'}</TableCell>
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
              ))}
            </TableBody>
          )}
        </Table>
      </TableContainer>
    </Paper>
  );
}
