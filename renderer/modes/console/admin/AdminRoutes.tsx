import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ADMIN_SECTIONS, type AdminSectionId } from './access/adminSections';
import { RequirePermission } from './access/RequirePermission';
import { AdminLayout } from './AdminLayout';
import { AuditPage } from './audit/AuditPage';
import { FirstSection } from './FirstSection';
import { DevicesPage } from './devices/DevicesPage';
import { OfficesPage } from './offices/OfficesPage';
import { PermissionsPage } from './permissions/PermissionsPage';
import { RoomsAdminPage } from './rooms/RoomsAdminPage';
import { RulesPage } from './rules/RulesPage';
import { UsersPage } from './users/UsersPage';

const PAGES: Record<AdminSectionId, ReactNode> = {
  users: <UsersPage />,
  offices: <OfficesPage />,
  rooms: <RoomsAdminPage />,
  devices: <DevicesPage />,
  rules: <RulesPage />,
  permissions: <PermissionsPage />,
  audit: <AuditPage />,
};

/** `#/console/admin/<section>`, each behind its permission; `#/console/admin` opens the first allowed. */
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
