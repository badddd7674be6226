import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import MeetingRoomOutlinedIcon from '@mui/icons-material/MeetingRoomOutlined';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BookingView, Room } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import { currentLanguage } from '../../../i18n';
import { addMinutes } from '../booking/bookingDraft';
import { BookingDialogs, type DialogTarget } from '../booking/BookingDialogs';
import { DoneToast } from '../booking/DoneToast';
import { formatTime, localDay, officeToday, snapToGrid, wallTime } from '../booking/officeTime';
import { EmptyState, ErrorState } from '../booking/PageState';
import { useAbilities } from '../booking/useAbilities';
import { useNow } from '../booking/useNow';
import { usePeople } from '../booking/usePeople';
import { boardFrame } from './boardGeometry';
import { BoardHeader } from './BoardHeader';
import { BoardSkeleton } from './BoardSkeleton';
import { BoardTimeline } from './BoardTimeline';
import { useBoardDay } from './useBoardDay';
import { useBoardOffice } from './useBoardOffice';

const DEFAULT_MINUTES = 30;
/** How long a just-made booking stays ringed on the board. */
const HIGHLIGHT_MS = 8_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** All rooms of an office on one day's timeline: see who has what, book a free slot, act on a booking. */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const { office, isFallback, error: officeError, reload: reloadOffices } = useBoardOffice();
  const timeZone = office?.timeZone ?? 'UTC';
  const now = useNow();
  const today = officeToday(timeZone, now);
  const [params, setParams] = useSearchParams();
  const asked = params.get('day');
  const day = asked && DAY.test(asked) ? asked : today;
  const setDay = useCallback((next: string) => setParams(next === today ? {} : { day: next }, { replace: true }), [setParams, today]);

  const board = useBoardDay(office?.id ?? null, day);
  const abilities = useAbilities();
  const people = usePeople(abilities, office?.id ?? null);
  const officeRules = useApiQuery('rules.get', { officeId: office?.id ?? '' }, office !== null);
  const stepMin = officeRules.data?.rules.stepMin ?? 15;
  const [target, setTarget] = useState<DialogTarget>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  useEffect(() => {
    if (!highlightId) return;
    const timer = setTimeout(() => setHighlightId(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlightId]);
  const rooms = board.rooms ?? [];

  const pick = useCallback(
    (room: Room, start: number) => {
      const from = formatTime(start, timeZone);
      setTarget({ kind: 'create', initial: { roomId: room.id, day: localDay(start, timeZone), start: from, end: addMinutes(from, Math.max(DEFAULT_MINUTES, stepMin)) } });
    },
    [timeZone, stepMin],
  );
  const open = useCallback((booking: BookingView) => setTarget({ kind: 'details', booking }), []);
  const changed = (message: string, booking: BookingView) => {
    setToast(message);
    setHighlightId(booking.status === 'pending' || booking.status === 'confirmed' ? booking.id : null);
    const bookedDay = localDay(Date.parse(booking.start), timeZone);
    if (bookedDay !== day) setDay(bookedDay);
    board.reload();
  };

  if (officeError) return <ErrorState title={t('board.errorTitle')} error={officeError} onRetry={reloadOffices} testId="board-error" />;
  if (!office) return <BoardSkeleton />;
  const days = board.days;
  const frame = days ? boardFrame([...days.values()], day, timeZone, office.workingHours) : null;
  const newBooking = () => {
    const first = rooms.find((r) => r.status === 'active');
    const opening = frame?.range.start ?? wallTime(day, '09:00', timeZone);
    if (first) pick(first, day === today ? Math.max(opening, snapToGrid(now, timeZone, stepMin, 1)) : opening);
  };

  return (
    <Stack spacing={2.5}>
      <BoardHeader office={office} day={day} today={today} canBook={rooms.length > 0} onDay={setDay} onNewBooking={newBooking} />
      {isFallback ? <Alert severity="info">{t('board.officeFallback', { office: office.name })}</Alert> : null}
      {frame?.isClosed ? <Alert severity="info" icon={<EventBusyOutlinedIcon />} data-testid="board-closed">{t('board.closedDay')}</Alert> : null}
      {board.error && !days ? (
        <ErrorState title={t('board.errorTitle')} error={board.error} onRetry={board.reload} testId="board-error" />
      ) : board.rooms && board.rooms.length === 0 ? (
        <EmptyState icon={<MeetingRoomOutlinedIcon />} title={t('board.emptyTitle')} body={t('board.emptyHint')} testId="board-empty" />
      ) : !days || !frame ? (
        <BoardSkeleton />
      ) : (
        <BoardTimeline
          rooms={rooms}
          days={days}
          range={frame.range}
          stepMin={stepMin}
          timeZone={timeZone}
          locale={locale}
          now={now}
          isBusy={board.isRefreshing}
          highlightId={highlightId}
          organizerName={people.name}
          onPick={pick}
          onOpen={open}
        />
      )}
      <BookingDialogs target={target} scope={{ officeId: office.id, timeZone, rooms }} abilities={abilities} people={people} onTarget={setTarget} onChanged={changed} />
      <DoneToast message={toast} onClose={() => setToast(null)} />
    </Stack>
  );
}
