import Box from '@mui/material/Box';
import FullCalendar from '@fullcalendar/react';
import ruLocale from '@fullcalendar/react/locales/ru';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useMemo } from 'react';
import type { BookingView } from '../../../../core/contract';
import { lookOf, LOOKS } from '../board/boardLook';
import type { MyBooking } from './useMyBookings';

/** Bookings that no longer happen stay in the list's "past and cancelled", not in the week. */
const GONE = new Set(['cancelled', 'rejected', 'expired']);

/** FullCalendar's classic palette in Roomly's colours. */
const BRAND = {
  '--fc-classic-button': '#FFFFFF',
  '--fc-classic-button-border': '#C9D1E3',
  '--fc-classic-button-foreground': '#1B329F',
  '--fc-classic-button-strong': '#E8EDFF',
  '--fc-classic-button-strong-border': '#2847D9',
  '--fc-classic-button-outline': '#2847D966',
  '--fc-classic-primary': '#2847D9',
  '--fc-classic-today': '#E8EDFF80',
  '--fc-classic-now': '#D3302F',
  '--fc-classic-border': '#E3E7EF',
};

interface WeekCalendarProps {
  items: readonly MyBooking[];
  timeZone: string;
  locale: string;
  onOpen(booking: BookingView): void;
}

/** My week in FullCalendar's time grid, on the office's clock; a click opens the booking. */
export function WeekCalendar({ items, timeZone, locale, onOpen }: WeekCalendarProps) {
  const events = useMemo(
    () =>
      items.filter(({ booking: b }) => !GONE.has(b.status)).map(({ booking: b, room }) => {
        const look = LOOKS[lookOf(b)];
        return {
          id: b.id,
          title: room ? `${b.title} · ${room.name}` : b.title,
          start: b.start,
          end: b.end,
          color: look.border,
          contrastColor: '#FFFFFF',
          extendedProps: { booking: b },
        };
      }),
    [items],
  );
  return (
    <Box data-testid="my-week" sx={{ bgcolor: 'background.paper', borderRadius: 3, border: 1, borderColor: 'divider', p: 1.5, ...BRAND, '& .fc': { fontFamily: 'inherit', fontSize: '0.85rem' } }}>
      <FullCalendar
        plugins={[timeGridPlugin, classicTheme]}
        initialView="timeGridWeek"
        timeZone={timeZone}
        locale={locale === 'ru' ? ruLocale : 'en-GB'}
        firstDay={1}
        allDaySlot={false}
        nowIndicator
        slotMinTime="08:00:00"
        slotMaxTime="20:00:00"
        height="auto"
        headerToolbar={{ start: 'prev,next today', center: 'title', end: '' }}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }}
        slotHeaderFormat={{ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }}
        events={events}
        eventClick={(info) => onOpen(info.event.extendedProps.booking as BookingView)}
      />
    </Box>
  );
}
