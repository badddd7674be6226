import CloseIcon from '@mui/icons-material/Close';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView, Room } from '../../../../core/contract';
import type { Rules } from '../../../../core/rules/schema';
import { useApiQuery } from '../../../api/useApiQuery';
import { actionsFor, extendOptions, type BookingAction } from './bookingActions';
import { BookingActionBar } from './BookingActionBar';
import { BookingFacts } from './BookingFacts';
import { ReasonDialog } from './ReasonDialog';
import { limitsFor } from './roomRules';
import { StatusChip } from './StatusChip';
import type { Abilities } from './useAbilities';
import { useBookingCommands, type Command } from './useBookingCommands';
import { useOrganizerName } from './useOrganizerName';
import type { People } from './usePeople';

interface BookingDetailsDialogProps {
  booking: BookingView;
  room: Room | undefined;
  timeZone: string;
  abilities: Abilities;
  people: People;
  onClose(): void;
  /** After a change: the booking as it is now, and what was done. */
  onChanged(booking: BookingView, command: Command): void;
  onReschedule(booking: BookingView): void;
}

/** One booking's details, with the actions the viewer may take on it. */
export function BookingDetailsDialog({ booking, room, timeZone, abilities, people, onClose, onChanged, onReschedule }: BookingDetailsDialogProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'cancel' | 'reject' | null>(null);
  const rules = useApiQuery('rules.get', { roomId: booking.roomId });
  const limits = limitsFor(rules.data?.rules as Rules | undefined, abilities.user.role);
  const organizerName = useOrganizerName(booking, people);
  const commands = useBookingCommands(timeZone, onChanged);
  const viewer = { userId: abilities.user.id, isStaff: abilities.isStaffOf(room?.officeId) };
  const actions = actionsFor(booking, viewer, rules.data ? limits.checkIn : null, Date.now());
  const isBusy = commands.busyId !== null;

  const act = (action: Exclude<BookingAction, 'extend'>) => {
    if (action === 'cancel' || action === 'reject') setAsking(action);
    else if (action === 'reschedule') onReschedule(booking);
    else void commands.run(booking.id, { kind: action });
  };
  const confirmReason = async (reason: string) => {
    const command: Command = asking === 'reject' ? { kind: 'reject', reason } : { kind: 'cancel', ...(reason ? { reason } : {}) };
    if (await commands.run(booking.id, command)) setAsking(null);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="booking-details-title" data-testid="booking-details">
      <DialogTitle id="booking-details-title" sx={{ pr: 7 }}>
        <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="span" data-testid="booking-details-title">
            {booking.isMasked ? t('booking.busy') : booking.title}
          </Typography>
          {booking.isPrivate ? (
            <Tooltip title={t('booking.private')}>
              <LockOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-label={t('booking.private')} />
            </Tooltip>
          ) : null}
          <StatusChip booking={booking} />
        </Stack>
        <IconButton aria-label={t('booking.details.close')} onClick={onClose} sx={{ position: 'absolute', right: 12, top: 12 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers>
        <BookingFacts booking={booking} room={room} organizerName={organizerName} people={people} timeZone={timeZone} />
        {commands.failure && !asking ? (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="booking-action-error">
            {commands.failure.refusal.reasons.join(' ')}
          </Alert>
        ) : null}
      </DialogContent>
      {actions.length ? (
        <DialogActions sx={{ px: 3, py: 2 }}>
          <BookingActionBar
            actions={actions}
            extendEnds={extendOptions(booking, limits.stepMin)}
            timeZone={timeZone}
            isBusy={isBusy}
            onAction={act}
            onExtend={(end) => void commands.run(booking.id, { kind: 'extend', end })}
          />
        </DialogActions>
      ) : null}
      {asking ? (
        <ReasonDialog
          title={t(`booking.reason.${asking}Title`)}
          body={t(`booking.reason.${asking}Body`)}
          confirm={t(`booking.actions.${asking}`)}
          isReasonRequired={asking === 'reject'}
          isBusy={isBusy}
          error={commands.failure?.refusal.reasons.join(' ')}
          onConfirm={(reason) => void confirmReason(reason)}
          onClose={() => {
            setAsking(null);
            commands.clearFailure();
          }}
        />
      ) : null}
    </Dialog>
  );
}
