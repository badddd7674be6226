import LinkOffOutlinedIcon from '@mui/icons-material/LinkOffOutlined';
import PinOutlinedIcon from '@mui/icons-material/PinOutlined';
import TabletAndroidOutlinedIcon from '@mui/icons-material/TabletAndroidOutlined';
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
import type { Device } from '../../../../../core/contract';
import { currentLanguage } from '../../../../i18n';
import { SR_ONLY } from '../shared/srOnly';
import { formatDateTime, relativeTime } from '../shared/time';
import { useNow } from '../shared/useNow';
import { DeviceStatusChip } from './DeviceStatusChip';

export type DeviceAction = 'pin' | 'revoke';

interface DevicesTableProps {
  devices: readonly Device[];
  roomName(roomId: string | null): string;
  zoneOf(device: Device): string;
  allowed: readonly DeviceAction[];
  onAction(action: DeviceAction, device: Device): void;
  isBusy: boolean;
  placeholder?: ReactNode;
}

function LastSeen({ device, timeZone }: { device: Device; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const locale = currentLanguage(i18n.language);
  if (!device.lastSeenAt) return <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('admin.devices.never')}</Typography>;
  return (
    <Tooltip title={formatDateTime(device.lastSeenAt, timeZone, locale)}>
      <Typography variant="body2" tabIndex={0}>
        {relativeTime(device.lastSeenAt, now, locale)}
      </Typography>
    </Tooltip>
  );
}

/** Tablets with their room, state, last contact and exit PIN. */
export function DevicesTable({ devices, roomName, zoneOf, allowed, onAction, isBusy, placeholder }: DevicesTableProps) {
  const { t } = useTranslation();
  const actionsFor = (d: Device) => allowed.filter(() => d.status !== 'revoked').filter((a) => a !== 'pin' || d.status === 'active' || d.status === 'pending');
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table size="small" aria-label={t('admin.devices.title')} aria-busy={isBusy} data-testid="device-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.devices.tablet')}</TableCell>
              <TableCell>{t('admin.devices.room')}</TableCell>
              <TableCell>{t('admin.devices.state')}</TableCell>
              <TableCell>{t('admin.devices.lastSeen')}</TableCell>
              <TableCell>{t('admin.devices.exitPin')}</TableCell>
              <TableCell align="right">
                <Box component="span" sx={SR_ONLY}>
                  {t('admin.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          {placeholder ?? (
            <TableBody>
              {devices.map((d) => (
                <TableRow key={d.id} hover data-testid="device-row" data-room={roomName(d.roomId)} data-status={d.status}>
                  <TableCell>
                    <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center' }}>
                      <TabletAndroidOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} />
                      <Typography sx={{ fontWeight: 600 }}>{d.name}</Typography>
                    </Stack>
                  </TableCell>
                  <TableCell>{roomName(d.roomId)}</TableCell>
                  <TableCell>
                    <DeviceStatusChip status={d.status} />
                  </TableCell>
                  <TableCell>
                    <LastSeen device={d} timeZone={zoneOf(d)} />
                  </TableCell>
                  <TableCell>{d.hasPin ? t('admin.devices.pinSet') : t('admin.devices.pinNone')}</TableCell>
                  <TableCell align="right">
                    {actionsFor(d).map((action) => (
                      <Tooltip key={action} title={t(`admin.devices.action.${action}`)}>
                        <IconButton aria-label={`${t(`admin.devices.action.${action}`)}: ${d.name}`} data-testid={`device-${action}`} color={action === 'revoke' ? 'error' : 'default'} onClick={() => onAction(action, d)}>
                          {action === 'pin' ? <PinOutlinedIcon fontSize="small" /> : <LinkOffOutlinedIcon fontSize="small" />}
                        </IconButton>
                      </Tooltip>
                    ))}
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
