import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';

/** Grey rows while the bookings load. */
export function MyBookingsSkeleton() {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-label={t('myBookings.loading')} data-testid="my-loading" sx={{ borderRadius: 3, border: 1, borderColor: 'divider', bgcolor: 'background.paper', p: 2 }}>
      {Array.from({ length: 5 }, (_, i) => (
        <Box key={i} sx={{ display: 'grid', gridTemplateColumns: '100px 1fr 120px', gap: 2, py: 1.25 }}>
          <Skeleton variant="text" />
          <Skeleton variant="text" />
          <Skeleton variant="rounded" height={24} />
        </Box>
      ))}
    </Box>
  );
}
