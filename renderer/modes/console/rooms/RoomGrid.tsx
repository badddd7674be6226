import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

interface RoomGridProps {
  label: string;
  isBusy: boolean;
  /** Placeholders while loading are a status, not a list. */
  isPlaceholder?: boolean;
  children: ReactNode;
}

/** Cards in as many columns as fit; a real list for assistive technology. */
export function RoomGrid({ label, isBusy, isPlaceholder = false, children }: RoomGridProps) {
  return (
    <Box
      role={isPlaceholder ? 'status' : 'list'}
      aria-label={label}
      aria-busy={isBusy}
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
  );
}
