import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { allowedSections } from './access/adminSections';
import { usePermissions } from './access/permissionsContext';

/** Administration: a tab per section the person may open, the section below. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { may } = usePermissions();
  const { pathname } = useLocation();
  const sections = allowedSections(may);
  const current = sections.find((s) => pathname.startsWith(`/console/admin/${s.path}`))?.id ?? false;

  return (
    <Box>
      {sections.length > 0 ? (
        <Tabs
          value={current}
          aria-label={t('admin.nav.title')}
          variant="scrollable"
          scrollButtons="auto"
          sx={{ mb: 3, borderBottom: 1, borderColor: 'divider', minHeight: 44 }}
        >
          {sections.map(({ id, path, Icon }) => (
            <Tab
              key={id}
              value={id}
              component={Link}
              to={`/console/admin/${path}`}
              data-testid={`admin-tab-${id}`}
              icon={<Icon fontSize="small" />}
              iconPosition="start"
              label={t(`admin.nav.${id}`)}
              sx={{ minHeight: 44, fontWeight: 600 }}
            />
          ))}
        </Tabs>
      ) : null}
      <Outlet />
    </Box>
  );
}
