import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';

/** Grey rows while the office's day loads. */
export function BoardSkeleton() {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-label={t('board.loading')} data-testid="board-loading" sx={{ borderRadius: 3, border: 1, borderColor: 'divider', bgcolor: 'background.paper', p: 2 }}>
      <Skeleton variant="text" width="100%" height={22} />
      {Array.from({ length: 6 }, (_, i) => (
        <Box key={i} sx={{ display: 'grid', gridTemplateColumns: '190px 1fr', gap: 2, py: 1 }}>
          <Skeleton variant="rounded" height={40} />
          <Skeleton variant="rounded" height={40} sx={{ opacity: 0.6 }} />
        </Box>
      ))}
    </Box>
  );
}
