import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { BookingView, Room, RoomDay } from '../../../../core/contract';
import { formatTime } from '../booking/officeTime';
import { hourTicks, percentAt, type Range } from './boardGeometry';
import { BoardRow } from './BoardRow';
import { NowLine } from './NowLine';

const ROOM_COLUMN = 210;
const HEADER_HEIGHT = 34;

interface BoardTimelineProps {
  rooms: readonly Room[];
  days: ReadonlyMap<string, RoomDay>;
  range: Range;
  stepMin: number;
  timeZone: string;
  locale: string;
  now: number;
  isBusy: boolean;
  highlightId: string | null;
  organizerName(id: string): string | null;
  onPick(room: Room, start: number): void;
  onOpen(booking: BookingView, room: Room): void;
}

/** Rooms down, hours across: the office's day at a glance, with the hour grid and the present moment. */
export function BoardTimeline({ rooms, days, range, stepMin, timeZone, locale, now, isBusy, highlightId, organizerName, onPick, onOpen }: BoardTimelineProps) {
  const { t } = useTranslation();
  const ticks = hourTicks(range, timeZone);
  return (
    // The board scrolls; on a day with no meetings nothing inside it takes focus (slots are reached
    // with "New booking"), so the scrolling box itself must, or a keyboard cannot scroll it.
    <Box
      role="region"
      aria-label={t('board.title')}
      tabIndex={0}
      sx={{
        overflowX: 'auto',
        borderRadius: 3,
        border: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <Box
        role="table"
        aria-label={t('board.title')}
        aria-busy={isBusy}
        data-testid="board"
        sx={{ position: 'relative', display: 'grid', gridTemplateColumns: `${ROOM_COLUMN}px minmax(760px, 1fr)`, minWidth: ROOM_COLUMN + 760 }}
      >
        <Box role="row" sx={{ display: 'contents' }}>
          <Box role="columnheader" sx={{ height: HEADER_HEIGHT, borderBottom: 1, borderRight: 1, borderColor: 'divider', position: 'sticky', left: 0, zIndex: 4, bgcolor: '#F9FAFC', px: 1.75, display: 'flex', alignItems: 'center', typography: 'caption', fontWeight: 700, color: 'text.secondary' }}>
            {t('board.roomColumn')}
          </Box>
          <Box role="columnheader" sx={{ position: 'relative', height: HEADER_HEIGHT, borderBottom: 1, borderColor: 'divider', bgcolor: '#F9FAFC' }}>
            {ticks.map((tick, i) => (
              <Box
                key={tick}
                component="span"
                sx={{
                  position: 'absolute',
                  top: 9,
                  left: `${percentAt(tick, range)}%`,
                  transform: i === 0 ? 'none' : i === ticks.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
                  px: 0.5,
                  fontSize: '0.72rem',
                  fontWeight: 600,
                  color: 'text.secondary',
                  fontVariantNumeric: 'tabular-nums',
                }}
              >
                {formatTime(tick, timeZone, locale)}
              </Box>
            ))}
          </Box>
        </Box>
        {rooms.map((room) => (
          <BoardRow
            key={room.id}
            room={room}
            day={days.get(room.id)}
            range={range}
            stepMin={stepMin}
            timeZone={timeZone}
            locale={locale}
            now={now}
            highlightId={highlightId}
            organizerName={organizerName}
            onPick={onPick}
            onOpen={onOpen}
          />
        ))}
        <Box aria-hidden sx={{ position: 'absolute', top: HEADER_HEIGHT, bottom: 0, left: ROOM_COLUMN, right: 0, pointerEvents: 'none', zIndex: 0 }}>
          {ticks.map((tick) => (
            <Box key={tick} sx={{ position: 'absolute', top: 0, bottom: 0, left: `${percentAt(tick, range)}%`, borderLeft: '1px solid #E9ECF2' }} />
          ))}
        </Box>
        {now > range.start && now < range.end ? (
          <NowLine left={percentAt(now, range)} label={formatTime(now, timeZone, locale)} offsetLeft={ROOM_COLUMN} top={HEADER_HEIGHT} />
        ) : null}
      </Box>
    </Box>
  );
}
