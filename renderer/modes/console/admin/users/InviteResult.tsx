import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../core/contract';
import { currentLanguage } from '../../../../i18n';
import { OneTimeCode } from '../shared/OneTimeCode';
import { formatDateTime } from '../shared/time';
import { useDisplayZone } from '../shared/useDisplayZone';

/** The invitation code to send, and until when it works. */
export function InviteResult({ result }: { result: Output<'users.invite'> }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useDisplayZone();
  return (
    <Stack spacing={2}>
      <Typography>{t('admin.users.inviteReady', { email: result.invitation.email })}</Typography>
      <OneTimeCode code={result.code} testId="invitation-code" />
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('admin.users.inviteExpires', { at: formatDateTime(result.invitation.expiresAt, timeZone, currentLanguage(i18n.language)) })}
      </Typography>
    </Stack>
  );
}
