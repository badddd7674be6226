import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useAction } from '../shared/useAction';

/** Switching a tablet off takes effect at its next call; it then asks for a new code. */
export function RevokeDeviceDialog({ device, roomName, onClose, onRevoked }: { device: Device; roomName: string; onClose(): void; onRevoked(device: Device): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const revoke = useAction();
  const [reason, setReason] = useState('');
  const confirm = async () => {
    const done = await revoke.run(() => api.call('devices.revoke', { id: device.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }));
    if (done) onRevoked(done);
  };
  return (
    <ConfirmDialog open title={t('admin.devices.revokeTitle', { name: device.name })} confirmLabel={t('admin.devices.revoke')} isDanger isBusy={revoke.isBusy} error={revoke.error} onConfirm={() => void confirm()} onClose={onClose} testId="revoke-dialog">
      <Typography sx={{ mb: 2 }}>{t('admin.devices.revokeBody', { room: roomName })}</Typography>
      <TextField label={t('admin.devices.revokeReason')} name="revokeReason" value={reason} onChange={(e) => setReason(e.target.value)} fullWidth />
    </ConfirmDialog>
  );
}
