import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n';

/** A list with nothing in it: why, and what to do. */
export function EmptyState({ icon, title, body, action, testId }: { icon: ReactNode; title: string; body?: string; action?: ReactNode; testId: string }) {
  return (
    <Box
      role="status"
      data-testid={testId}
      sx={{ textAlign: 'center', py: 7, px: 2, border: 1, borderStyle: 'dashed', borderColor: 'divider', borderRadius: 3, bgcolor: 'background.paper' }}
    >
      <Box sx={{ display: 'inline-grid', placeItems: 'center', width: 60, height: 60, borderRadius: '50%', bgcolor: 'primary.light', color: 'primary.main', mb: 1.75 }} aria-hidden>
        {icon}
      </Box>
      <Typography variant="h6" component="p">
        {title}
      </Typography>
      {body ? <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{body}</Typography> : null}
      {action ? <Box sx={{ mt: 2.25 }}>{action}</Box> : null}
    </Box>
  );
}

/** A list that could not be loaded: what failed, in the person's language, and a retry. */
export function ErrorState({ title, error, onRetry, testId }: { title: string; error: unknown; onRetry(): void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid={testId}
      severity="error"
      variant="outlined"
      sx={{ bgcolor: 'background.paper' }}
      action={
        <Button color="inherit" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {errorText(error, t)}
    </Alert>
  );
}
