import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';

/** The room at the start of its row: name, seats, floor, and whether it needs approval or is restricted. */
export function BoardRoomCell({ room }: { room: Room }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ px: 1.75, py: 1, minWidth: 0, display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
        <Typography component="h3" sx={{ fontWeight: 650, fontSize: '0.92rem' }} noWrap title={room.name} data-testid="board-room-name">
          {room.name}
        </Typography>
        {room.requiresApproval ? (
          <Tooltip title={t('rooms.requiresApprovalHint')}>
            <HowToRegOutlinedIcon sx={{ fontSize: 16, color: 'warning.main' }} aria-label={t('rooms.requiresApproval')} />
          </Tooltip>
        ) : null}
        {room.allowedRoles ? (
          <Tooltip title={t('rooms.restrictedHint', { roles: room.allowedRoles.map((r) => t(`roles.${r}`)).join(', ') })}>
            <LockOutlinedIcon sx={{ fontSize: 15, color: 'text.secondary' }} aria-label={t('rooms.restricted')} />
          </Tooltip>
        ) : null}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary' }}>
        <Stack direction="row" spacing={0.25} sx={{ alignItems: 'center' }}>
          <PeopleAltOutlinedIcon sx={{ fontSize: 14 }} aria-hidden />
          <Typography variant="caption">{t('rooms.capacity', { count: room.capacity })}</Typography>
        </Stack>
        {room.floor !== null ? <Typography variant="caption">{t('rooms.floor', { floor: room.floor })}</Typography> : null}
      </Stack>
    </Box>
  );
}
