import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AlternativeView } from '../../../../core/contract';
import { alternativeLabel, type Refusal } from './refusal';

interface RefusalPanelProps {
  refusal: Refusal;
  askedDay: string;
  timeZone: string;
  locale: string;
  isBusy: boolean;
  /** Rooms whose bookings wait for a facility manager: their alternatives say so. */
  needsApproval: ReadonlySet<string>;
  onTake(alternative: AlternativeView): void;
  /** A series: book the free occurrences and skip the listed ones. */
  onSkipConflicts?: (() => void) | undefined;
}

/** Why the booking was refused, every reason, and the engine's nearest alternatives as one-click buttons. */
export function RefusalPanel({ refusal, askedDay, timeZone, locale, isBusy, needsApproval, onTake, onSkipConflicts }: RefusalPanelProps) {
  const { t } = useTranslation();
  const { reasons, occurrences, alternatives } = refusal;
  return (
    <Alert severity="error" variant="outlined" role="alert" data-testid="booking-refusal" sx={{ bgcolor: '#FFF8F7', '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle sx={{ fontWeight: 700 }}>
        {occurrences.length ? t('booking.refused.seriesTitle', { count: occurrences.length }) : refusal.isRuleRefusal ? t('booking.refused.title') : t('booking.refused.failed')}
      </AlertTitle>
      {reasons.length ? (
        <Box component="ul" sx={{ m: 0, pl: 2.5, '& li + li': { mt: 0.5 } }}>
          {reasons.map((reason) => (
            <li key={reason} data-testid="refusal-reason">
              {reason}
            </li>
          ))}
        </Box>
      ) : null}
      {occurrences.length ? (
        <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 160, overflow: 'auto' }}>
          {occurrences.map((o) => (
            <li key={o.when} data-testid="refusal-occurrence">
              <strong>{o.when}</strong> — {o.reasons.join(' ')}
            </li>
          ))}
        </Box>
      ) : null}
      {alternatives.length ? (
        <Stack spacing={1} sx={{ mt: 1.75 }}>
          <Typography variant="subtitle2" component="p" sx={{ color: 'text.primary' }}>
            {t('booking.refused.instead')}
          </Typography>
          <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
            {alternatives.map((a) => (
              <Button
                key={`${a.roomId}${a.start}`}
                variant="contained"
                color="primary"
                size="small"
                disabled={isBusy}
                startIcon={<EventAvailableOutlinedIcon />}
                data-testid="alternative"
                data-room={a.roomName}
                onClick={() => onTake(a)}
              >
                {alternativeLabel(a, askedDay, timeZone, locale)}
                {needsApproval.has(a.roomId) ? ` · ${t('booking.hint.needsApproval')}` : ''}
              </Button>
            ))}
          </Stack>
        </Stack>
      ) : null}
      {onSkipConflicts && occurrences.length ? (
        <Button variant="outlined" color="inherit" size="small" disabled={isBusy} onClick={onSkipConflicts} sx={{ mt: 1.5 }} data-testid="skip-conflicts">
          {t('booking.refused.skipConflicts')}
        </Button>
      ) : null}
    </Alert>
  );
}
