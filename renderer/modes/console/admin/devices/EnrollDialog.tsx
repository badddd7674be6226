import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output, Room } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { EnrollCode } from './EnrollCode';
import { EnrollRoomFields } from './EnrollRoomFields';

interface EnrollDialogProps {
  rooms: readonly Room[];
  onClose(): void;
  /** A code was made (the list shows the tablet as waiting). */
  onEnrolled(): void;
}

/** Pick the room, get a one-time code to type on the tablet beside its door. */
export function EnrollDialog({ rooms, onClose, onEnrolled }: EnrollDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const enroll = useAction();
  const bookable = rooms.filter((r) => r.status !== 'retired');
  const [roomId, setRoomId] = useState('');
  const [name, setName] = useState('');
  const [isChecked, setIsChecked] = useState(false);
  const [enrolment, setEnrolment] = useState<Output<'devices.enroll'> | null>(null);
  const room = bookable.find((r) => r.id === roomId);

  const submit = async () => {
    setIsChecked(true);
    if (!room) return;
    setEnrolment(null);
    const made = await enroll.run(() => api.call('devices.enroll', { roomId: room.id, ...(name.trim() ? { name: name.trim() } : {}) }));
    if (!made) return;
    setEnrolment(made);
    onEnrolled();
  };

  const actions = enrolment ? (
    <>
      <Button onClick={() => void submit()} disabled={enroll.isBusy} data-testid="enrol-again">
        {t('admin.devices.newCode')}
      </Button>
      <Button variant="contained" onClick={onClose} data-testid="enrol-done">
        {t('admin.done')}
      </Button>
    </>
  ) : undefined;

  return (
    <FormDialog open title={t('admin.devices.enrolTitle')} submitLabel={t('admin.devices.makeCode')} isBusy={enroll.isBusy} error={enroll.error} onSubmit={() => void submit()} onClose={onClose} testId="enrol-dialog" actions={actions}>
      {enrolment && room ? (
        <EnrollCode enrolment={enrolment} roomName={room.name} />
      ) : (
        <EnrollRoomFields rooms={bookable} roomId={roomId} name={name} isRoomMissing={isChecked && !room} onRoom={setRoomId} onName={setName} />
      )}
    </FormDialog>
  );
}
