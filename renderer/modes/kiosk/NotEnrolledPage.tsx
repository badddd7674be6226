import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import TabletAndroidOutlinedIcon from '@mui/icons-material/TabletAndroidOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { RoomlyLogo } from '../../components/RoomlyLogo';

/**
 * What a fresh door tablet shows until an administrator binds it to a room. The enrolment form
 * (one-time code from the console) replaces the instructions here in the door-tablet work.
 */
export function NotEnrolledPage() {
  const { t } = useTranslation();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', p: { xs: 3, md: 5 }, bgcolor: 'background.default' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <RoomlyLogo size={44} />
        <LanguageSwitch color="primary" />
      </Stack>
      <Box sx={{ flex: 1, display: 'grid', placeItems: 'center' }}>
        <Stack spacing={4} sx={{ alignItems: 'center', textAlign: 'center', maxWidth: 760 }}>
          <Box
            sx={{ display: 'grid', placeItems: 'center', width: 144, height: 144, borderRadius: '50%', bgcolor: 'primary.light', color: 'primary.main' }}
          >
            <TabletAndroidOutlinedIcon sx={{ fontSize: 80 }} aria-hidden />
          </Box>
          <Typography variant="h3" component="h1">
            {t('kiosk.notEnrolledTitle')}
          </Typography>
          <Typography sx={{ color: 'text.secondary' }}>{t('kiosk.notEnrolledBody')}</Typography>
          <Stack
            direction="row"
            spacing={2}
            role="note"
            sx={{ alignItems: 'center', px: 4, py: 3, borderRadius: 4, border: 2, borderColor: 'primary.main', textAlign: 'left' }}
          >
            <KeyOutlinedIcon sx={{ fontSize: 48, color: 'primary.main' }} aria-hidden />
            <Box>
              <Typography variant="h4" component="p" sx={{ fontWeight: 700, fontSize: '1.75rem' }}>
                {t('kiosk.askAdmin')}
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
                {t('kiosk.howTo')}
              </Typography>
            </Box>
          </Stack>
        </Stack>
      </Box>
    </Box>
  );
}
