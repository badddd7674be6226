import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import IconButton from '@mui/material/IconButton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../../core/contract';
import { hoursSummary, weekdayNames } from './hoursSummary';
import { utcOffset } from './timeZones';

interface OfficeRowProps {
  office: Office;
  /** null until the rooms are counted. */
  rooms: number | null;
  now: Date;
  canEdit: boolean;
  onEdit(office: Office): void;
}

/** One office: name, clock, working week in a line, holidays and rooms, and its edit button. */
export function OfficeRow({ office, rooms, now, canEdit, onEdit }: OfficeRowProps) {
  const { t, i18n } = useTranslation();
  const days = weekdayNames(i18n.language);
  const hours = hoursSummary(office.workingHours, { day: (d) => days[d], closed: t('admin.offices.closed'), rules: t('admin.offices.byRules') });
  return (
    <TableRow hover data-testid="office-row" data-office={office.name}>
      <TableCell>
        <Typography sx={{ fontWeight: 600 }}>{office.name}</Typography>
      </TableCell>
      <TableCell data-testid="office-zone">
        <Typography variant="body2">{office.timeZone}</Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {utcOffset(office.timeZone, now)}
        </Typography>
      </TableCell>
      <TableCell data-testid="office-hours" sx={{ maxWidth: 360 }}>
        <Typography variant="body2">{hours}</Typography>
      </TableCell>
      <TableCell align="right">{office.holidays.length}</TableCell>
      <TableCell align="right">{rooms ?? '—'}</TableCell>
      <TableCell align="right">
        {canEdit ? (
          <Tooltip title={t('admin.offices.edit')}>
            <IconButton aria-label={`${t('admin.offices.edit')}: ${office.name}`} data-testid="edit-office" onClick={() => onEdit(office)}>
              <EditOutlinedIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
