import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { RoomAccessFields } from './RoomAccessFields';
import { RoomBasicsFields } from './RoomBasicsFields';
import { draftOfRoom, newRoomDraft, roomProblems, toCreateInput, toUpdateInput, type RoomDraft } from './roomDraft';

interface RoomFormDialogProps {
  /** null: a new room in `officeId`. */
  room: Room | null;
  officeId: string | null;
  onClose(): void;
  onSaved(room: Room): void;
}

/** Add a room, or change every field of one. */
export function RoomFormDialog({ room, officeId, onClose, onSaved }: RoomFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useAction();
  const [draft, setDraft] = useState<RoomDraft>(() => (room ? draftOfRoom(room) : newRoomDraft(officeId ?? '')));
  const [isChecked, setIsChecked] = useState(false);
  const set = (patch: Partial<RoomDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = isChecked ? roomProblems(draft) : [];

  const submit = async () => {
    setIsChecked(true);
    if (roomProblems(draft).length > 0) return;
    const saved = await save.run(() => (room ? api.call('rooms.update', toUpdateInput(room, draft)) : api.call('rooms.create', toCreateInput(draft))));
    if (saved) onSaved(saved);
  };

  return (
    <FormDialog
      open
      title={room ? t('admin.rooms.editTitle', { room: room.name }) : t('admin.rooms.createTitle')}
      submitLabel={room ? t('admin.save') : t('admin.rooms.create')}
      isBusy={save.isBusy}
      error={save.error}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="room-form-dialog"
      maxWidth="md"
    >
      <Stack spacing={2.5} sx={{ pt: 0.5 }}>
        <RoomBasicsFields draft={draft} set={set} problems={problems} isNew={!room} />
        <Divider />
        <RoomAccessFields draft={draft} set={set} problems={problems} canSetStatus={room?.status !== 'retired'} />
      </Stack>
    </FormDialog>
  );
}
