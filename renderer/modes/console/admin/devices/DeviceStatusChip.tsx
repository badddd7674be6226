import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import HourglassEmptyOutlinedIcon from '@mui/icons-material/HourglassEmptyOutlined';
import TimerOffOutlinedIcon from '@mui/icons-material/TimerOffOutlined';
import Chip from '@mui/material/Chip';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../../core/contract';

const LOOK: Record<DeviceStatus, { icon: ReactElement; color: 'success' | 'info' | 'default' | 'error' }> = {
  active: { icon: <CheckCircleOutlinedIcon />, color: 'success' },
  pending: { icon: <HourglassEmptyOutlinedIcon />, color: 'info' },
  expired: { icon: <TimerOffOutlinedIcon />, color: 'default' },
  revoked: { icon: <BlockOutlinedIcon />, color: 'error' },
};

/** A tablet's state in a word and an icon, never colour alone. */
export function DeviceStatusChip({ status }: { status: DeviceStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return <Chip size="small" variant="outlined" color={look.color} icon={look.icon} label={t(`admin.devices.status.${status}`)} data-status={status} />;
}
