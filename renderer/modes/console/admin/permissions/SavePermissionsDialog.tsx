import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../../api/apiContext';
import { useSignedInUser } from '../../../../session/sessionContext';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { PermissionChangeList } from './PermissionChangeList';
import { updateInput, type PermissionChange } from './permissionDiff';

const MIN_REASON = 3;

interface SavePermissionsDialogProps {
  changes: readonly PermissionChange[];
  onClose(): void;
  /** Every change was saved, with this reason. */
  onSaved(changes: PermissionChange[], reason: string): void;
  /** Some were saved before one was refused: those are done, the rest stay unsaved. */
  onPartlySaved(changes: PermissionChange[]): void;
}

/** Confirms what changes, asks why (the audit log keeps it), and saves method by method. */
export function SavePermissionsDialog({ changes, onClose, onSaved, onPartlySaved }: SavePermissionsDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const me = useSignedInUser();
  const save = useAction();
  const [reason, setReason] = useState('');
  const [isChecked, setIsChecked] = useState(false);
  const isShort = isChecked && reason.trim().length < MIN_REASON;
  const touchesMe = changes.some((c) => c.removed.includes(me.role));

  const submit = async () => {
    setIsChecked(true);
    const why = reason.trim();
    if (why.length < MIN_REASON) return;
    const done: PermissionChange[] = [];
    const isDone = await save.run(async () => {
      for (const change of changes) {
        await api.call('permissions.update', updateInput(change, why));
        done.push(change);
      }
      return true;
    });
    if (isDone) onSaved(done, why);
    else if (done.length > 0) onPartlySaved(done);
  };

  return (
    <FormDialog
      open
      title={t('admin.permissions.saveTitle')}
      submitLabel={t('admin.permissions.save', { count: changes.length })}
      isBusy={save.isBusy}
      error={save.error}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="save-permissions-dialog"
    >
      <Stack spacing={2} sx={{ pt: 0.5 }}>
        <Typography variant="body2">{t('admin.permissions.saveBody', { count: changes.length })}</Typography>
        <PermissionChangeList changes={changes} />
        {touchesMe ? (
          <Alert severity="warning" data-testid="touches-me">
            {t('admin.permissions.touchesMe', { role: t(`roles.${me.role}`) })}
          </Alert>
        ) : null}
        <TextField
          label={t('admin.permissions.reason')}
          name="reason"
          required
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={isShort}
          helperText={isShort ? t('admin.permissions.reasonRequired', { count: MIN_REASON }) : t('admin.permissions.reasonHint')}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          fullWidth
        />
      </Stack>
    </FormDialog>
  );
}
