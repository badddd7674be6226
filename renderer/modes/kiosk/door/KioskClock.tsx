import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { useNow } from '../clock/clockContext';
import { formatDay, formatTime } from '../model/format';

/** The office's time and date, large enough to read from the corridor; `compact`: the time alone. */
export function KioskClock({ timeZone, compact = false }: { timeZone: string; compact?: boolean }) {
  const now = useNow();
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  if (compact) {
    return (
      <Typography component="p" sx={{ fontSize: '2.6rem', fontWeight: 750, lineHeight: 1, letterSpacing: '-0.02em', fontVariantNumeric: 'tabular-nums' }}>
        <time dateTime={new Date(now).toISOString()}>{formatTime(now, timeZone, locale)}</time>
      </Typography>
    );
  }
  return (
    <Box data-testid="kiosk-clock">
      <Typography
        component="p"
        sx={{ fontSize: { xs: '3.5rem', md: '4.25rem' }, fontWeight: 750, lineHeight: 1, letterSpacing: '-0.03em', fontVariantNumeric: 'tabular-nums' }}
      >
        <time dateTime={new Date(now).toISOString()}>{formatTime(now, timeZone, locale)}</time>
      </Typography>
      <Typography sx={{ color: 'text.secondary', fontSize: '1.2rem', fontWeight: 500, mt: 1 }}>{formatDay(now, timeZone, locale)}</Typography>
    </Box>
  );
}
