import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSED_FILL, LOOKS, STRIPES_BLOCK } from './boardLook';

function Swatch({ background, border, children }: { background: string; border: string; children?: ReactNode }) {
  return (
    <Box aria-hidden sx={{ width: 22, height: 14, borderRadius: 0.75, background, border, display: 'grid', placeItems: 'center', color: '#1B7A3D' }}>
      {children}
    </Box>
  );
}

/** What the looks on the board mean. */
export function BoardLegend() {
  const { t } = useTranslation();
  const items = [
    { key: 'confirmed', swatch: <Swatch background={LOOKS.confirmed.bg} border={`1px solid ${LOOKS.confirmed.border}`} /> },
    { key: 'pending', swatch: <Swatch background={LOOKS.pending.bg} border={`1px dashed ${LOOKS.pending.border}`}><HourglassTopIcon sx={{ fontSize: 10, color: LOOKS.pending.border }} /></Swatch> },
    { key: 'checkedIn', swatch: <Swatch background={LOOKS.checkedIn.bg} border={`1px solid ${LOOKS.checkedIn.border}`}><CheckCircleIcon sx={{ fontSize: 10 }} /></Swatch> },
    { key: 'busy', swatch: <Swatch background={LOOKS.masked.bg} border={`1px solid ${LOOKS.masked.border}`} /> },
    { key: 'maintenance', swatch: <Swatch background={STRIPES_BLOCK} border="1px solid #B7BECD" /> },
    { key: 'closed', swatch: <Swatch background={CLOSED_FILL} border="1px solid #E3E7EF" /> },
    { key: 'now', swatch: <Box aria-hidden sx={{ width: 2, height: 16, bgcolor: '#D3302F', mx: 1 }} /> },
  ];
  return (
    <Stack component="ul" direction="row" useFlexGap spacing={2} aria-label={t('board.legend.label')} sx={{ flexWrap: 'wrap', listStyle: 'none', m: 0, p: 0 }}>
      {items.map(({ key, swatch }) => (
        <Stack key={key} component="li" direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          {swatch}
          <Typography variant="caption" sx={{ color: 'text.secondary', fontWeight: 500 }}>
            {t(`board.legend.${key}`)}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
