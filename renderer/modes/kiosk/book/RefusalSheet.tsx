import ArrowForwardRoundedIcon from '@mui/icons-material/ArrowForwardRounded';
import EventBusyRoundedIcon from '@mui/icons-material/EventBusyRounded';
import MeetingRoomRoundedIcon from '@mui/icons-material/MeetingRoomRounded';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AlternativeView } from '../../../../core/contract/bookings';
import type { ApiError } from '../../../api/client';
import { currentLanguage } from '../../../i18n';
import { formatSpan, formatTime } from '../model/format';
import { KioskSheet } from './KioskSheet';
import { refusalFacts } from './refusalFacts';

const BUSY_RED = '#A0141A';

/** Why not, in plain words, and what the engine offers instead — one tap to take another room. */
export function RefusalSheet({ error, roomName, timeZone, isBusy, onTake, onBack }: {
  error: ApiError;
  roomName: string;
  timeZone: string;
  isBusy: boolean;
  onTake: (alternative: AlternativeView) => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const facts = refusalFacts(error, t, timeZone, locale);

  return (
    <KioskSheet
      open
      onClose={onBack}
      testId="refusal"
      accent={BUSY_RED}
      icon={<EventBusyRoundedIcon sx={{ fontSize: 40 }} />}
      title={t('kiosk.refusal.title')}
      actions={
        <Button variant="outlined" onClick={onBack} disabled={isBusy} data-testid="refusal-back" sx={{ minHeight: 72, fontSize: '1.3rem', borderWidth: 2 }}>
          {t('kiosk.refusal.back')}
        </Button>
      }
    >
      <Stack spacing={1} data-testid="refusal-reasons">
        {facts.reasons.map((text) => (
          <Typography key={text} sx={{ fontSize: '1.35rem', fontWeight: 550 }}>
            {text}
          </Typography>
        ))}
        {facts.later.slice(0, 1).map((a) => (
          <Typography key={a.start} sx={{ fontSize: '1.2rem', color: 'text.secondary' }}>
            {t('kiosk.refusal.later', { room: roomName, span: formatSpan(a.start, a.end, timeZone, locale) })}
          </Typography>
        ))}
      </Stack>
      <Typography component="h3" sx={{ fontSize: '1rem', fontWeight: 750, letterSpacing: '0.08em', textTransform: 'uppercase', color: 'text.secondary', mt: 3, mb: 1.5 }}>
        {t('kiosk.refusal.instead')}
      </Typography>
      {facts.otherRooms.length === 0 ? (
        <Typography sx={{ fontSize: '1.2rem' }} data-testid="no-alternative">
          {t('kiosk.refusal.noneInstead')}
        </Typography>
      ) : (
        <Stack spacing={1.5}>
          {facts.otherRooms.map((a) => (
            <Box key={a.roomId} sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2, borderRadius: 4, border: 2, borderColor: '#C9D1DE' }}>
              <MeetingRoomRoundedIcon aria-hidden sx={{ fontSize: 40, color: '#0A612A' }} />
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography sx={{ fontSize: '1.45rem', fontWeight: 800 }}>{a.roomName}</Typography>
                <Typography sx={{ fontSize: '1.1rem', color: 'text.secondary' }}>
                  {[a.floor !== null ? t('kiosk.refusal.floor', { floor: a.floor }) : null, t('kiosk.refusal.freeUntil', { time: formatTime(a.end, timeZone, locale) })]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </Box>
              <Button
                variant="contained"
                data-testid="take-alternative"
                data-room-id={a.roomId}
                disabled={isBusy}
                onClick={() => onTake(a)}
                endIcon={<ArrowForwardRoundedIcon />}
                sx={{ minHeight: 64, fontSize: '1.2rem', fontWeight: 750, bgcolor: '#0A612A', '&:hover': { bgcolor: '#074A20' }, flexShrink: 0 }}
              >
                {t('kiosk.refusal.take', { room: a.roomName })}
              </Button>
            </Box>
          ))}
        </Stack>
      )}
    </KioskSheet>
  );
}
