import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  hint?: string;
  action?: ReactNode;
  testId?: string;
  /** Smaller, for a card rather than a page. */
  isCompact?: boolean;
}

/** Nothing to show, and what to do about it. */
export function EmptyState({ icon, title, hint, action, testId, isCompact = false }: EmptyStateProps) {
  return (
    <Box
      role="status"
      data-testid={testId}
      sx={{
        textAlign: 'center',
        py: isCompact ? 4 : 7,
        px: 2,
        border: 1,
        borderStyle: 'dashed',
        borderColor: 'divider',
        borderRadius: 3,
        bgcolor: 'background.paper',
      }}
    >
      <Box
        aria-hidden
        sx={{ display: 'inline-grid', placeItems: 'center', width: 56, height: 56, borderRadius: '50%', bgcolor: 'primary.light', color: 'primary.main', mb: 1.5 }}
      >
        {icon}
      </Box>
      <Typography variant="subtitle1" component="p">
        {title}
      </Typography>
      {hint ? <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{hint}</Typography> : null}
      {action ? <Box sx={{ mt: 2 }}>{action}</Box> : null}
    </Box>
  );
}
