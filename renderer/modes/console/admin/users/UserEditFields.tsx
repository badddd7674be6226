import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../../core/contract';
import { LocaleField } from '../shared/LocaleField';
import { OfficeField } from '../shared/OfficeField';
import { PasswordField } from '../shared/PasswordField';
import { RoleField } from '../shared/RoleField';
import type { UserDraft } from './userChange';

interface UserEditFieldsProps {
  user: User;
  draft: UserDraft;
  set(patch: Partial<UserDraft>): void;
  /** Nobody changes their own role or switches themselves off. */
  isSelf: boolean;
  passwordProblem: string | null;
  endsSessions: boolean;
}

/** The fields of a person an admin may change. */
export function UserEditFields({ user, draft, set, isSelf, passwordProblem, endsSessions }: UserEditFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ pt: 0.5 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {user.email}
      </Typography>
      <TextField label={t('admin.users.name')} name="name" value={draft.name} onChange={(e) => set({ name: e.target.value })} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <RoleField label={t('admin.users.role')} value={draft.role} onChange={(role) => role && set({ role })} disabled={isSelf} helperText={isSelf ? t('admin.users.notOwnRole') : undefined} testId="edit-role" fullWidth />
        <OfficeField label={t('admin.users.office')} emptyLabel={t('admin.users.noOffice')} value={draft.officeId} onChange={(officeId) => set({ officeId })} testId="edit-office" fullWidth />
      </Stack>
      <LocaleField label={t('admin.users.locale')} value={draft.locale} onChange={(locale) => set({ locale })} />
      <FormControlLabel
        control={<Switch checked={draft.active} disabled={isSelf} onChange={(e) => set({ active: e.target.checked })} data-testid="edit-active" />}
        label={draft.active ? t('admin.users.canSignIn') : t('admin.users.switchedOff')}
      />
      <PasswordField label={t('admin.users.newPassword')} value={draft.password} onChange={(password) => set({ password })} error={passwordProblem} helperText={t('admin.users.newPasswordHint')} />
      <TextField label={t('admin.users.reason')} name="reason" value={draft.reason} onChange={(e) => set({ reason: e.target.value })} helperText={t('admin.users.reasonHint')} fullWidth />
      {endsSessions ? (
        <Alert severity="warning" variant="outlined">
          {t('admin.users.endsSessionsNote', { name: user.name })}
        </Alert>
      ) : null}
    </Stack>
  );
}
