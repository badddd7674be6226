import { useTranslation } from 'react-i18next';
import type { User } from '../../../../../core/contract';
import { InviteDialog } from './InviteDialog';
import { UserCreateDialog } from './UserCreateDialog';
import { UserEditDialog } from './UserEditDialog';

export type UserDialog = { kind: 'create' } | { kind: 'invite' } | { kind: 'edit'; user: User } | null;

/** Whichever dialog of the people page is open; `onDone` hears the sentence to confirm with. */
export function UserDialogs({ dialog, onClose, onDone }: { dialog: UserDialog; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  switch (dialog?.kind) {
    case 'create':
      return <UserCreateDialog onClose={onClose} onCreated={(user) => onDone(t('admin.users.created', { name: user.name }))} />;
    case 'invite':
      return <InviteDialog onClose={onClose} />;
    case 'edit':
      return <UserEditDialog user={dialog.user} onClose={onClose} onSaved={(user) => onDone(t('admin.users.saved', { name: user.name }))} />;
    default:
      return null;
  }
}
