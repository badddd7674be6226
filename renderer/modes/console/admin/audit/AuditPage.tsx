import HistoryEduOutlinedIcon from '@mui/icons-material/HistoryEduOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../../api/useApiQuery';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { useDisplayZone } from '../shared/useDisplayZone';
import { AuditFilters } from './AuditFilters';
import { NO_AUDIT_FILTERS, toAuditInput, type AuditFilterState } from './auditFilters';
import { AuditTable } from './AuditTable';
import { useAuditPages } from './useAuditPages';

/** Who did what to which record, when and why: security events, changes, overrides. */
export function AuditPage() {
  const { t } = useTranslation();
  const { timeZone, officeName } = useDisplayZone();
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
        <AuditTable entries={pages.entries} isBusy={pages.isLoading} timeZone={timeZone} names={names} />
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
