import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { BookingView, Room, RoomDay } from '../../../../core/contract';
import { closedStretches, placement, slotStarts, type Range } from './boardGeometry';
import { BoardBooking } from './BoardBooking';
import { BoardRoomBlock } from './BoardRoomBlock';
import { BoardRoomCell } from './BoardRoomCell';
import { BoardSlots } from './BoardSlots';
import { CLOSED_FILL, STRIPES_BLOCK } from './boardLook';

export const ROW_HEIGHT = 60;

interface BoardRowProps {
  room: Room;
  day: RoomDay | undefined;
  range: Range;
  stepMin: number;
  timeZone: string;
  locale: string;
  /** Past slots cannot be booked: they are not offered. */
  now: number;
  highlightId: string | null;
  organizerName(id: string): string | null;
  onPick(room: Room, start: number): void;
  onOpen(booking: BookingView, room: Room): void;
}

/** One room: its cell, then its lane of the day with closed hours, free slots, bookings and blocks. */
export function BoardRow({ room, day, range, stepMin, timeZone, locale, now, highlightId, organizerName, onPick, onOpen }: BoardRowProps) {
  const { t } = useTranslation();
  const isMaintenance = room.status === 'maintenance';
  const hours = day?.hours ?? [];
  const starts = isMaintenance ? [] : slotStarts(hours, range, stepMin, timeZone).filter((s) => s + stepMin * 60_000 > now);

  return (
    <Box role="row" data-testid="board-row" data-room={room.name} sx={{ display: 'contents' }}>
      <Box role="rowheader" sx={{ borderBottom: 1, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', position: 'sticky', left: 0, zIndex: 4 }}>
        <BoardRoomCell room={room} />
      </Box>
      <Box role="cell" sx={{ position: 'relative', height: ROW_HEIGHT, borderBottom: 1, borderColor: 'divider' }}>
        {closedStretches(hours, range).map((s) => {
          const at = placement(s.start, s.end, range);
          return at ? <Box key={s.start} aria-hidden sx={{ position: 'absolute', top: 0, bottom: 0, left: `${at.left}%`, width: `${at.width}%`, background: CLOSED_FILL }} /> : null;
        })}
        {isMaintenance ? (
          <Box sx={{ position: 'absolute', inset: 4, borderRadius: 1, background: STRIPES_BLOCK, display: 'grid', placeItems: 'center', zIndex: 2 }}>
            <Box component="span" sx={{ bgcolor: 'background.paper', px: 1, borderRadius: 1, fontSize: '0.8rem', fontWeight: 600 }}>
              {t('roomStatus.maintenance')}
            </Box>
          </Box>
        ) : null}
        <BoardSlots roomName={room.name} starts={starts} stepMs={stepMin * 60_000} range={range} timeZone={timeZone} locale={locale} onPick={(start) => onPick(room, start)} />
        {day?.blocks.map((block) => {
          const at = placement(Date.parse(block.start), Date.parse(block.end), range);
          return at ? <BoardRoomBlock key={block.id} block={block} left={at.left} width={at.width} timeZone={timeZone} locale={locale} /> : null;
        })}
        {day?.bookings.map((booking) => {
          const at = placement(Date.parse(booking.start), Date.parse(booking.end), range);
          return at ? (
            <BoardBooking
              key={booking.id}
              booking={booking}
              left={at.left}
              width={at.width}
              timeZone={timeZone}
              locale={locale}
              organizerName={booking.isMasked ? null : organizerName(booking.organizerId)}
              isHighlighted={booking.id === highlightId}
              onOpen={(b) => onOpen(b, room)}
            />
          ) : null;
        })}
      </Box>
    </Box>
  );
}
