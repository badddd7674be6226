import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../core/domain';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import type { SessionEnding } from './userChange';

interface SignOutConfirmProps {
  open: boolean;
  name: string;
  endings: readonly SessionEnding[];
  role: Role;
  isBusy: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}

/** Says what the change does, and that it signs the person out on every device, before it is made. */
export function SignOutConfirm({ open, name, endings, role, isBusy, error, onConfirm, onClose }: SignOutConfirmProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={open}
      title={t('admin.users.confirmTitle', { name })}
      confirmLabel={t('admin.users.confirmSignOut')}
      isDanger={endings.includes('deactivate')}
      isBusy={isBusy}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
      testId="user-confirm-dialog"
    >
      <Typography component="ul" sx={{ pl: 2.5, my: 0 }}>
        {endings.map((ending) => (
          <li key={ending}>{t(`admin.users.ending.${ending}`, { role: t(`roles.${role}`) })}</li>
        ))}
      </Typography>
      <Typography sx={{ mt: 1.5, fontWeight: 600 }}>{t('admin.users.confirmBody', { name })}</Typography>
    </ConfirmDialog>
  );
}
