import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../i18n';

interface ErrorAlertProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}

/** A failed load or write, in the person's language, with a way to try again. */
export function ErrorAlert({ title, error, onRetry, testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid={testId}
      severity="error"
      variant="outlined"
      role="alert"
      sx={{ bgcolor: 'background.paper' }}
      action={
        onRetry ? (
          <Button color="inherit" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {errorText(error, t)}
    </Alert>
  );
}
