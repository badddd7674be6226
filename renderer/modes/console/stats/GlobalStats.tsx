import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsGlobal } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { useApiQuery } from '../../../api/useApiQuery';
import { ErrorAlert } from '../admin/shared/ErrorAlert';
import { useOffice } from '../officeContext';
import { BusiestHoursChart } from './BusiestHoursChart';
import { CsvButton } from './CsvButton';
import { RoomUsageTable } from './RoomUsageTable';
import { StatsCard } from './StatsCard';
import type { Period } from './statsPeriod';
import { TopOrganizersTable } from './TopOrganizersTable';
import { TopRoomsChart } from './TopRoomsChart';

type Table = 'busiestHours' | 'topOrganizers' | 'topRooms' | 'rooms';

/** The office's (or every office's) busiest hours, top organizers and rooms, and each room's use. */
export function GlobalStats({ period }: { period: Period }) {
  const { t } = useTranslation();
  const api = useApi();
  const { officeId, offices } = useOffice();
  const input = { from: period.from, to: period.to, ...(officeId ? { officeId } : {}) };
  const stats = useApiQuery('stats.global', input);
  const officeNames = useMemo(() => (officeId ? null : new Map(offices.map((o) => [o.id, o.name]))), [officeId, offices]);
  const csv = (table: Table) => <CsvButton table={table} load={() => api.call('reports.statsGlobal', { ...input, table })} disabled={!stats.data} />;
  const data: StatsGlobal | undefined = stats.data;

  if (stats.error) return <ErrorAlert title={t('stats.loadFailed')} error={stats.error} onRetry={stats.reload} testId="stats-error" />;
  if (!data) return <Skeleton variant="rounded" height={420} aria-label={t('stats.loading')} />;
  return (
    <Stack spacing={2.5} aria-busy={stats.isLoading} data-testid="global-stats" sx={{ position: 'relative' }}>
      {stats.isLoading ? <LinearProgress sx={{ position: 'absolute', top: -12, left: 0, right: 0 }} aria-label={t('stats.loading')} /> : null}
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <StatsCard title={t('stats.busiestHours')} subtitle={t('stats.busiestHoursHint')} action={csv('busiestHours')} testId="card-busiest-hours">
          <BusiestHoursChart hours={data.busiestHours} />
        </StatsCard>
        <StatsCard title={t('stats.topRooms')} subtitle={t('stats.topRoomsHint')} action={csv('topRooms')} testId="card-top-rooms">
          <TopRoomsChart rooms={data.topRooms} />
        </StatsCard>
      </Box>
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: '430px minmax(0, 1fr)' }, alignItems: 'start' }}>
        <StatsCard title={t('stats.topOrganizers')} action={csv('topOrganizers')} testId="card-top-organizers">
          <TopOrganizersTable people={data.topOrganizers} />
        </StatsCard>
        <StatsCard title={t('stats.roomUsage')} subtitle={t('stats.roomUsageHint')} action={csv('rooms')} testId="card-room-usage">
          <RoomUsageTable rooms={data.rooms} officeNames={officeNames} />
        </StatsCard>
      </Box>
    </Stack>
  );
}
