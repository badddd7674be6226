import { useTranslation } from 'react-i18next';
import type { Device, Room } from '../../../../../core/contract';
import type { DeviceAction } from './DeviceRow';
import { EnrollDialog } from './EnrollDialog';
import { RevokeDeviceDialog } from './RevokeDeviceDialog';
import { SetPinDialog } from './SetPinDialog';

export type DeviceDialog = { kind: 'enrol' } | { kind: DeviceAction; device: Device } | null;

interface DeviceDialogsProps {
  dialog: DeviceDialog;
  rooms: readonly Room[];
  roomName(roomId: string | null): string;
  onClose(): void;
  /** Something changed the list (a code was made); it is read again. */
  onChanged(): void;
  onDone(message: string): void;
}

/** Whichever dialog of the tablets page is open. */
export function DeviceDialogs({ dialog, rooms, roomName, onClose, onChanged, onDone }: DeviceDialogsProps) {
  const { t } = useTranslation();
  switch (dialog?.kind) {
    case 'enrol':
      // Closing reads the list again: the tablet may have used its code meanwhile.
      return <EnrollDialog rooms={rooms} onClose={() => (onClose(), onChanged())} onEnrolled={onChanged} />;
    case 'pin':
      return <SetPinDialog device={dialog.device} onClose={onClose} onSaved={(d) => onDone(t('admin.devices.pinSaved', { name: d.name }))} />;
    case 'revoke':
      return <RevokeDeviceDialog device={dialog.device} roomName={roomName(dialog.device.roomId)} onClose={onClose} onRevoked={(d) => onDone(t('admin.devices.revoked', { name: d.name }))} />;
    default:
      return null;
  }
}
