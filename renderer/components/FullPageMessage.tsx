import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface FullPageMessageProps {
  title: string;
  body?: string;
  icon?: ReactNode;
  isBusy?: boolean;
  action?: ReactNode;
}

/** One calm message in the middle of the window: starting up, or the server cannot be reached. */
export function FullPageMessage({ title, body, icon, isBusy = false, action }: FullPageMessageProps) {
  return (
    <Box
      role={isBusy ? 'status' : 'alert'}
      aria-busy={isBusy}
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}
    >
      <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', maxWidth: 480 }}>
        {isBusy ? <CircularProgress aria-hidden /> : icon}
        <Typography variant="h6" component="h1">
          {title}
        </Typography>
        {body ? <Typography color="text.secondary">{body}</Typography> : null}
        {action}
      </Stack>
    </Box>
  );
}
