import AdminPanelSettingsRoundedIcon from '@mui/icons-material/AdminPanelSettingsRounded';
import LockRoundedIcon from '@mui/icons-material/LockRounded';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/apiContext';
import { errorText } from '../../../i18n';
import { KioskSheet } from '../book/KioskSheet';

/**
 * The way out for an administrator: the tablet's exit PIN (checked by the server, with backoff),
 * then leave the door screen (the desktop app leaves kiosk mode on the same answer) or disconnect
 * the tablet from its room.
 */
export function AdminExit({ onOpenChange, onLeave, onDisconnect }: { onOpenChange: (isOpen: boolean) => void; onLeave: () => void; onDisconnect: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [isOpen, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [isUnlocked, setUnlocked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const open = (value: boolean) => {
    setOpen(value);
    setPin('');
    setError(null);
    setUnlocked(false);
    onOpenChange(value);
  };
  const unlock = async () => {
    setBusy(true);
    try {
      await api.call('devices.verifyPin', { pin });
      setUnlocked(true);
      setError(null);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
      setPin('');
    }
  };

  return (
    <>
      <IconButton aria-label={t('kiosk.exit.open')} data-testid="admin-exit" onClick={() => open(true)} sx={{ width: 56, height: 56, color: '#3D4556', bgcolor: '#EEF1F6' }}>
        <LockRoundedIcon />
      </IconButton>
      {isOpen ? (
        <KioskSheet
          open
          onClose={() => open(false)}
          testId="admin-sheet"
          accent="#141A2E"
          icon={<AdminPanelSettingsRoundedIcon sx={{ fontSize: 40 }} />}
          title={t('kiosk.exit.title')}
          actions={
            isUnlocked ? (
              <>
                <Button variant="outlined" color="error" onClick={onDisconnect} sx={{ minHeight: 64, fontSize: '1.2rem', borderWidth: 2 }}>
                  {t('kiosk.exit.disconnect')}
                </Button>
                <Button variant="contained" onClick={onLeave} sx={{ minHeight: 64, fontSize: '1.2rem' }}>
                  {t('kiosk.exit.leave')}
                </Button>
              </>
            ) : (
              <>
                <Button variant="outlined" onClick={() => open(false)} sx={{ minHeight: 64, fontSize: '1.2rem', borderWidth: 2 }}>
                  {t('kiosk.exit.cancel')}
                </Button>
                <Button variant="contained" disabled={isBusy || pin.length < 4} onClick={() => void unlock()} sx={{ minHeight: 64, fontSize: '1.2rem' }}>
                  {t('kiosk.exit.unlock')}
                </Button>
              </>
            )
          }
        >
          {isUnlocked ? (
            <Typography sx={{ fontSize: '1.2rem' }}>{t('kiosk.exit.disconnectBody')}</Typography>
          ) : (
            <Stack spacing={2}>
              <Typography sx={{ fontSize: '1.2rem' }}>{t('kiosk.exit.body')}</Typography>
              <TextField
                label={t('kiosk.exit.pin')}
                type="password"
                value={pin}
                onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, 12))}
                slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
                sx={{ '& .MuiInputBase-input': { fontSize: '1.6rem', letterSpacing: '0.3em', py: 2 } }}
              />
              {error ? <Alert severity="error">{error}</Alert> : null}
            </Stack>
          )}
        </KioskSheet>
      ) : null}
    </>
  );
}
