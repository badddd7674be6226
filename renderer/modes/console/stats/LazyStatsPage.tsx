import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const StatsPage = lazy(() => import('./StatsPage').then((module) => ({ default: module.StatsPage })));

/** Statistics with its charts, loaded when first opened (the chart library stays out of the first load). */
export function LazyStatsPage() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LinearProgress aria-label={t('stats.loading')} />}>
      <StatsPage />
    </Suspense>
  );
}
