import CloudOffRoundedIcon from '@mui/icons-material/CloudOffRounded';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatTime } from '../model/format';

/** Across the top while the server cannot be reached: what is shown, and from when. */
export function OfflineBanner({ updatedAt, timeZone }: { updatedAt: number | null; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  return (
    <Box
      role="alert"
      data-testid="offline-banner"
      sx={{ display: 'flex', alignItems: 'center', gap: 2, px: { xs: 3, md: 4 }, py: 1.75, bgcolor: '#111827', color: '#FFFFFF' }}
    >
      <CloudOffRoundedIcon aria-hidden sx={{ fontSize: 36, color: '#FFD166' }} />
      <Typography sx={{ fontSize: '1.3rem', fontWeight: 750 }}>{t('kiosk.offline.title')}</Typography>
      <Typography sx={{ fontSize: '1.2rem', fontWeight: 500, opacity: 0.92 }}>
        {updatedAt === null ? t('kiosk.offline.never') : t('kiosk.offline.body', { time: formatTime(updatedAt, timeZone, locale) })}
      </Typography>
    </Box>
  );
}
