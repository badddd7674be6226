import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiQuery } from '../../../api/useApiQuery';

/**
 * Under the sign-in form: the way to a new account, as the registration setting allows it. Open
 * (or open to some domains): "Create an account". By invitation only: only people with a code may
 * register, so the offer speaks to them. Nothing while the setting is unknown.
 */
export function RegistrationOffer() {
  const { t } = useTranslation();
  const { data: registration } = useApiQuery('auth.getRegistration', {});
  if (!registration) return null;

  const isInvitation = registration.mode === 'invitation';
  const question =
    registration.mode === 'domains'
      ? t('account.offer.domains', { domains: registration.domains.join(', ') })
      : t(isInvitation ? 'account.offer.invitation' : 'account.offer.open');
  return (
    <Typography variant="body2" sx={{ textAlign: 'center' }} data-testid="registration-offer" data-mode={registration.mode}>
      {question}{' '}
      <Link component={RouterLink} to="/console/register" data-testid="register-link" sx={{ fontWeight: 600 }}>
        {t(isInvitation ? 'account.offer.withCode' : 'account.offer.create')}
      </Link>
    </Typography>
  );
}
