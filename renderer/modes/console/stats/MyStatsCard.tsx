import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/apiContext';
import { useApiQuery } from '../../../api/useApiQuery';
import { useSignedInUser } from '../../../session/sessionContext';
import { ErrorAlert } from '../admin/shared/ErrorAlert';
import { currentLanguage } from '../../../i18n';
import { formatHours } from './chartText';
import { CsvButton } from './CsvButton';
import { RankedList } from './RankedList';
import { StatsCard } from './StatsCard';
import type { Period } from './statsPeriod';

const SHOWN = 5;

/** The signed-in person's own picture: the rooms they use and the people they meet most. */
export function MyStatsCard({ period }: { period: Period }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const api = useApi();
  const me = useSignedInUser();
  const input = { userId: me.id, from: period.from, to: period.to };
  const mine = useApiQuery('stats.user', input);
  const csv = (table: 'rooms' | 'people') => <CsvButton table={`my-${table}`} load={() => api.call('reports.statsUser', { ...input, table })} disabled={!mine.data} />;
  return (
    <StatsCard title={t('stats.mine')} subtitle={t('stats.mineHint')} testId="my-stats">
      {mine.error ? (
        <ErrorAlert title={t('stats.loadFailed')} error={mine.error} onRetry={mine.reload} />
      ) : !mine.data ? (
        <Skeleton variant="rounded" height={120} />
      ) : (
        <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap' }}>
          <RankedList title={t('stats.myRooms')} testId="my-rooms" action={csv('rooms')} rows={mine.data.rooms.slice(0, SHOWN).map((r) => ({ key: r.roomId, name: r.name, count: t('stats.bookingsCount', { count: r.bookings }) }))} />
          <RankedList title={t('stats.myPeople')} testId="my-people" action={csv('people')} rows={mine.data.people.slice(0, SHOWN).map((p) => ({ key: p.userId, name: p.name, count: t('stats.hoursValue', { hours: formatHours(p.minutes, locale) }) }))} />
        </Stack>
      )}
    </StatsCard>
  );
}
