import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../booking/officeTime';
import type { Range } from './boardGeometry';
import { percentAt } from './boardGeometry';

interface BoardSlotsProps {
  roomName: string;
  starts: readonly number[];
  stepMs: number;
  range: Range;
  timeZone: string;
  locale: string;
  onPick(start: number): void;
}

/**
 * The empty grid of a room's lane: one target per step of its open hours. A click books from
 * there; hovering shows the time. Keyboard users reach the same dialog with "New booking".
 */
export const BoardSlots = memo(function BoardSlots({ roomName, starts, stepMs, range, timeZone, locale, onPick }: BoardSlotsProps) {
  const { t } = useTranslation();
  return (
    <>
      {starts.map((start) => {
        const left = percentAt(start, range);
        const time = formatTime(start, timeZone, locale);
        return (
          <ButtonBase
            key={start}
            tabIndex={-1}
            aria-label={t('board.bookAt', { room: roomName, time })}
            data-testid="board-slot"
            data-time={formatTime(start, timeZone)}
            onClick={() => onPick(start)}
            sx={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `${left}%`,
              width: `${percentAt(start + stepMs, range) - left}%`,
              zIndex: 1,
              borderRadius: 1,
              '& .slot-label': { opacity: 0 },
              '&:hover': { bgcolor: 'rgba(40,71,217,0.08)', boxShadow: 'inset 0 0 0 1px rgba(40,71,217,0.45)' },
              '&:hover .slot-label': { opacity: 1 },
            }}
          >
            <Box className="slot-label" component="span" sx={{ fontSize: '0.68rem', fontWeight: 700, color: 'primary.main', whiteSpace: 'nowrap', pointerEvents: 'none' }}>
              +{time}
            </Box>
          </ButtonBase>
        );
      })}
    </>
  );
});
