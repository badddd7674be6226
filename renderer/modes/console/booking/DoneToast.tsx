import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** A short confirmation at the bottom of the page after a booking was made or changed. */
export function DoneToast({ message, onClose }: { message: string | null; onClose(): void }) {
  return (
    <Snackbar open={message !== null} autoHideDuration={6000} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="success" variant="filled" onClose={onClose} data-testid="done-toast" sx={{ minWidth: 320 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}
