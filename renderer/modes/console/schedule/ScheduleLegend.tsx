import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CLOSED_FILL, LOOKS, STRIPES_BLOCK } from '../board/boardLook';
import { UNAVAILABLE_LOOK } from './scheduleEvents';

const SWATCHES = [
  { key: 'meeting', background: LOOKS.confirmed.border, border: `1px solid ${LOOKS.confirmed.border}` },
  { key: 'pending', background: LOOKS.pending.border, border: `1px dashed ${LOOKS.pending.border}` },
  { key: 'unavailable', background: STRIPES_BLOCK, border: `1px solid ${UNAVAILABLE_LOOK.border}` },
  { key: 'busy', background: LOOKS.masked.border, border: `1px solid ${LOOKS.masked.border}` },
  { key: 'offHours', background: CLOSED_FILL, border: '1px solid #E3E7EF' },
] as const;

/** What the colours of the schedule mean. */
export function ScheduleLegend() {
  const { t } = useTranslation();
  return (
    <Stack component="ul" direction="row" useFlexGap spacing={2} aria-label={t('schedule.legend.label')} sx={{ flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0 }}>
      {SWATCHES.map(({ key, background, border }) => (
        <Stack key={key} component="li" direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <Box aria-hidden sx={{ width: 22, height: 14, borderRadius: 0.75, background, border }} />
          <Typography variant="caption" sx={{ color: 'text.secondary', fontWeight: 500 }}>
            {t(`schedule.legend.${key}`)}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
