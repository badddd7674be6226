import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZEmail, type Output } from '../../../../../core/contract';
import type { Role } from '../../../../../core/domain';
import { useApi } from '../../../../api/apiContext';
import { useOffice } from '../../officeContext';
import { FormDialog } from '../shared/FormDialog';
import { OfficeField } from '../shared/OfficeField';
import { RoleField } from '../shared/RoleField';
import { useAction } from '../shared/useAction';
import { InviteResult } from './InviteResult';

/** A one-time code with which one e-mail address may register, with its role and office. */
export function InviteDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { officeId } = useOffice();
  const invite = useAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('employee');
  const [office, setOffice] = useState(officeId ?? '');
  const [isChecked, setIsChecked] = useState(false);
  const [result, setResult] = useState<Output<'users.invite'> | null>(null);
  const isEmail = ZEmail.safeParse(email.trim()).success;

  const submit = async () => {
    setIsChecked(true);
    if (!isEmail) return;
    const made = await invite.run(() => api.call('users.invite', { email: email.trim(), role, officeId: office || null }));
    if (made) setResult(made);
  };

  const done = result ? <Button variant="contained" onClick={onClose} data-testid="invite-done">{t('admin.done')}</Button> : undefined;
  return (
    <FormDialog open title={t('admin.users.inviteTitle')} submitLabel={t('admin.users.inviteCreate')} isBusy={invite.isBusy} error={invite.error} onSubmit={() => void (result ? onClose() : submit())} onClose={onClose} testId="invite-dialog" actions={done}>
      {result ? (
        <InviteResult result={result} />
      ) : (
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('admin.users.inviteHint')}
          </Typography>
          <TextField label={t('admin.users.email')} name="email" type="email" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} error={isChecked && !isEmail} helperText={isChecked && !isEmail ? t('admin.users.emailInvalid') : undefined} fullWidth />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <RoleField label={t('admin.users.role')} value={role} onChange={(r) => r && setRole(r)} fullWidth testId="invite-role" />
            <OfficeField label={t('admin.users.office')} emptyLabel={t('admin.users.noOffice')} value={office} onChange={setOffice} fullWidth testId="invite-office" />
          </Stack>
        </Stack>
      )}
    </FormDialog>
  );
}
