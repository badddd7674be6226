import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { currentLanguage } from '../../../../i18n';
import { invitationLink } from '../../account/invitation';
import { OneTimeCode } from '../shared/OneTimeCode';
import { formatDateTime } from '../shared/time';
import { useDisplayZone } from '../shared/useDisplayZone';

/**
 * The invitation code to send, and until when it works. In the web console also a link that opens
 * the register page with the code and address filled in (a desktop's own address means nothing
 * to anyone else, so it offers the code only).
 */
export function InviteResult({ result }: { result: Output<'users.invite'> }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useDisplayZone();
  const api = useApi();
  const link = api.transport === 'http' ? invitationLink(window.location.href, { code: result.code, email: result.invitation.email }) : null;
  return (
    <Stack spacing={2}>
      <Typography>{t('admin.users.inviteReady', { email: result.invitation.email })}</Typography>
      <OneTimeCode code={result.code} testId="invitation-code" />
      {link ? (
        <TextField
          label={t('admin.users.inviteLink')}
          value={link}
          fullWidth
          size="small"
          slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'invitation-link', onFocus: (e: FocusEvent<HTMLInputElement>) => e.currentTarget.select() } }}
        />
      ) : null}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('admin.users.inviteExpires', { at: formatDateTime(result.invitation.expiresAt, timeZone, currentLanguage(i18n.language)) })}
      </Typography>
    </Stack>
  );
}
