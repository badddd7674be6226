import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockView } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import { currentLanguage } from '../../../i18n';
import { formatWhen, officeToday } from '../booking/officeTime';
import { DoneToast } from '../booking/DoneToast';
import { ErrorState } from '../booking/PageState';
import { useAbilities } from '../booking/useAbilities';
import { useNow } from '../booking/useNow';
import { usePeople } from '../booking/usePeople';
import { useOffice } from '../officeContext';
import { PersonPicker } from './PersonPicker';
import { ScheduleAgenda } from './ScheduleAgenda';
import { ScheduleDialogs, type ScheduleDialog } from './ScheduleDialogs';
import { hoursText } from './scheduleFrame';
import { ScheduleHeader } from './ScheduleHeader';
import { canRemoveBlock, daysShown, scheduleItems, type ScheduleItem } from './scheduleItems';
import { ScheduleSkeleton } from './ScheduleSkeleton';
import { ScheduleToolbar } from './ScheduleToolbar';
import { defaultDraft, draftFromSpan } from './unavailableDraft';
import { useScheduleParams } from './useScheduleParams';
import { useScheduleSubject } from './useScheduleSubject';
import { useUserDays } from './useUserDays';

/** FullCalendar loads with this page, not with the console. */
const ScheduleCalendar = lazy(() => import('./ScheduleCalendar').then((m) => ({ default: m.ScheduleCalendar })));

/**
 * A person's day or week (`schedule.user`): their meetings and the time they marked unavailable,
 * inside their working hours, on their office's clock. One's own time can be marked unavailable
 * (drag on the calendar, or the button) and available again; anyone who may look colleagues up
 * may look at theirs, at the detail the server allows (often only when they are busy).
 */
export function SchedulePage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const now = useNow();
  const abilities = useAbilities();
  const me = abilities.user;
  const { officeId: shownOfficeId } = useOffice();
  const people = usePeople(abilities, shownOfficeId);
  const params = useScheduleParams(me.id);
  const subject = useScheduleSubject(abilities, people, params.personId);
  const today = officeToday(subject.timeZone, now);
  const day = params.day ?? today;
  const dates = useMemo(() => daysShown(day, params.view), [day, params.view]);
  const schedule = useUserDays(subject.personId, dates);
  const days = schedule.days;
  const timeZone = days?.[0]?.timeZone ?? subject.timeZone;
  const items = useMemo(() => (days ? scheduleItems(days) : []), [days]);
  const rooms = useApiQuery('rooms.list', {});
  const [dialog, setDialog] = useState<ScheduleDialog>(null);
  const [toast, setToast] = useState<string | null>(null);

  const roomList = rooms.data;
  const roomName = useCallback((id: string) => roomList?.find((r) => r.id === id)?.name ?? null, [roomList]);
  const mayRemove = abilities.may('blocks.remove');
  const canOpen = useCallback(
    (item: ScheduleItem) =>
      item.kind === 'meeting'
        ? !item.booking.isMasked && roomName(item.booking.roomId) !== null
        : item.kind === 'unavailable' && canRemoveBlock(item.block, me, mayRemove),
    [me, mayRemove, roomName],
  );
  const canMark = subject.isSelf && abilities.may('blocks.create');
  const isFreeBusy = days?.[0]?.visibility === 'freeBusy';
  const name = subject.person?.name ?? t('schedule.someone');
  const hours = params.view === 'day' && days?.[0] ? hoursText(days[0]) : null;
  const hoursLine = hours === null ? null : hours ? t('schedule.workingHours', { hours }) : t('schedule.closedDay');

  const open = useCallback((item: ScheduleItem) => {
    if (item.kind === 'meeting') setDialog({ kind: 'booking', target: { kind: 'details', booking: item.booking } });
    else if (item.kind === 'unavailable') setDialog({ kind: 'remove', block: item.block });
  }, []);
  const select = useCallback((start: number, end: number) => setDialog({ kind: 'mark', draft: draftFromSpan(start, end, timeZone) }), [timeZone]);
  const said = (message: string) => {
    setDialog(null);
    setToast(message);
    schedule.reload();
  };
  const when = (b: BlockView) => formatWhen(b.start, b.end, timeZone, locale);

  return (
    <Stack spacing={2.5} data-testid="schedule" aria-busy={!days || schedule.isRefreshing}>
      <ScheduleHeader
        otherName={subject.isSelf ? null : name}
        office={subject.office}
        timeZone={timeZone}
        day={day}
        picker={abilities.canFindPeople ? <PersonPicker me={me} people={people} value={subject.person} onPick={(id) => params.change({ personId: id })} /> : null}
        canMark={canMark}
        onMark={() => setDialog({ kind: 'mark', draft: defaultDraft(days?.find((d) => d.date === day), day, timeZone, now) })}
      />
      <ScheduleToolbar day={day} today={today} dates={dates} view={params.view} timeZone={timeZone} hoursLine={hoursLine} onDay={(d) => params.change({ day: d === today ? null : d })} onView={(view) => params.change({ view })} />
      {!subject.isSelf && days ? (
        <Alert severity="info" data-testid={isFreeBusy ? 'schedule-free-busy' : 'schedule-others-note'}>
          {isFreeBusy ? t('schedule.freeBusyNote', { name }) : t('schedule.othersNote', { name })}
        </Alert>
      ) : null}
      {schedule.error && !days ? (
        <ErrorState title={t('schedule.errorTitle')} error={schedule.error} onRetry={schedule.reload} testId="schedule-error" />
      ) : !days ? (
        <ScheduleSkeleton />
      ) : (
        <Stack direction={{ xs: 'column', lg: params.view === 'day' ? 'row' : 'column' }} spacing={2.5} sx={{ alignItems: 'stretch' }}>
          <Box sx={{ flex: 2, minWidth: 0 }}>
            <Suspense fallback={<ScheduleSkeleton />}>
              <ScheduleCalendar days={days} items={items} view={params.view} day={day} timeZone={timeZone} locale={locale} canMark={canMark} canOpen={canOpen} roomName={roomName} onSelect={select} onOpen={open} />
            </Suspense>
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <ScheduleAgenda days={days} items={items} timeZone={timeZone} locale={locale} isFreeBusy={isFreeBusy} roomName={roomName} canOpen={canOpen} onOpen={open} />
          </Box>
        </Stack>
      )}
      <ScheduleDialogs
        dialog={dialog}
        timeZone={timeZone}
        locale={locale}
        ownerName={subject.isSelf ? null : name}
        rooms={roomList ?? []}
        abilities={abilities}
        people={people}
        onDialog={setDialog}
        onMarked={(blocks) => said(t('schedule.done.unavailable', { when: blocks[0] ? when(blocks[0]) : '' }))}
        onRemoved={(block) => said(t('schedule.done.available', { when: when(block) }))}
        onBookingChanged={said}
      />
      <DoneToast message={toast} onClose={() => setToast(null)} />
    </Stack>
  );
}
