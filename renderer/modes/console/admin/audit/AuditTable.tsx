import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../core/contract';
import { currentLanguage } from '../../../../i18n';
import { SR_ONLY } from '../shared/srOnly';
import { TableSkeleton } from '../shared/TableSkeleton';
import { formatDateTime } from '../shared/time';
import { AuditRow } from './AuditRow';

interface AuditTableProps {
  /** null while the first page loads. */
  entries: readonly AuditEntry[] | null;
  isBusy: boolean;
  timeZone: string;
  /** Names of people, tablets and rooms by id. */
  names: ReadonlyMap<string, string>;
}

const COLUMNS = ['when', 'actor', 'action', 'entity', 'reason'] as const;

/** The entries with their actor and record named, times on the office clock. */
export function AuditTable({ entries, isBusy, timeZone, names }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const actorOf = (e: AuditEntry) =>
    e.actorUserId ? (names.get(e.actorUserId) ?? t('admin.audit.someone')) : e.actorDeviceId ? (names.get(e.actorDeviceId) ?? t('admin.audit.aTablet')) : t('admin.audit.system');
  const entityOf = (e: AuditEntry) => `${t(`admin.audit.entityType.${e.entityType}`, { defaultValue: e.entityType })}: ${names.get(e.entityId) ?? e.entityId.slice(0, 8)}`;
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table size="small" aria-label={t('admin.audit.title')} aria-busy={isBusy} data-testid="audit-table" sx={{ opacity: isBusy && entries ? 0.6 : 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>
                <span style={SR_ONLY}>{t('admin.audit.details')}</span>
              </TableCell>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{t(`admin.audit.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          {entries ? (
            <TableBody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} when={formatDateTime(entry.at, timeZone, locale)} actor={actorOf(entry)} entity={entityOf(entry)} />
              ))}
            </TableBody>
          ) : (
            <TableSkeleton columns={6} rows={8} />
          )}
        </Table>
      </TableContainer>
    </Paper>
  );
}
