import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

/** A share as a short bar with its percentage beside it (the number carries the meaning). */
export function UtilizationBar({ share, text, color = 'primary' }: { share: number | null; text: string; color?: 'primary' | 'secondary' | 'warning' }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 130 }}>
      <LinearProgress variant="determinate" value={Math.min(100, (share ?? 0) * 100)} color={color} aria-hidden sx={{ flex: 1, height: 6, borderRadius: 3, bgcolor: 'action.hover' }} />
      <Typography variant="body2" sx={{ width: 44, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {text}
      </Typography>
    </Box>
  );
}
