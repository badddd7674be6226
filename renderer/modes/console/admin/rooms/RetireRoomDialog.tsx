import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { useApiQuery } from '../../../../api/useApiQuery';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useAction } from '../shared/useAction';
import { AffectedBookings } from './AffectedBookings';

interface RetireRoomDialogProps {
  room: Room;
  timeZone: string;
  onClose(): void;
  onRetired(room: Room): void;
}

/**
 * Retiring is a soft delete: the history stays, the room is no longer offered. Its future
 * meetings are not cancelled by it, so they are listed first, to be moved or cancelled.
 */
export function RetireRoomDialog({ room, timeZone, onClose, onRetired }: RetireRoomDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const retire = useAction();
  const [now] = useState(() => new Date().toISOString());
  const future = useApiQuery('bookings.list', { roomId: room.id, from: now, status: ['pending', 'confirmed'], limit: 100 });
  const confirm = async () => {
    const done = await retire.run(() => api.call('rooms.retire', { id: room.id }));
    if (done) onRetired(done);
  };
  return (
    <ConfirmDialog
      open
      title={t('admin.rooms.retireTitle', { room: room.name })}
      confirmLabel={t('admin.rooms.retire')}
      isDanger
      isBusy={retire.isBusy}
      error={retire.error}
      onConfirm={() => void confirm()}
      onClose={onClose}
      testId="retire-dialog"
    >
      <Typography sx={{ mb: 2 }}>{t('admin.rooms.retireBody', { room: room.name })}</Typography>
      {future.data && future.data.length > 0 ? (
        <Alert severity="warning" variant="outlined" sx={{ mb: 1.5 }}>
          {t('admin.rooms.retireFuture', { count: future.data.length })}
        </Alert>
      ) : null}
      <AffectedBookings bookings={future.data} isLoading={future.isLoading} error={future.error} timeZone={timeZone} noneText={t('admin.rooms.noFuture')} />
    </ConfirmDialog>
  );
}
