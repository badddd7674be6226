import LinkOffOutlinedIcon from '@mui/icons-material/LinkOffOutlined';
import PinOutlinedIcon from '@mui/icons-material/PinOutlined';
import TabletAndroidOutlinedIcon from '@mui/icons-material/TabletAndroidOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../../core/contract';
import { DeviceStatusChip } from './DeviceStatusChip';
import { LastSeen } from './LastSeen';

export type DeviceAction = 'pin' | 'revoke';

interface DeviceRowProps {
  device: Device;
  roomName: string;
  timeZone: string;
  /** The actions the person may take; a switched-off tablet offers none. */
  allowed: readonly DeviceAction[];
  onAction(action: DeviceAction, device: Device): void;
}

/** One tablet: name, room, state, last contact, whether its exit PIN is set, and actions. */
export function DeviceRow({ device, roomName, timeZone, allowed, onAction }: DeviceRowProps) {
  const { t } = useTranslation();
  const actions = device.status === 'revoked' ? [] : allowed.filter((a) => a !== 'pin' || device.status !== 'expired');
  return (
    <TableRow hover data-testid="device-row" data-room={roomName} data-status={device.status}>
      <TableCell>
        <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center' }}>
          <TabletAndroidOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} />
          <Typography sx={{ fontWeight: 600 }}>{device.name}</Typography>
        </Stack>
      </TableCell>
      <TableCell>{roomName}</TableCell>
      <TableCell>
        <DeviceStatusChip status={device.status} />
      </TableCell>
      <TableCell>
        <LastSeen device={device} timeZone={timeZone} />
      </TableCell>
      <TableCell>{device.hasPin ? t('admin.devices.pinSet') : t('admin.devices.pinNone')}</TableCell>
      <TableCell align="right">
        {actions.map((action) => (
          <Tooltip key={action} title={t(`admin.devices.action.${action}`)}>
            <IconButton aria-label={`${t(`admin.devices.action.${action}`)}: ${device.name}`} data-testid={`device-${action}`} color={action === 'revoke' ? 'error' : 'default'} onClick={() => onAction(action, device)}>
              {action === 'pin' ? <PinOutlinedIcon fontSize="small" /> : <LinkOffOutlinedIcon fontSize="small" />}
            </IconButton>
          </Tooltip>
        ))}
      </TableCell>
    </TableRow>
  );
}
