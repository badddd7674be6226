import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const AdminRoutes = lazy(() => import('./AdminRoutes').then((module) => ({ default: module.AdminRoutes })));

/** Administration, loaded when first opened: most people never need its code. */
export function LazyAdminRoutes() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LinearProgress aria-label={t('admin.loading')} />}>
      <AdminRoutes />
    </Suspense>
  );
}
