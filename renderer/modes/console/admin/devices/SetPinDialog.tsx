import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZPin, type Device } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';

/** The PIN that lets an administrator leave the door screen on that tablet. */
export function SetPinDialog({ device, onClose, onSaved }: { device: Device; onClose(): void; onSaved(device: Device): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useAction();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isChecked, setIsChecked] = useState(false);
  const pinProblem = isChecked && !ZPin.safeParse(pin).success ? t('admin.devices.pinRule') : null;
  const repeatProblem = isChecked && !pinProblem && pin !== repeat ? t('admin.devices.pinMismatch') : null;

  const submit = async () => {
    setIsChecked(true);
    if (!ZPin.safeParse(pin).success || pin !== repeat) return;
    const saved = await save.run(() => api.call('devices.setPin', { id: device.id, pin }));
    if (saved) onSaved(saved);
  };

  const pinInput = { htmlInput: { inputMode: 'numeric' as const, autoComplete: 'new-password', maxLength: 12 } };
  return (
    <FormDialog open title={t('admin.devices.pinTitle', { name: device.name })} submitLabel={t('admin.devices.setPin')} isBusy={save.isBusy} error={save.error} onSubmit={() => void submit()} onClose={onClose} testId="pin-dialog" maxWidth="xs">
      <Stack spacing={2} sx={{ pt: 0.5 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t(device.hasPin ? 'admin.devices.pinReplace' : 'admin.devices.pinHint')}
        </Typography>
        <TextField label={t('admin.devices.pin')} name="pin" type="password" value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} error={Boolean(pinProblem)} helperText={pinProblem ?? t('admin.devices.pinRule')} slotProps={pinInput} autoFocus fullWidth />
        <TextField label={t('admin.devices.pinRepeat')} name="pinRepeat" type="password" value={repeat} onChange={(e) => setRepeat(e.target.value.replace(/\D/g, ''))} error={Boolean(repeatProblem)} helperText={repeatProblem} slotProps={pinInput} fullWidth />
      </Stack>
    </FormDialog>
  );
}
