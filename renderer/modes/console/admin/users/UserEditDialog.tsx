import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, ZPassword, type User } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { useSignedInUser } from '../../../../session/sessionContext';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { SignOutConfirm } from './SignOutConfirm';
import { changeOf, draftOf, hasChanges, sessionEndings, type UserDraft } from './userChange';
import { UserEditFields } from './UserEditFields';

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
        <UserEditFields user={user} draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} isSelf={me.id === user.id} passwordProblem={passwordProblem} endsSessions={endings.length > 0} />
      </FormDialog>
      <SignOutConfirm open={isConfirming} name={user.name} endings={endings} role={draft.role} isBusy={save.isBusy} error={save.error} onConfirm={() => void commit()} onClose={() => setIsConfirming(false)} />
    </>
  );
}
