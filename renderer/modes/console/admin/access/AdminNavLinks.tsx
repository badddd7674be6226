import AdminPanelSettingsOutlinedIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import InsertChartOutlinedIcon from '@mui/icons-material/InsertChartOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { allowedSections } from './adminSections';
import { usePermissions } from './permissionsContext';

const NAV_SX = { color: 'text.secondary', '&.active': { color: 'primary.main', bgcolor: 'primary.light' } } as const;

/** Statistics and Administration in the app bar, each only when the person may use it. */
export function AdminNavLinks() {
  const { t } = useTranslation();
  const { may } = usePermissions();
  const sections = allowedSections(may);
  return (
    <>
      {may('stats.user') || may('stats.global') ? (
        <Button component={NavLink} to="/console/stats" data-testid="nav-stats" startIcon={<InsertChartOutlinedIcon />} sx={NAV_SX}>
          {t('stats.nav')}
        </Button>
      ) : null}
      {sections.length > 0 ? (
        <Button component={NavLink} to="/console/admin" data-testid="nav-admin" startIcon={<AdminPanelSettingsOutlinedIcon />} sx={NAV_SX}>
          {t('admin.nav.title')}
        </Button>
      ) : null}
    </>
  );
}
