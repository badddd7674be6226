import CalendarViewWeekOutlinedIcon from '@mui/icons-material/CalendarViewWeekOutlined';
import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import ViewListOutlinedIcon from '@mui/icons-material/ViewListOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { BookingView } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { BookingDialogs, type DialogTarget, type OfficeScope } from '../booking/BookingDialogs';
import { DoneToast } from '../booking/DoneToast';
import { EmptyState, ErrorState } from '../booking/PageState';
import { useAbilities } from '../booking/useAbilities';
import { useNow } from '../booking/useNow';
import { usePeople } from '../booking/usePeople';
import { useOffice } from '../officeContext';
import { CancelBooking } from './CancelBooking';
import { MyBookingList } from './MyBookingList';
import { MyBookingsSkeleton } from './MyBookingsSkeleton';
import { useMyBookings, type MyBooking } from './useMyBookings';
import { WeekCalendar } from './WeekCalendar';

type Tab = 'upcoming' | 'past';
type View = 'list' | 'week';

/** The signed-in person's bookings: what is coming and what is past, as a list or a week. */
export function MyBookingsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const now = useNow();
  const abilities = useAbilities();
  const people = usePeople(abilities, abilities.user.officeId);
  const { offices } = useOffice();
  const mine = useMyBookings(abilities.user.id, abilities.user.officeId, now);
  const [tab, setTab] = useState<Tab>('upcoming');
  const [view, setView] = useState<View>('list');
  const [target, setTarget] = useState<DialogTarget>(null);
  const [cancelling, setCancelling] = useState<MyBooking | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const items = tab === 'upcoming' ? mine.upcoming : mine.past;
  const byId = new Map([...(mine.upcoming ?? []), ...(mine.past ?? [])].map((m) => [m.booking.id, m]));
  const home = offices.find((o) => o.id === abilities.user.officeId) ?? offices[0];

  const scopeOf = (booking: BookingView | undefined): OfficeScope | null => {
    const item = booking ? byId.get(booking.id) : undefined;
    if (!item?.room) return null;
    return { officeId: item.room.officeId, timeZone: item.timeZone, rooms: mine.rooms.filter((r) => r.officeId === item.room?.officeId) };
  };
  const changed = (message: string) => {
    setToast(message);
    mine.reload();
  };

  return (
    <Stack spacing={2.5}>
      <Stack direction="row" sx={{ alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Box>
          <Typography variant="h4" component="h1">
            {t('myBookings.title')}
          </Typography>
          <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{t('myBookings.subtitle')}</Typography>
        </Box>
        <ToggleButtonGroup exclusive size="small" value={view} onChange={(_, v: View | null) => v && setView(v)} aria-label={t('myBookings.view')}>
          <ToggleButton value="list" data-testid="my-view-list">
            <ViewListOutlinedIcon fontSize="small" sx={{ mr: 0.75 }} />
            {t('myBookings.list')}
          </ToggleButton>
          <ToggleButton value="week" data-testid="my-view-week">
            <CalendarViewWeekOutlinedIcon fontSize="small" sx={{ mr: 0.75 }} />
            {t('myBookings.week')}
          </ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {view === 'list' ? (
        <Tabs value={tab} onChange={(_, v: Tab) => setTab(v)} sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tab value="upcoming" label={mine.upcoming ? t('myBookings.upcomingCount', { count: mine.upcoming.length }) : t('myBookings.upcoming')} data-testid="my-tab-upcoming" />
          <Tab value="past" label={t('myBookings.past')} data-testid="my-tab-past" />
        </Tabs>
      ) : null}
      {mine.error && !items ? (
        <ErrorState title={t('myBookings.errorTitle')} error={mine.error} onRetry={mine.reload} testId="my-error" />
      ) : !items || !mine.upcoming ? (
        <MyBookingsSkeleton />
      ) : view === 'week' ? (
        <WeekCalendar items={[...mine.upcoming, ...(mine.past ?? [])]} timeZone={home?.timeZone ?? 'UTC'} locale={locale} onOpen={(booking) => setTarget({ kind: 'details', booking })} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<EventAvailableOutlinedIcon />}
          title={tab === 'upcoming' ? t('myBookings.emptyTitle') : t('myBookings.emptyPastTitle')}
          body={tab === 'upcoming' ? t('myBookings.emptyHint') : undefined}
          action={tab === 'upcoming' ? <Button variant="contained" component={RouterLink} to="/console/board">{t('myBookings.toBoard')}</Button> : undefined}
          testId="my-empty"
        />
      ) : (
        <MyBookingList
          items={items}
          abilities={abilities}
          locale={locale}
          now={now}
          busyId={null}
          label={tab === 'upcoming' ? t('myBookings.upcoming') : t('myBookings.past')}
          onOpen={(booking) => setTarget({ kind: 'details', booking })}
          onReschedule={(booking) => setTarget({ kind: 'edit', booking })}
          onCancel={(booking) => setCancelling(byId.get(booking.id) ?? null)}
        />
      )}
      <BookingDialogs target={target} scope={scopeOf(target && target.kind !== 'create' ? target.booking : undefined)} abilities={abilities} people={people} onTarget={setTarget} onChanged={changed} />
      {cancelling ? <CancelBooking item={cancelling} onClose={() => setCancelling(null)} onDone={changed} /> : null}
      <DoneToast message={toast} onClose={() => setToast(null)} />
    </Stack>
  );
}
