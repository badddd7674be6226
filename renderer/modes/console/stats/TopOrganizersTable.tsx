import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { StatsGlobal } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { formatHours } from './chartText';

/** The ten people who organize most bookings. */
export function TopOrganizersTable({ people }: { people: StatsGlobal['topOrganizers'] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  if (people.length === 0) return <Typography sx={{ color: 'text.secondary' }}>{t('stats.noData')}</Typography>;
  return (
    <Table size="small" aria-label={t('stats.topOrganizers')} data-testid="top-organizers">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 32 }}>#</TableCell>
          <TableCell>{t('stats.person')}</TableCell>
          <TableCell align="right">{t('stats.bookings')}</TableCell>
          <TableCell align="right">{t('stats.hours')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {people.map((p, i) => (
          <TableRow key={p.userId}>
            <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
            <TableCell sx={{ fontWeight: 600 }}>{p.name}</TableCell>
            <TableCell align="right">{p.bookings}</TableCell>
            <TableCell align="right">{formatHours(p.minutes, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
