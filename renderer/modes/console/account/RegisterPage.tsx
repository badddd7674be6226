import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/useApiQuery';
import { SignInFrame } from '../SignInFrame';
import { invitationFromQuery } from './invitation';
import { RegisterForm } from './RegisterForm';

/** `#/console/register` (an invite link adds `?code=…&email=…`): a new account, then the console. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [query] = useSearchParams();
  const invitation = useMemo(() => invitationFromQuery(query), [query]);
  const { data: registration } = useApiQuery('auth.getRegistration', {});
  const subtitle = !registration
    ? t('account.register.subtitle.unknown')
    : t(`account.register.subtitle.${registration.mode}`, { domains: registration.domains.join(', ') });

  return (
    <SignInFrame title={t('account.register.title')} subtitle={subtitle} maxWidth={460}>
      <RegisterForm key={`${invitation.code} ${invitation.email}`} registration={registration ?? null} invitation={invitation} />
      <Typography variant="body2" sx={{ textAlign: 'center' }}>
        {t('account.register.haveAccount')}{' '}
        <Link component={RouterLink} to="/console" data-testid="sign-in-link" sx={{ fontWeight: 600 }}>
          {t('account.register.signIn')}
        </Link>
      </Typography>
    </SignInFrame>
  );
}
