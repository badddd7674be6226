import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN, ZEmail, ZPassword, ZPersonName, type User } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { useOffice } from '../../officeContext';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { UserCreateFields, type NewUserDraft, type NewUserProblems } from './UserCreateFields';

interface UserCreateDialogProps {
  onClose(): void;
  onCreated(user: User): void;
}

/** What is wrong with a new person's fields, checked with the contract's own schemas. */
function problemsOf(draft: NewUserDraft, t: TFunction): NewUserProblems {
  return {
    name: ZPersonName.safeParse(draft.name).success ? null : t('admin.users.nameRequired'),
    email: ZEmail.safeParse(draft.email.trim()).success ? null : t('admin.users.emailInvalid'),
    password: ZPassword.safeParse(draft.password).success ? null : t('admin.users.passwordShort', { count: PASSWORD_MIN }),
  };
}

const NONE: NewUserProblems = { name: null, email: null, password: null };

/** A new person with an initial password they can sign in with at once. */
export function UserCreateDialog({ onClose, onCreated }: UserCreateDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { officeId } = useOffice();
  const save = useAction();
  const [draft, setDraft] = useState<NewUserDraft>({ name: '', email: '', role: 'employee', officeId: officeId ?? '', locale: 'en', password: '' });
  const [isChecked, setIsChecked] = useState(false);
  const problems = problemsOf(draft, t);

  const submit = async () => {
    setIsChecked(true);
    if (problems.name || problems.email || problems.password) return;
    const { name, email, role, locale, password } = draft;
    const user = await save.run(() => api.call('users.create', { name: name.trim(), email: email.trim(), role, officeId: draft.officeId || null, locale, password }));
    if (user) onCreated(user);
  };

  return (
    <FormDialog open title={t('admin.users.createTitle')} submitLabel={t('admin.users.create')} isBusy={save.isBusy} error={save.error} onSubmit={() => void submit()} onClose={onClose} testId="user-create-dialog">
      <UserCreateFields draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} problems={isChecked ? problems : NONE} />
    </FormDialog>
  );
}
