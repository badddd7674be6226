import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/sessionContext';
import { RegistrationOffer } from './account/RegistrationOffer';
import { SignInForm } from './SignInForm';
import { SignInFrame } from './SignInFrame';

/** The console's front door. */
export function SignInPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const notice = state.status === 'signedOut' ? state.notice : null;

  return (
    <SignInFrame title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      {notice === 'sessionEnded' ? (
        <Alert severity="info" data-testid="sign-in-notice">
          {t('signIn.sessionEnded')}
        </Alert>
      ) : null}
      <SignInForm />
      <RegistrationOffer />
      <Typography variant="body2" sx={{ color: 'text.secondary', textAlign: 'center' }}>
        {t('signIn.help')}
      </Typography>
    </SignInFrame>
  );
}
