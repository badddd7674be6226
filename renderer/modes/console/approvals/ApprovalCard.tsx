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
import type { TFunction } from 'i18next';
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

function holdText(left: ReturnType<typeof holdLeft>, t: TFunction): string {
  if (left === null) return t('approvals.noHold');
  if (left.minutes <= 0) return t('approvals.holdOver');
  if (left.hours === 0) return t('approvals.holdLeftMinutes', { minutes: left.rest });
  if (left.rest === 0) return t('approvals.holdLeftHours', { hours: left.hours });
  return t('approvals.holdLeft', { hours: left.hours, minutes: left.rest });
}

/** A booking waiting for a decision: what, where, whose, how long its hold lasts, approve or reject. */
export function ApprovalCard({ booking: b, room, organizerName, timeZone, locale, now, isBusy, onOpen, onApprove, onReject }: ApprovalCardProps) {
  const { t } = useTranslation();
  const left = holdLeft(b, now);
  const isUrgent = left !== null && left.minutes < 30;
  const people = 1 + b.attendeeIds.length + b.attendeeEmails.length;
  return (
    <Paper component="article" variant="outlined" data-testid="approval" data-title={b.title} sx={{ p: 2, borderRadius: 3, display: 'flex', gap: 2, alignItems: 'center', flexWrap: { xs: 'wrap', md: 'nowrap' }, borderLeft: 4, borderLeftColor: isUrgent ? 'error.main' : 'warning.main' }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="subtitle1" component="h2" noWrap>
          <ButtonBase onClick={() => onOpen(b)} sx={{ font: 'inherit', borderRadius: 0.5, '&:hover': { textDecoration: 'underline' } }}>
            {b.title}
          </ButtonBase>
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
      <Stack spacing={0.25} sx={{ minWidth: 190, color: isUrgent ? 'error.main' : 'warning.main' }} data-testid="approval-hold">
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <HourglassTopIcon sx={{ fontSize: 16 }} aria-hidden />
          <Typography variant="body2" sx={{ fontWeight: 650 }}>
            {holdText(left, t)}
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
