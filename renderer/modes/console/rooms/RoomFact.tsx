import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** One fact on a room card (seats, place, office): a small icon and a short text. */
export function RoomFact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', color: 'text.secondary', minWidth: 0 }}>
      {icon}
      <Typography variant="body2" noWrap sx={{ color: 'text.primary' }}>
        {children}
      </Typography>
    </Stack>
  );
}
