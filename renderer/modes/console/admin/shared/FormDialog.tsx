import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../i18n';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  isBusy: boolean;
  error: unknown;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
  testId: string;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** Replaces the buttons (e.g. "Done" once a code is shown). */
  actions?: ReactNode;
}

/** A dialog around a form: Enter submits, the server's refusal shows above the buttons. */
export function FormDialog({ open, title, submitLabel, isBusy, error, onSubmit, onClose, children, testId, maxWidth = 'sm', actions }: FormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog
      open={open}
      onClose={isBusy ? undefined : onClose}
      aria-labelledby={titleId}
      data-testid={testId}
      maxWidth={maxWidth}
      fullWidth
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers>
        {children}
        {error ? (
          <Alert severity="error" role="alert" data-testid="dialog-error" sx={{ mt: 2 }}>
            {errorText(error, t)}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        {actions ?? (
          <>
            <Button onClick={onClose} disabled={isBusy} data-testid="dialog-cancel">
              {t('admin.cancel')}
            </Button>
            <Button type="submit" variant="contained" disabled={isBusy} data-testid="dialog-submit">
              {submitLabel}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
