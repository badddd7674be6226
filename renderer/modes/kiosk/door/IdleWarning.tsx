import TouchAppRoundedIcon from '@mui/icons-material/TouchAppRounded';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Portal from '@mui/material/Portal';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNow } from '../clock/clockContext';

/**
 * Shown after a while without a touch, above everything: the door is about to clear the form and
 * return to its own language. Any touch keeps the visitor's place.
 */
export function IdleWarning({ homeAt }: { homeAt: number }) {
  const { t } = useTranslation();
  useNow(); // re-render every second for the countdown
  const seconds = Math.max(0, Math.ceil((homeAt - Date.now()) / 1000));
  // A portal of its own, so an open form's modal does not hide the warning from screen readers.
  return (
    <Portal>
      <Box
        role="alert"
        data-testid="idle-warning"
        sx={{
          position: 'fixed',
          left: '50%',
          bottom: 32,
          transform: 'translateX(-50%)',
          zIndex: (theme) => theme.zIndex.modal + 10,
          display: 'flex',
          alignItems: 'center',
          gap: 2.5,
          px: 3.5,
          py: 2.5,
          borderRadius: 6,
          bgcolor: '#111827',
          color: '#FFFFFF',
          boxShadow: '0 18px 48px rgba(17, 24, 39, 0.35)',
          width: 'min(92vw, 720px)',
        }}
      >
        <TouchAppRoundedIcon aria-hidden sx={{ fontSize: 48, color: '#FFD166' }} />
        <Box sx={{ flex: 1 }}>
          <Typography sx={{ fontSize: '1.5rem', fontWeight: 800 }}>{t('kiosk.idle.title')}</Typography>
          <Typography sx={{ fontSize: '1.2rem', opacity: 0.92 }}>{t('kiosk.idle.body', { seconds })}</Typography>
        </Box>
        <Button variant="contained" sx={{ minHeight: 64, fontSize: '1.2rem', fontWeight: 750, bgcolor: '#FFFFFF', color: '#111827', '&:hover': { bgcolor: '#E5E7EB' } }}>
          {t('kiosk.idle.stay')}
        </Button>
      </Box>
    </Portal>
  );
}
