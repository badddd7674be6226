import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { allowedSections } from './access/adminSections';
import { usePermissions } from './access/permissionsContext';

/** `#/console/admin`: the first section the person may open (or the rooms, if none). */
export function FirstSection() {
  const { t } = useTranslation();
  const { isLoading, may } = usePermissions();
  if (isLoading) return <LinearProgress aria-label={t('admin.loading')} />;
  const first = allowedSections(may)[0];
  return <Navigate to={first ? `/console/admin/${first.path}` : '/console/rooms'} replace />;
}
