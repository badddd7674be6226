import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../../core/contract';
import { DeviceRow, type DeviceAction } from './DeviceRow';
import { AdminTableHead } from '../shared/AdminTableHead';

interface DevicesTableProps {
  devices: readonly Device[];
  roomName(roomId: string | null): string;
  zoneOf(device: Device): string;
  allowed: readonly DeviceAction[];
  onAction(action: DeviceAction, device: Device): void;
  isBusy: boolean;
  placeholder?: ReactNode;
}

const COLUMNS = ['tablet', 'room', 'state', 'lastSeen', 'exitPin'] as const;

/** Tablets with their room, state, last contact and exit PIN. */
export function DevicesTable({ devices, roomName, zoneOf, allowed, onAction, isBusy, placeholder }: DevicesTableProps) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table size="small" aria-label={t('admin.devices.title')} aria-busy={isBusy} data-testid="device-table">
          <AdminTableHead section="admin.devices" columns={COLUMNS} />
          {placeholder ?? (
            <TableBody>
              {devices.map((d) => (
                <DeviceRow key={d.id} device={d} roomName={roomName(d.roomId)} timeZone={zoneOf(d)} allowed={allowed} onAction={onAction} />
              ))}
            </TableBody>
          )}
        </Table>
      </TableContainer>
    </Paper>
  );
}
