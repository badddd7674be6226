import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import BuildCircleOutlinedIcon from '@mui/icons-material/BuildCircleOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';

export type RoomAction = 'edit' | 'block' | 'retire';

const ICONS: Record<RoomAction, ReactNode> = {
  edit: <EditOutlinedIcon fontSize="small" />,
  block: <BuildCircleOutlinedIcon fontSize="small" />,
  retire: <ArchiveOutlinedIcon fontSize="small" />,
};

interface RoomActionsProps {
  room: Room;
  allowed: readonly RoomAction[];
  onAction(action: RoomAction, room: Room): void;
}

/** Edit, close for maintenance, retire: the ones the person may do; a retired room can only be read. */
export function RoomActions({ room, allowed, onAction }: RoomActionsProps) {
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
