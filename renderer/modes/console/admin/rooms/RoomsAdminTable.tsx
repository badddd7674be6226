import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';
import type { RoomAction } from './RoomActions';
import { RoomAdminRow } from './RoomAdminRow';
import { AdminTableHead } from '../shared/AdminTableHead';

interface RoomsAdminTableProps {
  rooms: readonly Room[];
  officeNames: ReadonlyMap<string, string> | null;
  isBusy: boolean;
  allowed: readonly RoomAction[];
  onAction(action: RoomAction, room: Room): void;
  placeholder?: ReactNode;
}

/** Every room of the office with what facility staff can do to it. */
export function RoomsAdminTable({ rooms, officeNames, isBusy, allowed, onAction, placeholder }: RoomsAdminTableProps) {
  const { t } = useTranslation();
  const columns = ['room', ...(officeNames ? ['office'] : []), 'capacity', 'place', 'amenities', 'access'];
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table size="small" aria-label={t('admin.rooms.title')} aria-busy={isBusy} data-testid="rooms-admin-table">
          <AdminTableHead section="admin.rooms" columns={columns} numeric={['capacity']} />
          {placeholder ?? (
            <TableBody>
              {rooms.map((room) => (
                <RoomAdminRow key={room.id} room={room} officeName={officeNames ? (officeNames.get(room.officeId) ?? '—') : null} allowed={allowed} onAction={onAction} />
              ))}
            </TableBody>
          )}
        </Table>
      </TableContainer>
    </Paper>
  );
}
