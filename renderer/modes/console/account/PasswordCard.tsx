import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { useSignedInUser } from '../../../session/sessionContext';
import { ErrorAlert } from '../admin/shared/ErrorAlert';
import { AccountCard } from './AccountCard';
import { checkPasswordChange, EMPTY_PASSWORDS, PASSWORD_FIELDS, type PasswordDraft, type PasswordField } from './accountForms';
import { fieldText } from './fieldErrors';
import { SecretField } from './SecretField';
import { useFormMessages } from './useFormMessages';

const ORDER: readonly PasswordField[] = ['currentPassword', 'newPassword', 'confirmPassword'];

/** The current password, then the new one twice; this session stays, every other one ends. */
export function PasswordCard({ onChanged }: { onChanged(message: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const user = useSignedInUser();
  const form = useFormMessages(PASSWORD_FIELDS, ORDER);
  const [draft, setDraft] = useState<PasswordDraft>(EMPTY_PASSWORDS);
  const field = (name: PasswordField) => ({
    name,
    value: draft[name],
    error: fieldText(form.messages[name], t),
    required: true,
    onChange: (value: string) => {
      setDraft((d) => ({ ...d, [name]: value }));
      form.clear(name);
    },
  });

  const change = async (event: FormEvent) => {
    event.preventDefault();
    const isDone = await form.submit(checkPasswordChange(draft), () =>
      api.call('auth.changePassword', { currentPassword: draft.currentPassword, newPassword: draft.newPassword }),
    );
    if (!isDone) return;
    setDraft(EMPTY_PASSWORDS);
    onChanged(t('account.password.changed'));
  };

  return (
    <AccountCard title={t('account.password.title')} subtitle={t('account.password.subtitle')} testId="password-card">
      <Stack ref={form.formRef} component="form" spacing={2.25} onSubmit={change} noValidate aria-label={t('account.password.title')} sx={{ mt: 2.5 }} data-testid="password-form">
        {/* Tells password managers whose password this is. */}
        <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
        <SecretField {...field('currentPassword')} label={t('account.password.current')} autoComplete="current-password" />
        <SecretField {...field('newPassword')} label={t('account.password.new')} autoComplete="new-password" hint={t('account.password.newHint', { min: PASSWORD_MIN })} />
        <SecretField {...field('confirmPassword')} label={t('account.password.confirm')} autoComplete="new-password" />
        {form.failure ? <ErrorAlert title={t('account.password.failedTitle')} error={form.failure} testId="password-error" /> : null}
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button
            type="submit"
            variant="contained"
            disabled={form.isBusy}
            data-testid="password-submit"
            startIcon={form.isBusy ? <CircularProgress size={16} color="inherit" aria-hidden /> : <KeyOutlinedIcon />}
          >
            {form.isBusy ? t('account.password.submitting') : t('account.password.submit')}
          </Button>
        </Stack>
      </Stack>
    </AccountCard>
  );
}
