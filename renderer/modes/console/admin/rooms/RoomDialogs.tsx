import { useTranslation } from 'react-i18next';
import type { Output, Room } from '../../../../../core/contract';
import { MaintenanceDialog } from './MaintenanceDialog';
import { RetireRoomDialog } from './RetireRoomDialog';
import type { RoomAction } from './RoomActions';
import { RoomFormDialog } from './RoomFormDialog';

export type RoomDialog = { kind: 'create' } | { kind: RoomAction; room: Room } | null;

interface RoomDialogsProps {
  dialog: RoomDialog;
  officeId: string | null;
  zoneOf(room: Room): string;
  onClose(): void;
  /** The change was made; the sentence to confirm it with. */
  onDone(message: string): void;
}

/** Whichever dialog of the rooms page is open. */
export function RoomDialogs({ dialog, officeId, zoneOf, onClose, onDone }: RoomDialogsProps) {
  const { t } = useTranslation();
  const blocked = (room: Room, outcome: Output<'blocks.create'>) =>
    onDone(t('admin.rooms.blocked', { room: room.name, cancelled: outcome.cancelled.length, left: outcome.conflicts.length - outcome.cancelled.length }));
  switch (dialog?.kind) {
    case 'create':
    case 'edit': {
      const key = dialog.kind === 'edit' ? 'admin.rooms.saved' : 'admin.rooms.created';
      return <RoomFormDialog room={dialog.kind === 'edit' ? dialog.room : null} officeId={officeId} onClose={onClose} onSaved={(room) => onDone(t(key, { room: room.name }))} />;
    }
    case 'block':
      return <MaintenanceDialog room={dialog.room} timeZone={zoneOf(dialog.room)} onClose={onClose} onBlocked={(outcome) => blocked(dialog.room, outcome)} />;
    case 'retire':
      return <RetireRoomDialog room={dialog.room} timeZone={zoneOf(dialog.room)} onClose={onClose} onRetired={(room) => onDone(t('admin.rooms.retired', { room: room.name }))} />;
    default:
      return null;
  }
}
