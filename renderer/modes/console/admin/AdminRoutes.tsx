import LinearProgress from '@mui/material/LinearProgress';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ADMIN_SECTIONS, allowedSections, type AdminSectionId } from './access/adminSections';
import { usePermissions } from './access/permissionsContext';
import { RequirePermission } from './access/RequirePermission';
import { AdminLayout } from './AdminLayout';
import { AuditPage } from './audit/AuditPage';
import { DevicesPage } from './devices/DevicesPage';
import { RoomsAdminPage } from './rooms/RoomsAdminPage';
import { RulesPage } from './rules/RulesPage';
import { UsersPage } from './users/UsersPage';

const PAGES: Record<AdminSectionId, ReactNode> = {
  users: <UsersPage />,
  rooms: <RoomsAdminPage />,
  devices: <DevicesPage />,
  rules: <RulesPage />,
  audit: <AuditPage />,
};

/** `#/console/admin/...`: the first section the person may open, or the one asked for. */
function FirstSection() {
  const { t } = useTranslation();
  const { isLoading, may } = usePermissions();
  if (isLoading) return <LinearProgress aria-label={t('admin.loading')} />;
  const first = allowedSections(may)[0];
  return <Navigate to={first ? `/console/admin/${first.path}` : '/console/rooms'} replace />;
}

export function AdminRoutes() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<FirstSection />} />
        {ADMIN_SECTIONS.map((section) => (
          <Route
            key={section.id}
            path={section.path}
            element={<RequirePermission method={section.requires}>{PAGES[section.id]}</RequirePermission>}
          />
        ))}
        <Route path="*" element={<FirstSection />} />
      </Route>
    </Routes>
  );
}
