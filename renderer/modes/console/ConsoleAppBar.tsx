import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import MeetingRoomOutlinedIcon from '@mui/icons-material/MeetingRoomOutlined';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { RoomlyLogo } from '../../components/RoomlyLogo';
import { AdminNavLinks } from './admin/access/AdminNavLinks';
import { BookingNavLinks } from './booking/BookingNavLinks';
import { OfficeSelector } from './OfficeSelector';
import { UserMenu } from './UserMenu';

/** The console's top bar: brand, office, sections, language and account. */
export function ConsoleAppBar() {
  const { t } = useTranslation();
  return (
    <AppBar position="sticky" sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <Toolbar sx={{ gap: { xs: 1, sm: 2 }, flexWrap: 'wrap', py: { xs: 1, md: 0 } }}>
        <RoomlyLogo size={30} />
        <Box
          component="nav"
          aria-label={t('app.name')}
          // On a narrow window the sections wrap onto more lines instead of pushing the page sideways.
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, ml: { xs: 0, sm: 2 }, minWidth: 0, maxWidth: '100%', '& .MuiButton-root': { whiteSpace: 'nowrap' } }}
        >
          <Button
            component={NavLink}
            to="/console/rooms"
            startIcon={<MeetingRoomOutlinedIcon />}
            sx={{ color: 'text.secondary', '&.active': { color: 'primary.main', bgcolor: 'primary.light' } }}
          >
            {t('shell.nav.rooms')}
          </Button>
          <BookingNavLinks />
          <AdminNavLinks />
        </Box>
        <Box sx={{ flex: 1 }} />
        <OfficeSelector />
        <LanguageSwitch />
        <UserMenu />
      </Toolbar>
    </AppBar>
  );
}
