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
import { currentLanguage } from '../../../i18n';
import { percent, toHours } from './chartText';
import { UtilizationBar } from './UtilizationBar';

type SortKey = 'name' | 'bookings' | 'utilization' | 'noShowRate' | 'averageFill';
const NUMERIC: SortKey[] = ['bookings', 'utilization', 'noShowRate', 'averageFill'];

function sorted(rooms: readonly RoomUsage[], key: SortKey): RoomUsage[] {
  if (key === 'name') return [...rooms].sort((a, b) => a.name.localeCompare(b.name));
  return [...rooms].sort((a, b) => (b[key] ?? -1) - (a[key] ?? -1) || a.name.localeCompare(b.name));
}

/** Every room: how full its working time was, how often nobody came, how full the room was. */
export function RoomUsageTable({ rooms, officeNames }: { rooms: readonly RoomUsage[]; officeNames: ReadonlyMap<string, string> | null }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const [sortKey, setSortKey] = useState<SortKey>('utilization');
  const head = (key: SortKey, label: string) => (
    <TableCell align={NUMERIC.includes(key) ? 'right' : 'left'} sortDirection={sortKey === key ? (key === 'name' ? 'asc' : 'desc') : false}>
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
            <TableRow key={r.roomId} hover data-room={r.name}>
              <TableCell sx={{ fontWeight: 600 }}>{r.name}</TableCell>
              {officeNames ? <TableCell>{officeNames.get(r.officeId) ?? ''}</TableCell> : null}
              <TableCell align="right">{r.bookings}</TableCell>
              <TableCell align="right">{number.format(toHours(r.bookedMinutes))}</TableCell>
              <TableCell align="right">
                <UtilizationBar share={r.utilization} text={percent(r.utilization, locale)} />
              </TableCell>
              <TableCell align="right">
                <UtilizationBar share={r.noShowRate} text={percent(r.noShowRate, locale)} color="warning" />
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                  {t('stats.noShowCount', { released: r.released, total: r.released + r.attended })}
                </Typography>
              </TableCell>
              <TableCell align="right">
                <UtilizationBar share={r.averageFill} text={percent(r.averageFill, locale)} color="secondary" />
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                  {r.averageAttendees === null ? '—' : t('stats.attendees', { average: number.format(r.averageAttendees), capacity: r.capacity })}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
