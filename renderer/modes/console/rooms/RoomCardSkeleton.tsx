import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';

/** The shape of a room card while the list loads, so the page does not jump. */
export function RoomCardSkeleton() {
  return (
    <Card aria-hidden>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.75, p: 2.25 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <Skeleton variant="rounded" width={44} height={44} />
          <Stack sx={{ flex: 1 }}>
            <Skeleton width="60%" height={28} />
            <Skeleton width="40%" />
          </Stack>
        </Stack>
        <Skeleton width="70%" />
        <Stack direction="row" spacing={0.75}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} variant="rounded" width={32} height={32} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
