import DirectionsWalkRoundedIcon from '@mui/icons-material/DirectionsWalkRounded';
import HourglassTopRoundedIcon from '@mui/icons-material/HourglassTopRounded';
import PersonRoundedIcon from '@mui/icons-material/PersonRounded';
import TaskAltRoundedIcon from '@mui/icons-material/TaskAltRounded';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskEntry } from '../../../../core/contract/kiosk';
import { currentLanguage } from '../../../i18n';
import { useNow } from '../clock/clockContext';
import { durationText } from '../model/durationText';
import { formatCountdown, formatSpan } from '../model/format';
import type { RoomState } from '../model/roomState';

/** Title as the door may show it: "Busy" for a private meeting, the reason for maintenance. */
export function useEntryTitle(): (entry: KioskEntry) => string {
  const { t } = useTranslation();
  return (entry) => {
    if (entry.kind === 'block') return entry.title || t('kiosk.meeting.maintenance');
    return entry.isPrivate || !entry.title ? t('kiosk.meeting.private') : entry.title;
  };
}

function Line({ icon, children, testId }: { icon: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', fontSize: '1.3rem', fontWeight: 550 }} data-testid={testId}>
      {icon}
      <span>{children}</span>
    </Stack>
  );
}

/**
 * The meeting that matters now: the one holding the room (title, organizer, time left, or the
 * release countdown), else the next one when it is close. Sits on the state colour.
 */
export function MeetingCard({ state, timeZone, deep }: { state: RoomState; timeZone: string; deep: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const titleOf = useEntryTitle();
  const locale = currentLanguage(i18n.language);
  const entry = state.current ?? (state.kind === 'startingSoon' || state.kind === 'freeUntil' ? state.next : null);
  if (!entry) return null;
  const isCurrent = entry === state.current;
  const start = Date.parse(entry.start);
  const end = Date.parse(entry.end);
  const iconSx = { fontSize: 30, opacity: 0.9 } as const;

  return (
    <Box data-testid="meeting-card" sx={{ bgcolor: deep, borderRadius: 5, px: { xs: 3, md: 3.5 }, py: { xs: 2.5, md: 3 } }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography component="p" sx={{ fontSize: '1rem', fontWeight: 700, letterSpacing: '0.08em', textTransform: 'uppercase', opacity: 0.9 }}>
          {isCurrent ? t('kiosk.meeting.now') : t('kiosk.meeting.next')} · {formatSpan(start, end, timeZone, locale)}
        </Typography>
        <Typography component="p" sx={{ fontSize: '1.3rem', fontWeight: 700, fontVariantNumeric: 'tabular-nums' }} data-testid="meeting-left">
          {isCurrent ? t('kiosk.meeting.left', { time: durationText(t, end - now) }) : t('kiosk.meeting.startsIn', { time: durationText(t, start - now) })}
        </Typography>
      </Stack>
      <Typography
        component="p"
        data-testid="meeting-title"
        sx={{ fontSize: 'clamp(1.75rem, 3.6vmin, 2.5rem)', fontWeight: 750, lineHeight: 1.15, mt: 1, mb: 1.5, overflowWrap: 'anywhere' }}
      >
        {titleOf(entry)}
      </Typography>
      <Stack spacing={1}>
        {entry.organizerName ? <Line icon={<PersonRoundedIcon aria-hidden sx={iconSx} />}>{t('kiosk.meeting.organizer', { name: entry.organizerName })}</Line> : null}
        {entry.isWalkUp ? <Line icon={<DirectionsWalkRoundedIcon aria-hidden sx={iconSx} />}>{t('kiosk.meeting.walkUp')}</Line> : null}
        {isCurrent && entry.checkInAt ? <Line icon={<TaskAltRoundedIcon aria-hidden sx={iconSx} />}>{t('kiosk.meeting.checkedIn')}</Line> : null}
        {state.kind === 'awaitingCheckIn' && state.releaseAt !== null ? (
          <Line icon={<HourglassTopRoundedIcon aria-hidden sx={iconSx} />} testId="release-countdown">
            {state.releaseAt > now ? t('kiosk.meeting.releaseIn', { countdown: formatCountdown(state.releaseAt - now) }) : t('kiosk.meeting.releasing')}
          </Line>
        ) : null}
      </Stack>
    </Box>
  );
}
