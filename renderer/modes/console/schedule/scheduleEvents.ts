import type { UserDay } from '../../../../core/contract';
import { lookOf, LOOKS } from '../board/boardLook';
import { offHours } from './scheduleFrame';
import type { ScheduleItem } from './scheduleItems';

/**
 * The schedule as calendar events: meetings in the board's looks, one's unavailable spans
 * striped, busy spans grey, and the time outside working hours shaded behind them.
 */
export interface ScheduleLabels {
  unavailable: string;
  busy: string;
  /** The title of a private meeting the viewer may not read. */
  privateMeeting: string;
}

export interface ScheduleEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  display?: 'background';
  color: string;
  contrastColor?: string;
  className: string;
  interactive?: boolean;
  extendedProps: { item: ScheduleItem | null };
}

export const UNAVAILABLE_LOOK = { bg: '#F1F3F7', border: '#5B6478', color: '#2B3245' };
/** Outside working hours: the board's "closed" look (the calendar paints it, see ScheduleCalendar). */
export const OFF_HOURS_COLOR = '#F1F3F7';

/** "Budget review · Север", "Unavailable · Doctor", "Busy". */
export function itemTitle(item: ScheduleItem, labels: ScheduleLabels, roomName: (roomId: string) => string | null): string {
  switch (item.kind) {
    case 'meeting': {
      const title = item.booking.isMasked ? labels.privateMeeting : item.booking.title;
      const room = roomName(item.booking.roomId);
      return room ? `${title} · ${room}` : title;
    }
    case 'unavailable':
      return item.block.reason ? `${labels.unavailable} · ${item.block.reason}` : labels.unavailable;
    case 'busy':
      return labels.busy;
  }
}

function itemEvent(item: ScheduleItem, labels: ScheduleLabels, roomName: (roomId: string) => string | null, canOpen: (item: ScheduleItem) => boolean): ScheduleEvent {
  const base = { id: item.id, title: itemTitle(item, labels, roomName), start: item.start, end: item.end, interactive: canOpen(item), extendedProps: { item } };
  switch (item.kind) {
    case 'meeting': {
      const look = LOOKS[lookOf(item.booking)];
      return { ...base, color: look.border, contrastColor: '#FFFFFF', className: `roomly-meeting roomly-${lookOf(item.booking)}` };
    }
    case 'unavailable':
      return { ...base, color: UNAVAILABLE_LOOK.border, contrastColor: UNAVAILABLE_LOOK.color, className: 'roomly-unavailable' };
    case 'busy':
      return { ...base, color: LOOKS.masked.border, contrastColor: '#FFFFFF', className: 'roomly-busy' };
  }
}

/** Every event of the days shown: the shading first, then the items. */
export function scheduleEvents(
  days: readonly UserDay[],
  items: readonly ScheduleItem[],
  labels: ScheduleLabels,
  roomName: (roomId: string) => string | null,
  canOpen: (item: ScheduleItem) => boolean,
): ScheduleEvent[] {
  const shading = days.flatMap((day) =>
    offHours(day).map((s, i): ScheduleEvent => ({
      id: `off:${day.date}:${i}`,
      title: '',
      start: s.start,
      end: s.end,
      display: 'background',
      color: OFF_HOURS_COLOR,
      className: 'roomly-off-hours',
      extendedProps: { item: null },
    })),
  );
  return [...shading, ...items.map((item) => itemEvent(item, labels, roomName, canOpen))];
}
