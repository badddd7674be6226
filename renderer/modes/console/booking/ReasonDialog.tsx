import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonDialogProps {
  title: string;
  body: string;
  confirm: string;
  /** A rejection should say why; a cancellation may. */
  isReasonRequired: boolean;
  isBusy: boolean;
  /** Why the last attempt failed. */
  error?: string | null | undefined;
  onConfirm(reason: string): void;
  onClose(): void;
}

/** "Why?" before a cancellation or a rejection; the organizer is told the reason. */
export function ReasonDialog({ title, body, confirm, isReasonRequired, isBusy, error, onConfirm, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const isMissing = isReasonRequired && !reason.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isMissing && !isBusy) onConfirm(reason.trim());
  };
  return (
    <Dialog open onClose={isBusy ? undefined : onClose} maxWidth="xs" fullWidth data-testid="reason-dialog">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{body}</DialogContentText>
          {error ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="reason-error">
              {error}
            </Alert>
          ) : null}
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            required={isReasonRequired}
            label={isReasonRequired ? t('booking.reason.required') : t('booking.reason.optional')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'reason-input' } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={isBusy} color="inherit">
            {t('booking.reason.back')}
          </Button>
          <Button type="submit" variant="contained" color="error" disabled={isMissing || isBusy} data-testid="reason-confirm">
            {confirm}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
