import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RuleSourceChip } from './RuleSourceChip';

interface RuleRowProps {
  path: string;
  label: string;
  hint?: string;
  children: ReactNode;
}

/** One rule: its name and hint on the left, the control, then where its value comes from. */
export function RuleRow({ path, label, hint, children }: RuleRowProps) {
  return (
    <Box
      data-rule={path}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(160px, 1fr) minmax(0, 1.3fr) auto' },
        gap: { xs: 0.75, sm: 2 },
        alignItems: 'center',
        py: 1,
        '& + &': { borderTop: 1, borderColor: 'divider' },
      }}
    >
      <Box>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        {hint ? (
          <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', lineHeight: 1.35 }}>
            {hint}
          </Typography>
        ) : null}
      </Box>
      <Box sx={{ minWidth: 0 }}>{children}</Box>
      <RuleSourceChip path={path} label={label} />
    </Box>
  );
}
