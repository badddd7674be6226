import Box from '@mui/material/Box';
import { Outlet } from 'react-router';
import { PermissionsProvider } from './admin/access/PermissionsProvider';
import { ConsoleAppBar } from './ConsoleAppBar';
import { OfficeProvider } from './OfficeProvider';

/** Every signed-in console page: the app bar on top, the page below. */
export function ConsoleLayout() {
  return (
    <OfficeProvider>
      <PermissionsProvider>
        <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
          <ConsoleAppBar />
          <Box component="main" sx={{ px: { xs: 2, md: 4 }, py: 3, maxWidth: 1440, mx: 'auto' }}>
            <Outlet />
          </Box>
        </Box>
      </PermissionsProvider>
    </OfficeProvider>
  );
}
