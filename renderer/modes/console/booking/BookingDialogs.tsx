import { useTranslation } from 'react-i18next';
import type { BookingView, Room } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { BookingDetailsDialog } from './BookingDetailsDialog';
import { BookingDialog } from './BookingDialog';
import type { DraftStart } from './bookingDraft';
import { doneMessage } from './bookingToast';
import { formatWhen } from './officeTime';
import type { Abilities } from './useAbilities';
import type { Command } from './useBookingCommands';
import type { People } from './usePeople';

/** Which booking dialog is open, if any. */
export type DialogTarget =
  | null
  | { kind: 'create'; initial: DraftStart }
  | { kind: 'details'; booking: BookingView }
  | { kind: 'edit'; booking: BookingView };

/** The office a dialog works in: its rooms to choose from and its clock. */
export interface OfficeScope {
  officeId: string;
  timeZone: string;
  rooms: readonly Room[];
}

interface BookingDialogsProps {
  target: DialogTarget;
  scope: OfficeScope | null;
  abilities: Abilities;
  people: People;
  onTarget(target: DialogTarget): void;
  /** Something changed: what to tell the person, and the booking as it is now. */
  onChanged(message: string, booking: BookingView): void;
}

/** The booking dialogs of a page: new booking, details with actions, and rescheduling. */
export function BookingDialogs({ target, scope, abilities, people, onTarget, onChanged }: BookingDialogsProps) {
  const { t, i18n } = useTranslation();
  if (!target || !scope) return null;
  const locale = currentLanguage(i18n.language);
  const close = () => onTarget(null);

  if (target.kind === 'details') {
    const room = scope.rooms.find((r) => r.id === target.booking.roomId);
    const said = (booking: BookingView, command: Command) => {
      const when = formatWhen(booking.start, booking.end, scope.timeZone, locale);
      onChanged(t(`booking.done.${command.kind}`, { room: room?.name ?? '', when }), booking);
      close();
    };
    return (
      <BookingDetailsDialog
        booking={target.booking}
        room={room}
        timeZone={scope.timeZone}
        abilities={abilities}
        people={people}
        onClose={close}
        onChanged={said}
        onReschedule={(booking) => onTarget({ kind: 'edit', booking })}
      />
    );
  }
  return (
    <BookingDialog
      key={target.kind === 'edit' ? target.booking.id : `${target.initial.roomId}${target.initial.day}${target.initial.start}`}
      mode={target}
      rooms={scope.rooms}
      officeId={scope.officeId}
      timeZone={scope.timeZone}
      abilities={abilities}
      people={people}
      onClose={close}
      onDone={(done) => {
        onChanged(doneMessage(done, scope.rooms, t, scope.timeZone, locale, target.kind === 'edit'), done.booking);
        close();
      }}
    />
  );
}
