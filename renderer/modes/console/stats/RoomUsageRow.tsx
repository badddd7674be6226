import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RoomUsage } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { formatHours, percent } from './chartText';
import { UtilizationBar } from './UtilizationBar';

/** One room's use, no-shows and attendance, each as a bar with its figure and the counts below. */
export function RoomUsageRow({ room, officeName }: { room: RoomUsage; officeName: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <TableRow hover data-room={room.name}>
      <TableCell sx={{ fontWeight: 600 }}>{room.name}</TableCell>
      {officeName !== null ? <TableCell>{officeName}</TableCell> : null}
      <TableCell align="right">{room.bookings}</TableCell>
      <TableCell align="right">{formatHours(room.bookedMinutes, locale)}</TableCell>
      <TableCell align="right">
        <UtilizationBar share={room.utilization} text={percent(room.utilization, locale)} />
      </TableCell>
      <TableCell align="right">
        <UtilizationBar share={room.noShowRate} text={percent(room.noShowRate, locale)} color="warning" />
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {t('stats.noShowCount', { released: room.released, total: room.released + room.attended })}
        </Typography>
      </TableCell>
      <TableCell align="right">
        <UtilizationBar share={room.averageFill} text={percent(room.averageFill, locale)} color="secondary" />
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {room.averageAttendees === null ? '—' : t('stats.attendees', { average: number.format(room.averageAttendees), capacity: room.capacity })}
        </Typography>
      </TableCell>
    </TableRow>
  );
}
