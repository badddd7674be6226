import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/**
 * A card over the door screen for one step of an interaction (confirm, refusal, done). Large
 * type, a coloured badge with an icon, and the buttons at the bottom within thumb reach.
 */
export function KioskSheet({ open, onClose, icon, accent, title, children, actions, testId }: {
  open: boolean;
  onClose: () => void;
  icon: ReactNode;
  accent: string;
  title: string;
  children?: ReactNode;
  actions: ReactNode;
  testId: string;
}) {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      data-testid={testId}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { sx: { borderRadius: 6, p: { xs: 3, md: 4 }, m: 2, maxWidth: 680 } } }}
    >
      <Box sx={{ display: 'grid', placeItems: 'center', width: 72, height: 72, borderRadius: '50%', bgcolor: accent, color: '#FFFFFF', mb: 2.5 }}>{icon}</Box>
      <Typography id={titleId} component="h2" sx={{ fontSize: '2.1rem', fontWeight: 800, lineHeight: 1.15, letterSpacing: '-0.02em', mb: 1.5 }}>
        {title}
      </Typography>
      {children}
      <Box sx={{ display: 'flex', gap: 1.5, mt: 3.5, flexWrap: 'wrap', '& > *': { flex: '1 1 180px' }, '& > *:last-child:not(:first-child)': { flex: '2 1 280px' } }}>{actions}</Box>
    </Dialog>
  );
}
