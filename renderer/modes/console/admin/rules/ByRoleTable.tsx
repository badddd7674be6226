import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../../core/domain';
import { RoleCell } from './RoleCell';

/** The per-role limits a role may have (DESIGN: "per role where it makes sense"). */
const COLUMNS = [
  { field: 'stepMin', min: 1, max: 1440 },
  { field: 'durationMin.min', min: 1, max: 10080 },
  { field: 'durationMin.max', min: 1, max: 10080 },
  { field: 'horizonDays', min: 0, max: 3650 },
  { field: 'minNoticeMin', min: 0, max: 525600 },
  { field: 'maxActivePerUser', min: 1, max: 100000 },
  { field: 'rescheduleFreezeMin', min: 0, max: 525600 },
] as const;

/** A role's own limits over the general ones; an empty cell follows the general rule. */
export function ByRoleTable() {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {t('admin.rules.byRoleHint')}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label={t('admin.rules.byRole')} data-testid="by-role-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.users.role')}</TableCell>
              {COLUMNS.map(({ field }) => (
                <TableCell key={field} sx={{ px: 0.75, lineHeight: 1.2, verticalAlign: 'bottom' }}>
                  {t(`admin.rules.byRoleField.${field}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {ROLES.map((role) => (
              <TableRow key={role}>
                <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{t(`roles.${role}`)}</TableCell>
                {COLUMNS.map((c) => (
                  <RoleCell key={c.field} role={role} {...c} />
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
