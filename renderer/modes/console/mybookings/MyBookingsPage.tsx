import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { BookingDialogs, type DialogTarget, type OfficeScope } from '../booking/BookingDialogs';
import { DoneToast } from '../booking/DoneToast';
import { ErrorState } from '../booking/PageState';
import { useAbilities } from '../booking/useAbilities';
import { useNow } from '../booking/useNow';
import { usePeople } from '../booking/usePeople';
import { useOffice } from '../officeContext';
import { CancelBooking } from './CancelBooking';
import { MyBookingList } from './MyBookingList';
import { MyBookingsEmpty } from './MyBookingsEmpty';
import { MyBookingsHeader, type MyView } from './MyBookingsHeader';
import { MyBookingsSkeleton } from './MyBookingsSkeleton';
import { useMyBookings, type MyBooking } from './useMyBookings';

type MyTab = 'upcoming' | 'past';

/** FullCalendar loads with the week view, not with the console (it ships in the bundle all the same, offline). */
const WeekCalendar = lazy(() => import('./WeekCalendar').then((m) => ({ default: m.WeekCalendar })));

/** The signed-in person's bookings: what is coming and what is past, as a list or a week. */
export function MyBookingsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const now = useNow();
  const abilities = useAbilities();
  const people = usePeople(abilities, abilities.user.officeId);
  const { offices } = useOffice();
  const mine = useMyBookings(abilities.user.id, abilities.user.officeId, now);
  const [tab, setTab] = useState<MyTab>('upcoming');
  const [view, setView] = useState<MyView>('list');
  const [target, setTarget] = useState<DialogTarget>(null);
  const [cancelling, setCancelling] = useState<MyBooking | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const items = tab === 'upcoming' ? mine.upcoming : mine.past;
  const all = [...(mine.upcoming ?? []), ...(mine.past ?? [])];
  const byId = new Map(all.map((m) => [m.booking.id, m]));
  const home = offices.find((o) => o.id === abilities.user.officeId) ?? offices[0];
  const open = (booking: BookingView) => setTarget({ kind: 'details', booking });

  const scopeOf = (booking: BookingView | undefined): OfficeScope | null => {
    const room = booking ? byId.get(booking.id)?.room : undefined;
    if (!room) return null;
    return { officeId: room.officeId, timeZone: byId.get(booking!.id)!.timeZone, rooms: mine.rooms.filter((r) => r.officeId === room.officeId) };
  };
  const changed = (message: string) => {
    setToast(message);
    mine.reload();
  };

  return (
    <Stack spacing={2.5}>
      <MyBookingsHeader view={view} onView={setView} />
      {view === 'list' ? (
        <Tabs value={tab} onChange={(_, v: MyTab) => setTab(v)} sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tab value="upcoming" label={mine.upcoming ? t('myBookings.upcomingCount', { count: mine.upcoming.length }) : t('myBookings.upcoming')} data-testid="my-tab-upcoming" />
          <Tab value="past" label={t('myBookings.past')} data-testid="my-tab-past" />
        </Tabs>
      ) : null}
      {mine.error && !items ? (
        <ErrorState title={t('myBookings.errorTitle')} error={mine.error} onRetry={mine.reload} testId="my-error" />
      ) : !items ? (
        <MyBookingsSkeleton />
      ) : view === 'week' ? (
        <Suspense fallback={<MyBookingsSkeleton />}>
          <WeekCalendar items={all} timeZone={home?.timeZone ?? 'UTC'} locale={locale} onOpen={open} />
        </Suspense>
      ) : items.length === 0 ? (
        <MyBookingsEmpty isUpcoming={tab === 'upcoming'} />
      ) : (
        <MyBookingList
          items={items}
          abilities={abilities}
          locale={locale}
          now={now}
          label={tab === 'upcoming' ? t('myBookings.upcoming') : t('myBookings.past')}
          onOpen={open}
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
