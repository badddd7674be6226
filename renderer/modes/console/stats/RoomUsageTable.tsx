import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomUsage } from '../../../../core/contract';
import { RoomUsageRow } from './RoomUsageRow';

type SortKey = 'name' | 'bookings' | 'utilization' | 'noShowRate' | 'averageFill';

function sorted(rooms: readonly RoomUsage[], key: SortKey): RoomUsage[] {
  if (key === 'name') return [...rooms].sort((a, b) => a.name.localeCompare(b.name));
  return [...rooms].sort((a, b) => (b[key] ?? -1) - (a[key] ?? -1) || a.name.localeCompare(b.name));
}

/** Every room: how full its working time was, how often nobody came, how full the room was. */
export function RoomUsageTable({ rooms, officeNames }: { rooms: readonly RoomUsage[]; officeNames: ReadonlyMap<string, string> | null }) {
  const { t } = useTranslation();
  const [sortKey, setSortKey] = useState<SortKey>('utilization');
  const head = (key: SortKey, label: string) => (
    <TableCell align={key === 'name' ? 'left' : 'right'} sortDirection={sortKey === key ? (key === 'name' ? 'asc' : 'desc') : false}>
      <TableSortLabel active={sortKey === key} direction={key === 'name' ? 'asc' : 'desc'} onClick={() => setSortKey(key)}>
        {label}
      </TableSortLabel>
    </TableCell>
  );
  if (rooms.length === 0) return <Typography sx={{ color: 'text.secondary' }}>{t('stats.noData')}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('stats.roomUsage')} data-testid="room-usage">
        <TableHead>
          <TableRow>
            {head('name', t('stats.room'))}
            {officeNames ? <TableCell>{t('stats.office')}</TableCell> : null}
            {head('bookings', t('stats.bookings'))}
            <TableCell align="right">{t('stats.hours')}</TableCell>
            {head('utilization', t('stats.utilization'))}
            {head('noShowRate', t('stats.noShows'))}
            {head('averageFill', t('stats.attendance'))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted(rooms, sortKey).map((r) => (
            <RoomUsageRow key={r.roomId} room={r} officeName={officeNames ? (officeNames.get(r.officeId) ?? '') : null} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
