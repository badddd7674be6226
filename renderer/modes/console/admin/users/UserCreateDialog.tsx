import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, ZEmail, ZPassword, ZPersonName, type User } from '../../../../../core/contract';
import type { Locale, Role } from '../../../../../core/domain';
import { useApi } from '../../../../api/apiContext';
import { useOffice } from '../../officeContext';
import { FormDialog } from '../shared/FormDialog';
import { LocaleField } from '../shared/LocaleField';
import { OfficeField } from '../shared/OfficeField';
import { PasswordField } from '../shared/PasswordField';
import { RoleField } from '../shared/RoleField';
import { useAction } from '../shared/useAction';

interface Draft {
  name: string;
  email: string;
  role: Role;
  officeId: string;
  locale: Locale;
  password: string;
}

interface UserCreateDialogProps {
  open: boolean;
  onClose(): void;
  onCreated(user: User): void;
}

/** A new person with an initial password they can sign in with at once. */
export function UserCreateDialog({ open, onClose, onCreated }: UserCreateDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { officeId } = useOffice();
  const save = useAction();
  const blank = (): Draft => ({ name: '', email: '', role: 'employee', officeId: officeId ?? '', locale: 'en', password: '' });
  const [draft, setDraft] = useState<Draft>(blank);
  const [isChecked, setIsChecked] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const problems = {
    name: ZPersonName.safeParse(draft.name).success ? null : t('admin.users.nameRequired'),
    email: ZEmail.safeParse(draft.email.trim()).success ? null : t('admin.users.emailInvalid'),
    password: ZPassword.safeParse(draft.password).success ? null : t('admin.users.passwordShort', { count: PASSWORD_MIN }),
  };
  const shown = (problem: string | null) => (isChecked ? problem : null);

  const submit = async () => {
    setIsChecked(true);
    if (problems.name || problems.email || problems.password) return;
    const user = await save.run(() =>
      api.call('users.create', {
        name: draft.name.trim(),
        email: draft.email.trim(),
        role: draft.role,
        officeId: draft.officeId || null,
        locale: draft.locale,
        password: draft.password,
      }),
    );
    if (!user) return;
    setDraft(blank());
    setIsChecked(false);
    onCreated(user);
  };

  return (
    <FormDialog
      open={open}
      title={t('admin.users.createTitle')}
      submitLabel={t('admin.users.create')}
      isBusy={save.isBusy}
      error={save.error}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="user-create-dialog"
    >
      <Stack spacing={2} sx={{ pt: 0.5 }}>
        <TextField label={t('admin.users.name')} name="name" required value={draft.name} onChange={(e) => set({ name: e.target.value })} error={Boolean(shown(problems.name))} helperText={shown(problems.name)} fullWidth autoFocus />
        <TextField label={t('admin.users.email')} name="email" type="email" required value={draft.email} onChange={(e) => set({ email: e.target.value })} error={Boolean(shown(problems.email))} helperText={shown(problems.email)} fullWidth />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <RoleField label={t('admin.users.role')} value={draft.role} onChange={(role) => role && set({ role })} testId="create-role" fullWidth />
          <OfficeField label={t('admin.users.office')} emptyLabel={t('admin.users.noOffice')} value={draft.officeId} onChange={(id) => set({ officeId: id })} testId="create-office" fullWidth />
        </Stack>
        <LocaleField label={t('admin.users.locale')} value={draft.locale} onChange={(locale) => set({ locale })} />
        <PasswordField
          label={t('admin.users.initialPassword')}
          value={draft.password}
          onChange={(password) => set({ password })}
          required
          error={shown(problems.password)}
          helperText={t('admin.users.initialPasswordHint', { count: PASSWORD_MIN })}
        />
      </Stack>
    </FormDialog>
  );
}
