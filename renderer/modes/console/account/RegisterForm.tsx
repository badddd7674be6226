import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, type Registration } from '../../../../core/contract';
import type { Locale } from '../../../../core/domain';
import { chooseLanguage, currentLanguage, errorText } from '../../../i18n';
import { useSession } from '../../../session/sessionContext';
import { LocaleField } from '../admin/shared/LocaleField';
import { checkRegistration, REGISTER_FIELDS, registerInput, type RegisterDraft, type RegisterField } from './accountForms';
import { fieldText } from './fieldErrors';
import { InvitationCodeField } from './InvitationCodeField';
import type { InvitationParams } from './invitation';
import { SecretField } from './SecretField';
import { useFormMessages } from './useFormMessages';

const ORDER: readonly RegisterField[] = ['name', 'email', 'password', 'locale', 'invitationCode'];

interface RegisterFormProps {
  /** Who may register; null while unknown (the service then decides alone). */
  registration: Registration | null;
  /** From an invite link: the code and the address it was made for. */
  invitation: InvitationParams;
}

/** Name, e-mail, password, language and, when it takes one, an invitation code. */
export function RegisterForm({ registration, invitation }: RegisterFormProps) {
  const { t, i18n } = useTranslation();
  const { register } = useSession();
  const { formRef, messages, failure, isBusy, submit, clear } = useFormMessages(REGISTER_FIELDS, ORDER);
  const [name, setName] = useState('');
  const [email, setEmail] = useState(invitation.email);
  const [password, setPassword] = useState('');
  /** null: the language the page is shown in. */
  const [locale, setLocale] = useState<Locale | null>(null);
  const [invitationCode, setInvitationCode] = useState(invitation.code);

  const draft: RegisterDraft = { name, email, password, locale: locale ?? currentLanguage(i18n.language), invitationCode };
  const edit = (field: RegisterField, set: (value: string) => void) => (value: string) => {
    set(value);
    clear(field);
  };
  const say = (field: RegisterField) => fieldText(messages[field], t);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const input = registerInput(draft);
    await submit(checkRegistration(draft, registration), async () => {
      await register(input);
      // Chosen in the form on purpose: Roomly speaks it on this device from now on, too.
      if (input.locale && input.locale !== currentLanguage(i18n.language)) chooseLanguage(input.locale);
    });
  };

  return (
    <Stack ref={formRef} component="form" spacing={2.25} onSubmit={send} noValidate aria-label={t('account.register.title')} data-testid="register-form" data-mode={registration?.mode ?? 'unknown'}>
      {failure ? (
        <Alert severity="error" variant="outlined" role="alert" data-testid="register-error" sx={{ bgcolor: 'background.paper' }}>
          <AlertTitle>{t('account.register.failedTitle')}</AlertTitle>
          {errorText(failure, t)}
        </Alert>
      ) : null}
      <TextField label={t('account.register.name')} name="name" autoComplete="name" autoFocus required fullWidth value={name} onChange={(e) => edit('name', setName)(e.target.value)} error={Boolean(messages.name)} helperText={say('name')} />
      <TextField label={t('account.register.email')} name="email" type="email" autoComplete="email" required fullWidth value={email} onChange={(e) => edit('email', setEmail)(e.target.value)} error={Boolean(messages.email)} helperText={say('email')} />
      <SecretField name="password" label={t('account.register.password')} autoComplete="new-password" required value={password} onChange={edit('password', setPassword)} error={say('password')} hint={t('account.register.passwordHint', { min: PASSWORD_MIN })} />
      <LocaleField label={t('account.register.language')} value={draft.locale} onChange={setLocale} />
      <InvitationCodeField
        isShown={invitation.code !== '' || registration?.mode === 'invitation' || Boolean(messages.invitationCode)}
        isRequired={registration?.mode === 'invitation'}
        value={invitationCode}
        onChange={edit('invitationCode', setInvitationCode)}
        error={say('invitationCode')}
      />
      <Button
        type="submit"
        data-testid="register-submit"
        variant="contained"
        size="large"
        fullWidth
        disabled={isBusy}
        startIcon={isBusy ? <CircularProgress size={18} color="inherit" aria-hidden /> : <PersonAddAlt1OutlinedIcon />}
        sx={{ py: 1.25 }}
      >
        {isBusy ? t('account.register.submitting') : t('account.register.submit')}
      </Button>
    </Stack>
  );
}
