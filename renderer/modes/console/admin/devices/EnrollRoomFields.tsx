import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';

interface EnrollRoomFieldsProps {
  rooms: readonly Room[];
  roomId: string;
  name: string;
  isRoomMissing: boolean;
  onRoom(roomId: string): void;
  onName(name: string): void;
}

/** Which room the tablet will show, and what to call it. */
export function EnrollRoomFields({ rooms, roomId, name, isRoomMissing, onRoom, onName }: EnrollRoomFieldsProps) {
  const { t } = useTranslation();
  const room = rooms.find((r) => r.id === roomId);
  return (
    <Stack spacing={2} sx={{ pt: 0.5 }}>
      <TextField select label={t('admin.devices.room')} value={roomId} onChange={(e) => onRoom(e.target.value)} data-testid="enrol-room" required error={isRoomMissing} helperText={isRoomMissing ? t('admin.devices.pickRoom') : t('admin.devices.roomHint')} fullWidth>
        {rooms.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('admin.devices.name')} name="deviceName" value={name} onChange={(e) => onName(e.target.value)} helperText={t('admin.devices.nameHint', { room: room?.name ?? '…' })} fullWidth />
    </Stack>
  );
}
