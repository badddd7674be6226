import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { RoomlyLogo } from '../../components/RoomlyLogo';
import { useSession } from '../../session/sessionContext';
import { SignInBrandPanel } from './SignInBrandPanel';
import { SignInForm } from './SignInForm';

/** The console's front door. */
export function SignInPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const notice = state.status === 'signedOut' ? state.notice : null;

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', gridTemplateColumns: { xs: '1fr', md: '5fr 6fr' }, bgcolor: 'background.default' }}>
      <SignInBrandPanel />
      <Box component="main" sx={{ display: 'flex', flexDirection: 'column', p: { xs: 2, sm: 4 } }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Box sx={{ display: { md: 'none' } }}>
            <RoomlyLogo size={30} />
          </Box>
          <Box sx={{ ml: 'auto' }}>
            <LanguageSwitch color="primary" />
          </Box>
        </Stack>
        <Box sx={{ flex: 1, display: 'grid', placeItems: 'center', py: 4 }}>
          <Paper variant="outlined" sx={{ width: '100%', maxWidth: 420, p: { xs: 3, sm: 4.5 }, borderRadius: 4, boxShadow: '0 12px 40px rgba(20,26,46,0.06)' }}>
            <Stack spacing={3}>
              <Box>
                <Typography variant="h4" component="h1">
                  {t('signIn.title')}
                </Typography>
                <Typography sx={{ color: 'text.secondary', mt: 0.75 }}>{t('signIn.subtitle')}</Typography>
              </Box>
              {notice === 'sessionEnded' ? (
                <Alert severity="info" data-testid="sign-in-notice">
                  {t('signIn.sessionEnded')}
                </Alert>
              ) : null}
              <SignInForm />
              <Typography variant="body2" sx={{ color: 'text.secondary', textAlign: 'center' }}>
                {t('signIn.help')}
              </Typography>
            </Stack>
          </Paper>
        </Box>
      </Box>
    </Box>
  );
}
