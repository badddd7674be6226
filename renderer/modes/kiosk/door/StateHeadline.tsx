import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { useNow } from '../clock/clockContext';
import { formatTime } from '../model/format';
import type { RoomState } from '../model/roomState';
import { STATE_LOOKS } from './stateLook';

/** The answer a passer-by wants: a picture, one word, and until when. */
export function StateHeadline({ state, timeZone }: { state: RoomState; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const locale = currentLanguage(i18n.language);
  const { Icon } = STATE_LOOKS[state.kind];
  const time = state.until === null ? null : formatTime(state.until, timeZone, locale);
  const until =
    state.kind === 'free'
      ? t('kiosk.until.restOfDay')
      : state.kind === 'maintenance' && time === null
        ? t('kiosk.until.maintenance')
        : time === null
          ? ''
          : state.kind === 'startingSoon'
            ? t('kiosk.until.startsAt', { time })
            : state.kind === 'awaitingCheckIn' && state.releaseAt !== null && state.releaseAt > now
              ? t('kiosk.until.checkInBy', { time: formatTime(state.releaseAt, timeZone, locale) })
              : t('kiosk.until.time', { time });
  const word = t(`kiosk.state.${state.kind}`);
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-label={`${word} ${until}`.trim()}
      data-testid="kiosk-state"
      data-state={state.kind}
      sx={{ display: 'flex', alignItems: 'center', gap: { xs: 2.5, md: 3.5 } }}
    >
      <Icon aria-hidden sx={{ fontSize: { xs: 96, md: 128 }, flexShrink: 0 }} />
      <Box sx={{ minWidth: 0 }}>
        <Typography
          component="h1"
          sx={{
            // Long state words ("Waiting for check-in", "На обслуживании") get a size that fits one line.
            fontSize: word.length > 14 ? 'clamp(2.75rem, 6.4vmin, 5.25rem)' : 'clamp(3.5rem, 8.5vmin, 7rem)',
            fontWeight: 800,
            lineHeight: 1,
            letterSpacing: '-0.035em',
            textWrap: 'balance',
          }}
        >
          {word}
        </Typography>
        {until ? (
          <Typography
            data-testid="kiosk-until"
            sx={{ fontSize: 'clamp(1.75rem, 4.6vmin, 3.25rem)', fontWeight: 650, lineHeight: 1.15, mt: 1, opacity: 0.95, fontVariantNumeric: 'tabular-nums' }}
          >
            {until}
          </Typography>
        ) : null}
      </Box>
    </Box>
  );
}
