import { useTranslation } from 'react-i18next';
import type { BookingView, Room } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { formatWhen } from '../booking/officeTime';
import { ReasonDialog } from '../booking/ReasonDialog';
import { useBookingCommands, type Command } from '../booking/useBookingCommands';

interface RejectBookingProps {
  booking: BookingView;
  room: Room | undefined;
  timeZone: string;
  onClose(): void;
  onDone(booking: BookingView, command: Command): void;
}

/** "Reject this booking?" with the reason the organizer will read. */
export function RejectBooking({ booking, room, timeZone, onClose, onDone }: RejectBookingProps) {
  const { t, i18n } = useTranslation();
  const commands = useBookingCommands(timeZone, onDone);
  return (
    <ReasonDialog
      title={t('booking.reason.rejectTitle')}
      body={`${booking.title} · ${room?.name ?? ''} · ${formatWhen(booking.start, booking.end, timeZone, currentLanguage(i18n.language))}`}
      confirm={t('booking.actions.reject')}
      isReasonRequired
      isBusy={commands.busyId !== null}
      error={commands.failure?.refusal.reasons.join(' ')}
      onConfirm={(reason) => void commands.run(booking.id, { kind: 'reject', reason })}
      onClose={onClose}
    />
  );
}
