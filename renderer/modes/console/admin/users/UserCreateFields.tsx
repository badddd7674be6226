import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../../../core/contract';
import type { Locale, Role } from '../../../../../core/domain';
import { LocaleField } from '../shared/LocaleField';
import { OfficeField } from '../shared/OfficeField';
import { PasswordField } from '../shared/PasswordField';
import { RoleField } from '../shared/RoleField';

export interface NewUserDraft {
  name: string;
  email: string;
  role: Role;
  officeId: string;
  locale: Locale;
  password: string;
}

export interface NewUserProblems {
  name: string | null;
  email: string | null;
  password: string | null;
}

/** Name, e-mail, role, office, language and the first password of a new person. */
export function UserCreateFields({ draft, set, problems }: { draft: NewUserDraft; set(patch: Partial<NewUserDraft>): void; problems: NewUserProblems }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ pt: 0.5 }}>
      <TextField label={t('admin.users.name')} name="name" required value={draft.name} onChange={(e) => set({ name: e.target.value })} error={Boolean(problems.name)} helperText={problems.name} fullWidth autoFocus />
      <TextField label={t('admin.users.email')} name="email" type="email" required value={draft.email} onChange={(e) => set({ email: e.target.value })} error={Boolean(problems.email)} helperText={problems.email} fullWidth />
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
        error={problems.password}
        helperText={t('admin.users.initialPasswordHint', { count: PASSWORD_MIN })}
      />
    </Stack>
  );
}
