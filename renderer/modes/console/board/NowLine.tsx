import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

interface NowLineProps {
  /** Percent of the lane's width. */
  left: number;
  label: string;
  offsetLeft: number;
  top: number;
}

/** The present moment across every lane, with the time on the hour header. */
export function NowLine({ left, label, offsetLeft, top }: NowLineProps) {
  const { t } = useTranslation();
  return (
    <Box aria-hidden data-testid="board-now" sx={{ position: 'absolute', top: 0, bottom: 0, left: offsetLeft, right: 0, pointerEvents: 'none', zIndex: 5 }}>
      <Box sx={{ position: 'absolute', top, bottom: 0, left: `${left}%`, borderLeft: '2px solid #D3302F' }} />
      <Box
        title={t('board.now')}
        sx={{
          position: 'absolute',
          top: 6,
          left: `${left}%`,
          transform: 'translateX(-50%)',
          bgcolor: '#D3302F',
          color: '#FFFFFF',
          borderRadius: 1,
          px: 0.6,
          fontSize: '0.7rem',
          fontWeight: 700,
          lineHeight: 1.6,
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {label}
      </Box>
    </Box>
  );
}
