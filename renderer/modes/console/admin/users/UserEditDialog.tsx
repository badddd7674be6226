import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, ZPassword, type User } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { useSignedInUser } from '../../../../session/sessionContext';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { FormDialog } from '../shared/FormDialog';
import { LocaleField } from '../shared/LocaleField';
import { OfficeField } from '../shared/OfficeField';
import { PasswordField } from '../shared/PasswordField';
import { RoleField } from '../shared/RoleField';
import { useAction } from '../shared/useAction';
import { changeOf, draftOf, hasChanges, sessionEndings, type UserDraft } from './userChange';

interface UserEditDialogProps {
  user: User;
  onClose(): void;
  onSaved(user: User): void;
}

/**
 * Role, office, language, a new password, on or off. A change that signs the person out (new
 * role, switch-off, new password) is confirmed first, saying so.
 */
export function UserEditDialog({ user, onClose, onSaved }: UserEditDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const me = useSignedInUser();
  const save = useAction();
  const [draft, setDraft] = useState<UserDraft>(() => draftOf(user));
  const [isConfirming, setIsConfirming] = useState(false);
  const set = (patch: Partial<UserDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const isSelf = me.id === user.id;
  const passwordProblem = draft.password && !ZPassword.safeParse(draft.password).success ? t('admin.users.passwordShort', { count: PASSWORD_MIN }) : null;
  const endings = sessionEndings(user, draft);

  const commit = async () => {
    const saved = await save.run(() => api.call('users.update', changeOf(user, draft)));
    if (saved) onSaved(saved);
    else setIsConfirming(false);
  };
  const submit = () => {
    if (passwordProblem) return;
    if (!hasChanges(changeOf(user, draft))) return onClose();
    if (endings.length > 0) setIsConfirming(true);
    else void commit();
  };

  return (
    <>
      <FormDialog open title={t('admin.users.editTitle', { name: user.name })} submitLabel={t('admin.save')} isBusy={save.isBusy} error={isConfirming ? null : save.error} onSubmit={submit} onClose={onClose} testId="user-edit-dialog">
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
          {endings.length > 0 ? (
            <Alert severity="warning" variant="outlined">
              {t('admin.users.endsSessionsNote', { name: user.name })}
            </Alert>
          ) : null}
        </Stack>
      </FormDialog>
      <ConfirmDialog
        open={isConfirming}
        title={t('admin.users.confirmTitle', { name: user.name })}
        confirmLabel={t('admin.users.confirmSignOut')}
        isDanger={endings.includes('deactivate')}
        isBusy={save.isBusy}
        error={save.error}
        onConfirm={() => void commit()}
        onClose={() => setIsConfirming(false)}
        testId="user-confirm-dialog"
      >
        <Typography component="ul" sx={{ pl: 2.5, my: 0 }}>
          {endings.map((ending) => (
            <li key={ending}>{t(`admin.users.ending.${ending}`, { role: t(`roles.${draft.role}`) })}</li>
          ))}
        </Typography>
        <Typography sx={{ mt: 1.5, fontWeight: 600 }}>{t('admin.users.confirmBody', { name: user.name })}</Typography>
      </ConfirmDialog>
    </>
  );
}
