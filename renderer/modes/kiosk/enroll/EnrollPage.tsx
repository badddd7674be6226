import KeyRoundedIcon from '@mui/icons-material/KeyRounded';
import TabletAndroidOutlinedIcon from '@mui/icons-material/TabletAndroidOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n';
import { RoomlyLogo } from '../../../components/RoomlyLogo';
import type { DeviceConnection } from '../model/deviceClient';
import { KioskLanguageToggle } from '../door/KioskLanguageToggle';

/**
 * A fresh tablet: the one-time code from the console binds it to its room. The credential that
 * comes back stays on the tablet (the desktop app's main process keeps its own).
 */
export function EnrollPage({ connection, notice, onEnrolled }: { connection: DeviceConnection; notice: 'revoked' | null; onEnrolled: () => void }) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const { deviceToken } = await connection.client.call('devices.redeem', { code: code.trim() });
      connection.remember(deviceToken);
      onEnrolled();
    } catch (e) {
      setError(errorText(e, t));
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', p: { xs: 3, md: 5 }, bgcolor: '#F4F6FA' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <RoomlyLogo size={44} />
        <KioskLanguageToggle onChoose={(lng) => void i18n.changeLanguage(lng)} />
      </Stack>
      <Box sx={{ flex: 1, display: 'grid', placeItems: 'center', py: 4 }}>
        <Stack
          component="form"
          spacing={3.5}
          onSubmit={(event) => {
            event.preventDefault();
            if (!isBusy && code.trim().length >= 4) void submit();
          }}
          sx={{ width: 'min(100%, 720px)', bgcolor: '#FFFFFF', borderRadius: 6, p: { xs: 4, md: 6 }, boxShadow: '0 24px 60px rgba(20, 26, 46, 0.10)' }}
        >
          <Box sx={{ display: 'grid', placeItems: 'center', width: 96, height: 96, borderRadius: '50%', bgcolor: 'primary.light', color: 'primary.main' }}>
            <TabletAndroidOutlinedIcon sx={{ fontSize: 56 }} aria-hidden />
          </Box>
          <Box>
            <Typography variant="h3" component="h1" sx={{ fontWeight: 800, mb: 1.5 }}>
              {t('kiosk.enroll.title')}
            </Typography>
            <Typography sx={{ color: 'text.secondary', fontSize: '1.25rem' }}>{t('kiosk.enroll.body')}</Typography>
          </Box>
          {notice === 'revoked' ? <Alert severity="warning" sx={{ fontSize: '1.15rem' }}>{t('kiosk.enroll.revoked')}</Alert> : null}
          <TextField
            label={t('kiosk.enroll.codeLabel')}
            helperText={t('kiosk.enroll.codeHint')}
            value={code}
            onChange={(event) => setCode(event.target.value.toUpperCase())}
            autoComplete="off"
            slotProps={{
              htmlInput: { 'data-testid': 'enroll-code', autoCapitalize: 'characters', spellCheck: false, maxLength: 64 },
              input: { startAdornment: <KeyRoundedIcon aria-hidden sx={{ mr: 1.5, fontSize: 32, color: 'primary.main' }} /> },
            }}
            sx={{ '& .MuiInputBase-input': { fontSize: '2rem', fontWeight: 700, letterSpacing: '0.12em', py: 2.5 }, '& .MuiFormHelperText-root': { fontSize: '1.05rem' } }}
          />
          {error ? (
            <Alert severity="error" data-testid="enroll-error" sx={{ fontSize: '1.15rem' }}>
              {error}
            </Alert>
          ) : null}
          <Button
            type="submit"
            variant="contained"
            data-testid="enroll-submit"
            disabled={isBusy || code.trim().length < 4}
            startIcon={isBusy ? <CircularProgress size={26} color="inherit" aria-hidden /> : null}
            sx={{ minHeight: 76, fontSize: '1.5rem', fontWeight: 800 }}
          >
            {isBusy ? t('kiosk.enroll.submitting') : t('kiosk.enroll.submit')}
          </Button>
        </Stack>
      </Box>
    </Box>
  );
}
