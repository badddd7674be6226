import BuildOutlinedIcon from '@mui/icons-material/BuildOutlined';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { BlockView } from '../../../../core/contract';
import { formatSpan } from '../booking/officeTime';
import { STRIPES_BLOCK } from './boardLook';

interface BoardRoomBlockProps {
  block: BlockView;
  left: number;
  width: number;
  timeZone: string;
  locale: string;
}

/** A maintenance block: striped, with its reason; nothing can be booked under it. */
export function BoardRoomBlock({ block, left, width, timeZone, locale }: BoardRoomBlockProps) {
  const { t } = useTranslation();
  const label = `${t('board.maintenance')} · ${formatSpan(block.start, block.end, timeZone, locale)}${block.reason ? ` · ${block.reason}` : ''}`;
  return (
    <Tooltip title={label} placement="top" disableInteractive>
      <Box
        role="img"
        aria-label={label}
        data-testid="board-block"
        sx={{
          position: 'absolute',
          left: `${left}%`,
          width: `${width}%`,
          top: 5,
          bottom: 5,
          zIndex: 2,
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          px: 0.75,
          overflow: 'hidden',
          borderRadius: 1.25,
          background: STRIPES_BLOCK,
          border: '1px solid #B7BECD',
          color: '#3A4257',
          fontSize: '0.75rem',
          fontWeight: 600,
          whiteSpace: 'nowrap',
        }}
      >
        <BuildOutlinedIcon sx={{ fontSize: 14 }} aria-hidden />
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', bgcolor: 'rgba(255,255,255,0.75)', px: 0.5, borderRadius: 0.5 }}>
          {block.reason || t('board.maintenance')}
        </Box>
      </Box>
    </Tooltip>
  );
}
