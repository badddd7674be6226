import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../admin/access/permissionsContext';
import { EmptyState } from '../admin/shared/EmptyState';
import { PageHeader } from '../admin/shared/PageHeader';
import { useDisplayZone } from '../admin/shared/useDisplayZone';
import { BackToRoomsButton } from '../BackToRoomsButton';
import { GlobalStats } from './GlobalStats';
import { MyStatsCard } from './MyStatsCard';
import { PeriodPicker } from './PeriodPicker';
import { periodOf, type PeriodChoice } from './statsPeriod';

/** Statistics: for facility staff the office's use of its rooms; for everyone their own. */
export function StatsPage() {
  const { t } = useTranslation();
  const { may, isLoading } = usePermissions();
  const { timeZone, officeName } = useDisplayZone();
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'last30', fromDay: '', toDay: '' });
  const period = periodOf(choice, timeZone);
  const canSeeAll = may('stats.global');

  if (!isLoading && !canSeeAll && !may('stats.user')) {
    return <EmptyState testId="not-allowed" icon={<LockOutlinedIcon fontSize="large" />} title={t('stats.notAllowedTitle')} hint={t('stats.notAllowedHint')} action={<BackToRoomsButton />} />;
  }

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('stats.title')} subtitle={canSeeAll ? t('stats.subtitle') : t('stats.subtitleMine')} />
      <Paper variant="outlined" sx={{ p: 2, borderRadius: 3 }}>
        <PeriodPicker choice={choice} days={period} onChange={setChoice} />
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          {t('stats.daysIn', { zone: officeName ? `${officeName} (${timeZone})` : timeZone })}
        </Typography>
      </Paper>
      {!period ? (
        <Alert severity="warning" data-testid="stats-bad-period">
          {t('stats.badPeriod')}
        </Alert>
      ) : (
        <>
          {canSeeAll ? <GlobalStats period={period} /> : null}
          <MyStatsCard period={period} />
        </>
      )}
    </Stack>
  );
}
