import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { ReactNode } from 'react';

interface SuccessSnackbarProps {
  message: string | null;
  onClose(): void;
  /** A button beside the message ("Undo"); it then stands in for the close button. */
  action?: ReactNode;
}

/** A short confirmation at the bottom ("Saved as version 4"); null hides it. */
export function SuccessSnackbar({ message, onClose, action }: SuccessSnackbarProps) {
  return (
    <Snackbar open={message !== null} autoHideDuration={action ? 10000 : 5000} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="success" variant="filled" onClose={action ? undefined : onClose} action={action} data-testid="success-notice" sx={{ minWidth: 300 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}
