import HistoryEduOutlinedIcon from '@mui/icons-material/HistoryEduOutlined';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../core/contract';
import { useApiQuery } from '../../../../api/useApiQuery';
import { currentLanguage } from '../../../../i18n';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SR_ONLY } from '../shared/srOnly';
import { TableSkeleton } from '../shared/TableSkeleton';
import { formatDateTime } from '../shared/time';
import { useDisplayZone } from '../shared/useDisplayZone';
import { AuditFilters } from './AuditFilters';
import { NO_AUDIT_FILTERS, toAuditInput, type AuditFilterState } from './auditFilters';
import { AuditRow } from './AuditRow';
import { useAuditPages } from './useAuditPages';

/** Who did what to which record, when and why: security events, changes, overrides. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { timeZone, officeName } = useDisplayZone();
  const locale = currentLanguage(i18n.language);
  const [filters, setFilters] = useState<AuditFilterState>(NO_AUDIT_FILTERS);
  const inputFor = useCallback((cursor?: string) => toAuditInput(filters, timeZone, cursor), [filters, timeZone]);
  const pages = useAuditPages(inputFor);
  const people = useApiQuery('users.list', { includeInactive: true });
  const devices = useApiQuery('devices.list', { includeRevoked: true });
  const rooms = useApiQuery('rooms.list', { includeRetired: true });
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const list of [people.data, devices.data, rooms.data]) for (const item of list ?? []) map.set(item.id, item.name);
    return map;
  }, [people.data, devices.data, rooms.data]);
  const actorOf = (e: AuditEntry) => (e.actorUserId ? (names.get(e.actorUserId) ?? t('admin.audit.someone')) : e.actorDeviceId ? (names.get(e.actorDeviceId) ?? t('admin.audit.aTablet')) : t('admin.audit.system'));
  const entityOf = (e: AuditEntry) => `${t(`admin.audit.entityType.${e.entityType}`, { defaultValue: e.entityType })}: ${names.get(e.entityId) ?? e.entityId.slice(0, 8)}`;

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.audit.title')} subtitle={t('admin.audit.subtitle')} />
      <AuditFilters filters={filters} onChange={setFilters} people={people.data ?? []} />
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('admin.timesIn', { zone: officeName ? `${officeName} (${timeZone})` : timeZone })}
      </Typography>
      {pages.error && !pages.entries ? (
        <ErrorAlert title={t('admin.audit.loadFailed')} error={pages.error} onRetry={pages.reload} />
      ) : pages.entries?.length === 0 ? (
        <EmptyState testId="audit-empty" icon={<HistoryEduOutlinedIcon fontSize="large" />} title={t('admin.audit.emptyTitle')} hint={t('admin.audit.emptyHint')} />
      ) : (
        <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
          <TableContainer>
            <Table size="small" aria-label={t('admin.audit.title')} aria-busy={pages.isLoading} data-testid="audit-table" sx={{ opacity: pages.isLoading && pages.entries ? 0.6 : 1 }}>
              <TableHead>
                <TableRow>
                  <TableCell>
                    <span style={SR_ONLY}>{t('admin.audit.details')}</span>
                  </TableCell>
                  <TableCell>{t('admin.audit.when')}</TableCell>
                  <TableCell>{t('admin.audit.actor')}</TableCell>
                  <TableCell>{t('admin.audit.action')}</TableCell>
                  <TableCell>{t('admin.audit.entity')}</TableCell>
                  <TableCell>{t('admin.audit.reason')}</TableCell>
                </TableRow>
              </TableHead>
              {pages.entries ? (
                <TableBody>
                  {pages.entries.map((entry) => (
                    <AuditRow key={entry.id} entry={entry} when={formatDateTime(entry.at, timeZone, locale)} actor={actorOf(entry)} entity={entityOf(entry)} />
                  ))}
                </TableBody>
              ) : (
                <TableSkeleton columns={6} rows={8} />
              )}
            </Table>
          </TableContainer>
        </Paper>
      )}
      {pages.error && pages.entries ? <ErrorAlert title={t('admin.audit.loadFailed')} error={pages.error} onRetry={pages.loadMore} /> : null}
      {pages.hasMore ? (
        <Button variant="outlined" onClick={pages.loadMore} disabled={pages.isLoading} sx={{ alignSelf: 'center' }} data-testid="audit-more">
          {t('admin.audit.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
