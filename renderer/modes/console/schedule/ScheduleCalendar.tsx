import Box from '@mui/material/Box';
import FullCalendar from '@fullcalendar/react';
import interactionPlugin from '@fullcalendar/react/interaction';
import ruLocale from '@fullcalendar/react/locales/ru';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDay } from '../../../../core/contract';
import { localDay } from '../booking/officeTime';
import { CLOSED_FILL, STRIPES_BLOCK } from '../board/boardLook';
import { scheduleEvents, UNAVAILABLE_LOOK } from './scheduleEvents';
import { slotRange } from './scheduleFrame';
import type { ScheduleItem, ScheduleView } from './scheduleItems';

/** FullCalendar's classic palette in Roomly's colours (as in My bookings' week). */
const BRAND = {
  '--fc-classic-button': '#FFFFFF',
  '--fc-classic-button-border': '#C9D1E3',
  '--fc-classic-button-foreground': '#1B329F',
  '--fc-classic-primary': '#2847D9',
  '--fc-classic-today': '#FFFFFF00',
  '--fc-classic-now': '#D3302F',
  '--fc-classic-border': '#E3E7EF',
  '--fc-classic-highlight': '#2847D926',
};

interface ScheduleCalendarProps {
  days: readonly UserDay[];
  items: readonly ScheduleItem[];
  view: ScheduleView;
  day: string;
  timeZone: string;
  locale: string;
  /** Dragging over free time marks it unavailable (one's own schedule only). */
  canMark: boolean;
  canOpen(item: ScheduleItem): boolean;
  roomName(roomId: string): string | null;
  onSelect(start: number, end: number): void;
  onOpen(item: ScheduleItem): void;
}

/** The day or the week in FullCalendar's time grid, on the office's clock. */
export function ScheduleCalendar(props: ScheduleCalendarProps) {
  const { days, items, view, day, timeZone, locale, canMark, canOpen, roomName, onSelect, onOpen } = props;
  const { t } = useTranslation();
  const labels = useMemo(() => ({ unavailable: t('schedule.unavailable'), busy: t('schedule.busy'), privateMeeting: t('schedule.privateMeeting') }), [t]);
  const events = useMemo(() => scheduleEvents(days, items, labels, roomName, canOpen), [days, items, labels, roomName, canOpen]);
  const range = useMemo(() => slotRange(days, items), [days, items]);
  return (
    <Box
      data-testid="schedule-calendar"
      data-view={view}
      role="region"
      aria-label={t('schedule.calendar')}
      sx={{
        bgcolor: 'background.paper',
        borderRadius: 3,
        border: 1,
        borderColor: 'divider',
        p: 1.5,
        minWidth: 0,
        // A week stays readable in a narrow window: it scrolls sideways instead of squeezing seven days.
        overflowX: 'auto',
        ...BRAND,
        '& .fc': { fontFamily: 'inherit', fontSize: '0.85rem', minWidth: view === 'week' ? 720 : 0 },
        '& .roomly-unavailable': { background: STRIPES_BLOCK, color: UNAVAILABLE_LOOK.color, fontWeight: 600 },
        '& .roomly-unavailable *': { color: UNAVAILABLE_LOOK.color },
        '& .roomly-pending': { borderStyle: 'dashed' },
        '& .roomly-off-hours': { background: CLOSED_FILL, opacity: 1 },
      }}
    >
      <FullCalendar
        key={`${view}|${day}|${timeZone}`}
        plugins={[timeGridPlugin, interactionPlugin, classicTheme]}
        initialView={view === 'week' ? 'timeGridWeek' : 'timeGridDay'}
        initialDate={day}
        timeZone={timeZone}
        locale={locale === 'ru' ? ruLocale : 'en-GB'}
        firstDay={1}
        headerToolbar={false}
        dayHeaders={view === 'week'}
        allDaySlot={false}
        nowIndicator
        slotMinTime={range.min}
        slotMaxTime={range.max}
        slotDuration="00:30:00"
        snapDuration="00:15:00"
        height="auto"
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }}
        slotHeaderFormat={{ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }}
        events={events}
        selectable={canMark}
        selectMirror
        selectAllow={(span) => localDay(span.start.getTime(), timeZone) === localDay(span.end.getTime() - 1, timeZone)}
        select={(info) => {
          info.view.calendar.unselect();
          onSelect(info.start.getTime(), info.end.getTime());
        }}
        eventClick={(info) => {
          const item = info.event.extendedProps.item as ScheduleItem | null;
          if (item && canOpen(item)) onOpen(item);
        }}
        eventDidMount={(info) => {
          const item = info.event.extendedProps.item as ScheduleItem | null;
          if (!item) return;
          info.el.dataset.testid = 'schedule-event';
          info.el.dataset.kind = item.kind;
          info.el.dataset.title = info.event.title;
        }}
      />
    </Box>
  );
}
