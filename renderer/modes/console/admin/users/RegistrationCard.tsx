import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../../api/useApiQuery';
import { ErrorAlert } from '../shared/ErrorAlert';
import { RegistrationForm } from './RegistrationForm';

/** Who may create an account without being added: nobody (invitations), some domains, anyone. */
export function RegistrationCard({ onSaved }: { onSaved(message: string): void }) {
  const { t } = useTranslation();
  const setting = useApiQuery('auth.getRegistration', {});
  return (
    <Card component="section" aria-labelledby="registration-title" sx={{ borderRadius: 3 }}>
      <CardContent sx={{ p: 2.5 }}>
        <Typography id="registration-title" variant="h6" component="h2">
          {t('admin.registration.title')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {t('admin.registration.subtitle')}
        </Typography>
        {setting.error ? (
          <ErrorAlert title={t('admin.registration.loadFailed')} error={setting.error} onRetry={setting.reload} />
        ) : setting.data ? (
          <RegistrationForm key={JSON.stringify(setting.data)} saved={setting.data} onSaved={(next) => {
              setting.reload();
              onSaved(t(`admin.registration.saved.${next.mode}`));
            }} />
        ) : (
          <Skeleton variant="rounded" height={120} />
        )}
      </CardContent>
    </Card>
  );
}
