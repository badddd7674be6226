import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { KioskEntry, KioskStatus } from '../../../../core/contract/kiosk';
import { currentLanguage } from '../../../i18n';
import { useNow } from '../clock/clockContext';
import { formatSpan } from '../model/format';
import { DayBar } from './DayBar';
import { useEntryTitle } from './MeetingCard';

const MAX_ROWS = 5;
const isHolding = (e: KioskEntry) => e.kind === 'block' || e.status === 'confirmed' || e.status === 'pending';

/** The rest of today: a bar for the eye and the meetings in words, the running one marked. */
export function TodayTimeline({ status }: { status: KioskStatus }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const titleOf = useEntryTitle();
  const locale = currentLanguage(i18n.language);
  const rest = status.entries.filter((e) => isHolding(e) && Date.parse(e.end) > now);
  const shown = rest.slice(0, MAX_ROWS);

  return (
    <Box component="section" aria-labelledby="kiosk-today" data-testid="timeline">
      <Typography id="kiosk-today" component="h2" sx={{ fontSize: '1rem', fontWeight: 750, letterSpacing: '0.08em', textTransform: 'uppercase', color: 'text.secondary', mb: 1.5 }}>
        {t('kiosk.timeline.title')}
      </Typography>
      <DayBar status={status} />
      {status.day.open.length === 0 && rest.length === 0 ? (
        <Typography sx={{ color: 'text.secondary', fontSize: '1.2rem', mt: 1 }}>{t('kiosk.timeline.closedToday')}</Typography>
      ) : shown.length === 0 ? (
        <Typography sx={{ color: 'text.secondary', fontSize: '1.2rem', mt: 1 }} data-testid="timeline-empty">
          {t('kiosk.timeline.empty')}
        </Typography>
      ) : (
        <Stack component="ol" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0, mt: 1, '@media (orientation: portrait)': { '& > li:nth-of-type(n+4)': { display: 'none' } } }}>
          {shown.map((e) => {
            const isNow = Date.parse(e.start) <= now;
            const isWaiting = isNow && e.kind === 'booking' && e.checkIn?.required && !e.checkInAt;
            return (
              <Box
                component="li"
                key={e.id}
                data-testid="timeline-entry"
                sx={{
                  display: 'grid',
                  gridTemplateColumns: 'auto 1fr',
                  columnGap: 2,
                  alignItems: 'baseline',
                  px: 2,
                  py: 1.25,
                  borderRadius: 3,
                  bgcolor: isNow ? '#FBEAEA' : '#F4F6FA',
                  borderLeft: 6,
                  borderColor: e.kind === 'block' ? '#4A5361' : '#B3261E',
                }}
              >
                <Typography sx={{ fontWeight: 750, fontSize: '1.15rem', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {formatSpan(e.start, e.end, status.office.timeZone, locale)}
                </Typography>
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 650, fontSize: '1.15rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{titleOf(e)}</Typography>
                  <Typography sx={{ color: 'text.secondary', fontSize: '1rem' }}>
                    {isNow ? `${t('kiosk.meeting.now')} · ` : ''}
                    {isWaiting ? t('kiosk.timeline.waiting') : e.isWalkUp ? t('kiosk.meeting.walkUp') : (e.organizerName ?? (e.kind === 'block' ? t('kiosk.meeting.maintenance') : ''))}
                  </Typography>
                </Box>
              </Box>
            );
          })}
        </Stack>
      )}
    </Box>
  );
}
