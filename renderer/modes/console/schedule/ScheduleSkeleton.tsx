import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';

/** Grey hours while the schedule loads. */
export function ScheduleSkeleton() {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-label={t('schedule.loading')} data-testid="schedule-loading" sx={{ borderRadius: 3, border: 1, borderColor: 'divider', bgcolor: 'background.paper', p: 2 }}>
      {Array.from({ length: 8 }, (_, i) => (
        <Box key={i} sx={{ display: 'grid', gridTemplateColumns: '56px 1fr', gap: 2, py: 0.75 }}>
          <Skeleton variant="text" />
          <Skeleton variant="rounded" height={28} sx={{ opacity: i % 3 === 1 ? 0.9 : 0.4 }} />
        </Box>
      ))}
    </Box>
  );
}
