import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** A short confirmation at the bottom ("Saved as version 4"); null hides it. */
export function SuccessSnackbar({ message, onClose }: { message: string | null; onClose(): void }) {
  return (
    <Snackbar open={message !== null} autoHideDuration={5000} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="success" variant="filled" onClose={onClose} data-testid="success-notice" sx={{ minWidth: 300 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}
