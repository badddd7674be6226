import Box from '@mui/material/Box';
import { Outlet } from 'react-router';
import { useLiveLink } from '../../api/useLiveChanges';
import { PermissionsProvider } from './admin/access/PermissionsProvider';
import { ConsoleAppBar } from './ConsoleAppBar';
import { OfficeProvider } from './OfficeProvider';

/**
 * Every signed-in console page: the app bar on top, the page below. It keeps the live changes
 * stream open for the whole session (`data-live` says whether it is up).
 */
export function ConsoleLayout() {
  const link = useLiveLink();
  return (
    <OfficeProvider>
      <PermissionsProvider>
        <Box data-live={link} sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
          <ConsoleAppBar />
          <Box component="main" sx={{ px: { xs: 2, md: 4 }, py: 3, maxWidth: 1440, mx: 'auto' }}>
            <Outlet />
          </Box>
        </Box>
      </PermissionsProvider>
    </OfficeProvider>
  );
}
