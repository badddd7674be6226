import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BookingView, Room } from '../../../../core/contract';
import { formatMoment, formatWhen } from '../booking/officeTime';
import { holdLeft } from './holdLeft';

interface ApprovalCardProps {
  booking: BookingView;
  room: Room | undefined;
  organizerName: string | null;
  timeZone: string;
  locale: string;
  now: number;
  isBusy: boolean;
  onOpen(booking: BookingView): void;
  onApprove(booking: BookingView): void;
  onReject(booking: BookingView): void;
}

/** A booking waiting for a decision: what, where, whose, how long its hold lasts, approve or reject. */
export function ApprovalCard({ booking: b, room, organizerName, timeZone, locale, now, isBusy, onOpen, onApprove, onReject }: ApprovalCardProps) {
  const { t } = useTranslation();
  const left = holdLeft(b, now);
  const isUrgent = left !== null && left.minutes < 30;
  const people = 1 + b.attendeeIds.length + b.attendeeEmails.length;
  return (
    <Paper component="article" variant="outlined" data-testid="approval" data-title={b.title} sx={{ p: 2, borderRadius: 3, display: 'flex', gap: 2, alignItems: 'center', flexWrap: { xs: 'wrap', md: 'nowrap' }, borderLeft: 4, borderLeftColor: isUrgent ? 'error.main' : 'warning.main' }}>
      <ButtonBase onClick={() => onOpen(b)} sx={{ flex: 1, minWidth: 0, justifyContent: 'flex-start', textAlign: 'left', borderRadius: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle1" component="h2" noWrap>
            {b.title}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.primary', fontWeight: 500 }}>
            {room?.name ?? '—'} · {formatWhen(b.start, b.end, timeZone, locale)}
          </Typography>
          <Stack direction="row" spacing={1.5} sx={{ color: 'text.secondary', mt: 0.25, alignItems: 'center' }}>
            <Typography variant="body2">{organizerName ?? '—'}</Typography>
            <Stack direction="row" spacing={0.25} sx={{ alignItems: 'center' }}>
              <GroupsOutlinedIcon sx={{ fontSize: 16 }} aria-hidden />
              <Typography variant="body2">{t('approvals.people', { count: people })}</Typography>
            </Stack>
          </Stack>
        </Box>
      </ButtonBase>
      <Stack spacing={0.25} sx={{ minWidth: 190, color: isUrgent ? 'error.main' : 'warning.main' }} data-testid="approval-hold">
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <HourglassTopIcon sx={{ fontSize: 16 }} aria-hidden />
          <Typography variant="body2" sx={{ fontWeight: 650 }}>
            {left === null ? t('approvals.noHold') : left.minutes <= 0 ? t('approvals.holdOver') : t('approvals.holdLeft', { hours: left.hours, minutes: left.rest })}
          </Typography>
        </Stack>
        {b.holdExpiresAt ? (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {t('approvals.holdUntil', { time: formatMoment(b.holdExpiresAt, timeZone, locale) })}
          </Typography>
        ) : null}
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" color="error" startIcon={<CloseIcon />} disabled={isBusy} onClick={() => onReject(b)} data-testid="approval-reject">
          {t('booking.actions.reject')}
        </Button>
        <Button variant="contained" color="success" startIcon={<CheckIcon />} disabled={isBusy} onClick={() => onApprove(b)} data-testid="approval-approve">
          {t('booking.actions.approve')}
        </Button>
      </Stack>
    </Paper>
  );
}
