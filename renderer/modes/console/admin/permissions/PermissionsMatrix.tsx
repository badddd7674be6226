import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { PermissionRow } from '../../../../../core/contract/permissions';
import { ROLES, type Role } from '../../../../../core/domain';
import { SR_ONLY } from '../shared/srOnly';
import { groupByDomain, rolesWith, type PermissionEdits } from './permissionDiff';
import { PermissionMethodRow, STICKY_CELL } from './PermissionMethodRow';

interface PermissionsMatrixProps {
  rows: readonly PermissionRow[];
  edits: PermissionEdits;
  isReadOnly: boolean;
  isBusy: boolean;
  onToggle(row: PermissionRow, role: Role, isAllowed: boolean): void;
  onReset(row: PermissionRow): void;
}

/** Roles across, methods down, grouped by what they are about; the header and names stay in view. */
export function PermissionsMatrix({ rows, edits, isReadOnly, isBusy, onToggle, onReset }: PermissionsMatrixProps) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer sx={{ maxHeight: { md: 'max(420px, calc(100vh - 330px))' } }}>
        <Table size="small" stickyHeader aria-label={t('admin.permissions.title')} aria-busy={isBusy} data-testid="permissions-table" sx={{ minWidth: 860 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ ...STICKY_CELL, bgcolor: undefined, zIndex: 3 }}>{t('admin.permissions.methodColumn')}</TableCell>
              {ROLES.map((role) => (
                <TableCell key={role} align="center" sx={{ width: 96, lineHeight: 1.25 }}>
                  {t(`roles.${role}`)}
                </TableCell>
              ))}
              <TableCell align="right">
                <Box component="span" sx={SR_ONLY}>
                  {t('admin.permissions.reset')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          {groupByDomain(rows).map(({ domain, rows: list }) => (
            <TableBody key={domain} data-domain={domain}>
              <TableRow>
                <TableCell component="th" scope="rowgroup" colSpan={ROLES.length + 2} sx={{ bgcolor: 'action.hover', py: 0.75 }}>
                  <Box component="span" sx={{ position: 'sticky', left: 16, fontWeight: 700 }}>
                    {t(`admin.permissions.domain.${domain}`, { defaultValue: domain })}
                  </Box>
                </TableCell>
              </TableRow>
              {list.map((row) => (
                <PermissionMethodRow
                  key={row.method}
                  row={row}
                  roles={rolesWith(row, edits)}
                  isEdited={edits.has(row.method)}
                  isReadOnly={isReadOnly}
                  onToggle={(role, isAllowed) => onToggle(row, role, isAllowed)}
                  onReset={() => onReset(row)}
                />
              ))}
            </TableBody>
          ))}
        </Table>
      </TableContainer>
    </Paper>
  );
}
