import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

interface RoomGridProps {
  label: string;
  isBusy: boolean;
  /** Placeholders while loading are a status, not a list. */
  isPlaceholder?: boolean;
  /** Shown over the top edge while a newer answer is on its way. */
  progress?: ReactNode;
  children: ReactNode;
}

/** Cards in as many columns as fit; a real list for assistive technology. */
export function RoomGrid({ label, isBusy, isPlaceholder = false, progress, children }: RoomGridProps) {
  return (
    <Box sx={{ position: 'relative' }}>
      {isBusy && progress ? <Box sx={{ position: 'absolute', top: -10, left: 0, right: 0 }}>{progress}</Box> : null}
      <Box
        role={isPlaceholder ? 'status' : 'list'}
        aria-label={label}
        aria-busy={isBusy}
        data-testid={isPlaceholder ? 'room-list-loading' : 'room-list'}
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(290px, 1fr))',
          opacity: isBusy && !isPlaceholder ? 0.55 : 1,
          transition: 'opacity 120ms',
          '& > *': { minWidth: 0 },
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
