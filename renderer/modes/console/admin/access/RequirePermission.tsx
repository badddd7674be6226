import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import LinearProgress from '@mui/material/LinearProgress';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../../../../core/contract';
import { BackToRoomsButton } from '../../BackToRoomsButton';
import { EmptyState } from '../shared/EmptyState';
import { usePermissions } from './permissionsContext';

/**
 * A page behind a permission: a calm "not for you" and the way back instead of a page full of
 * refusals, also when the permission is taken away while the page is open.
 */
export function RequirePermission({ method, children }: { method: MethodName; children: ReactNode }) {
  const { t } = useTranslation();
  const { isLoading, may } = usePermissions();
  if (isLoading) return <LinearProgress aria-label={t('admin.loading')} />;
  if (!may(method)) {
    return <EmptyState testId="not-allowed" icon={<LockOutlinedIcon fontSize="large" />} title={t('admin.notAllowedTitle')} hint={t('admin.notAllowedHint')} action={<BackToRoomsButton />} />;
  }
  return <>{children}</>;
}
