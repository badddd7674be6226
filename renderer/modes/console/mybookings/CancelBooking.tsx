import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatWhen } from '../booking/officeTime';
import { ReasonDialog } from '../booking/ReasonDialog';
import { useBookingCommands } from '../booking/useBookingCommands';
import type { MyBooking } from './useMyBookings';

interface CancelBookingProps {
  item: MyBooking;
  onClose(): void;
  onDone(message: string): void;
}

/** "Cancel this booking?" straight from the list, with an optional reason. */
export function CancelBooking({ item, onClose, onDone }: CancelBookingProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const when = formatWhen(item.booking.start, item.booking.end, item.timeZone, locale);
  const commands = useBookingCommands(item.timeZone, () => onDone(t('booking.done.cancel', { room: item.room?.name ?? '', when })));
  return (
    <ReasonDialog
      title={t('booking.reason.cancelTitle')}
      body={`${item.booking.title} · ${item.room?.name ?? ''} · ${when}`}
      confirm={t('booking.actions.cancel')}
      isReasonRequired={false}
      isBusy={commands.busyId !== null}
      error={commands.failure?.refusal.reasons.join(' ')}
      onConfirm={async (reason) => {
        if (await commands.run(item.booking.id, { kind: 'cancel', ...(reason ? { reason } : {}) })) onClose();
      }}
      onClose={onClose}
    />
  );
}
