import type { BlockView, Room } from '../../../../core/contract';
import { BookingDialogs, type DialogTarget, type OfficeScope } from '../booking/BookingDialogs';
import type { Abilities } from '../booking/useAbilities';
import type { People } from '../booking/usePeople';
import { useOffice } from '../officeContext';
import { MarkAvailableDialog } from './MarkAvailableDialog';
import { UnavailableDialog } from './UnavailableDialog';
import type { UnavailableDraft } from './unavailableDraft';

/** Which dialog of the schedule is open: marking time unavailable, available again, or a meeting. */
export type ScheduleDialog =
  | null
  | { kind: 'mark'; draft: UnavailableDraft }
  | { kind: 'remove'; block: BlockView }
  | { kind: 'booking'; target: Exclude<DialogTarget, null> };

interface ScheduleDialogsProps {
  dialog: ScheduleDialog;
  timeZone: string;
  locale: string;
  ownerName: string | null;
  rooms: readonly Room[];
  abilities: Abilities;
  people: People;
  onDialog(dialog: ScheduleDialog): void;
  onMarked(blocks: readonly BlockView[]): void;
  onRemoved(block: BlockView): void;
  onBookingChanged(message: string): void;
}

/** The schedule's dialogs; a meeting opens the booking details every console page uses. */
export function ScheduleDialogs({ dialog, timeZone, locale, ownerName, rooms, abilities, people, onDialog, onMarked, onRemoved, onBookingChanged }: ScheduleDialogsProps) {
  const { offices } = useOffice();
  const close = () => onDialog(null);
  if (!dialog) return null;
  if (dialog.kind === 'mark') return <UnavailableDialog initial={dialog.draft} timeZone={timeZone} onClose={close} onDone={onMarked} />;
  if (dialog.kind === 'remove') return <MarkAvailableDialog block={dialog.block} ownerName={ownerName} timeZone={timeZone} locale={locale} onClose={close} onDone={onRemoved} />;

  const booking = dialog.target.kind === 'create' ? null : dialog.target.booking;
  const room = booking ? rooms.find((r) => r.id === booking.roomId) : undefined;
  const office = room ? offices.find((o) => o.id === room.officeId) : undefined;
  const scope: OfficeScope | null = room ? { officeId: room.officeId, timeZone: office?.timeZone ?? timeZone, rooms: rooms.filter((r) => r.officeId === room.officeId) } : null;
  return (
    <BookingDialogs
      target={dialog.target}
      scope={scope}
      abilities={abilities}
      people={people}
      onTarget={(target) => onDialog(target ? { kind: 'booking', target } : null)}
      onChanged={(message) => onBookingChanged(message)}
    />
  );
}
