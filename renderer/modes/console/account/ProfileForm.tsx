import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { chooseLanguage } from '../../../i18n';
import { useSession } from '../../../session/sessionContext';
import { ErrorAlert } from '../admin/shared/ErrorAlert';
import { LocaleField } from '../admin/shared/LocaleField';
import { checkProfile, PROFILE_FIELDS, profileChange, profileDraftOf, type ProfileField } from './accountForms';
import { fieldText } from './fieldErrors';
import { useFormMessages } from './useFormMessages';

const ORDER: readonly ProfileField[] = ['name', 'locale'];

/** Saves only what changed; a new language applies at once, on this device too. */
export function ProfileForm({ user, onSaved }: { user: User; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { updateUser } = useSession();
  const form = useFormMessages(PROFILE_FIELDS, ORDER);
  const [draft, setDraft] = useState(() => profileDraftOf(user));
  const change = profileChange(user, draft);
  const isChanged = Object.keys(change).length > 0;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!isChanged) return;
    await form.submit(checkProfile(change), async () => {
      const saved = await api.call('auth.updateProfile', change);
      if (change.locale) chooseLanguage(change.locale);
      // Said in the language just chosen (this render's `t` still speaks the old one).
      onSaved(t('account.profile.saved', change.locale ? { lng: change.locale } : {}));
      updateUser(saved);
    });
  };

  return (
    <Stack ref={form.formRef} component="form" spacing={2.25} onSubmit={save} noValidate aria-label={t('account.profile.title')} sx={{ mt: 2.5 }} data-testid="profile-form">
      <TextField
        label={t('account.profile.name')}
        name="name"
        autoComplete="name"
        required
        fullWidth
        value={draft.name}
        onChange={(e) => {
          setDraft((d) => ({ ...d, name: e.target.value }));
          form.clear('name');
        }}
        error={Boolean(form.messages.name)}
        helperText={fieldText(form.messages.name, t)}
      />
      <LocaleField label={t('account.profile.language')} value={draft.locale} onChange={(locale) => setDraft((d) => ({ ...d, locale }))} />
      {form.failure ? <ErrorAlert title={t('account.profile.failedTitle')} error={form.failure} testId="profile-error" /> : null}
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button
          type="submit"
          variant="contained"
          disabled={!isChanged || form.isBusy}
          data-testid="profile-save"
          startIcon={form.isBusy ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SaveOutlinedIcon />}
        >
          {form.isBusy ? t('account.profile.saving') : t('account.profile.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
