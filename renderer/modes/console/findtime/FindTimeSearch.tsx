import Stack from '@mui/material/Stack';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../core/contract';
import type { CommonSlot } from '../../../../core/contract/availability';
import { useApi } from '../../../api/apiContext';
import { useApiQuery } from '../../../api/useApiQuery';
import { currentLanguage } from '../../../i18n';
import { BookingDialogs, type DialogTarget } from '../booking/BookingDialogs';
import { DoneToast } from '../booking/DoneToast';
import { officeToday } from '../booking/officeTime';
import { ErrorState } from '../booking/PageState';
import type { Abilities } from '../booking/useAbilities';
import { useNow } from '../booking/useNow';
import { usePeople } from '../booking/usePeople';
import { findInput, groupByDay, initialForm, shorterDuration, widenRange, type FindForm } from './findTime';
import { FindTimeDays } from './FindTimeDays';
import { FindTimeEmpty } from './FindTimeEmpty';
import { FindTimeForm } from './FindTimeForm';
import { FindTimeResults } from './FindTimeResults';
import { useBookFoundTime } from './useBookFoundTime';
import { useFindTime } from './useFindTime';

/** The office's rules say where meetings may start; until they arrive, the engine's default grid. */
const DEFAULT_STEP_MIN = 15;

/** The search form, the free times it finds in one office, and booking one of them. */
export function FindTimeSearch({ office, abilities }: { office: Office; abilities: Abilities }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const api = useApi();
  const timeZone = office.timeZone;
  const now = useNow();
  const people = usePeople(abilities, office.id);
  const rooms = useApiQuery('rooms.list', { officeId: office.id });
  const officeRules = useApiQuery('rules.get', { officeId: office.id });
  const stepMin = officeRules.data?.rules.stepMin ?? DEFAULT_STEP_MIN;
  const [form, setForm] = useState<FindForm>(() => initialForm(abilities.user.id, office, Date.now()));
  const [hasTried, setHasTried] = useState(false);
  const [target, setTarget] = useState<DialogTarget>(null);
  const [toast, setToast] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const found = useFindTime();
  const query = found.query;

  // A search the person just sent: once it is answered, bring the answer into view (on a narrow
  // window it is below the form). The count is announced by its live region.
  const [isRevealPending, setIsRevealPending] = useState(false);
  useEffect(() => {
    if (!isRevealPending || found.isLoading) return;
    setIsRevealPending(false);
    const isCalm = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    headingRef.current?.scrollIntoView?.({ block: 'start', behavior: isCalm ? 'auto' : 'smooth' });
  }, [isRevealPending, found.isLoading]);

  const asked = findInput(form, office.id, timeZone, now, stepMin);
  const problem = 'problem' in asked && (hasTried || asked.problem !== 'missing') ? asked.problem : null;

  const search = (next: FindForm) => {
    setHasTried(true);
    const ready = findInput(next, office.id, timeZone, Date.now(), stepMin);
    if ('problem' in ready) return;
    found.search({ input: ready.input, range: next.range, durationMin: next.durationMin, people: ready.input.userIds.length });
    setIsRevealPending(true);
  };
  /** Changes the form and searches again at once (the empty state's suggestions). */
  const retry = (patch: Partial<FindForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    search(next);
  };

  const bookingFor = useBookFoundTime(office, abilities, rooms.data ?? [], stepMin);
  const pick = async (slot: CommonSlot) => {
    const initial = query ? await bookingFor(slot, query) : null;
    if (initial) setTarget({ kind: 'create', initial });
  };
  const booked = (message: string) => {
    setToast(message);
    found.reload();
    // The button that opened the dialog may be gone with the time it offered: land on the results.
    headingRef.current?.focus();
  };

  const slots = found.slots;
  const shorter = query ? shorterDuration(query.durationMin) : null;
  const wider = query ? widenRange(query.range, timeZone, now) : null;

  return (
    <Stack spacing={3}>
      <FindTimeForm
        form={form}
        onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
        abilities={abilities}
        people={people}
        problem={problem}
        today={officeToday(timeZone, now)}
        isBusy={found.isLoading}
        onSubmit={() => search(form)}
      />
      {query ? (
        <FindTimeResults
          query={query}
          count={found.error ? undefined : slots?.length}
          isBusy={found.isLoading}
          timeZone={timeZone}
          locale={locale}
          headingRef={headingRef}
          loadCsv={() => api.call('reports.availabilityCommon', query.input)}
        >
          {found.error && !found.isLoading ? (
            <ErrorState title={t('findTime.results.errorTitle')} error={found.error} onRetry={found.reload} testId="find-error" />
          ) : slots && slots.length === 0 && !found.isLoading ? (
            <FindTimeEmpty
              query={query}
              isFreeWithoutRoom={found.isFreeWithoutRoom}
              shorter={shorter}
              onShorter={() => retry({ durationMin: shorter ?? form.durationMin })}
              canWiden={wider !== null && wider.toDay !== query.range.toDay}
              onWiden={() => retry({ range: wider ?? form.range })}
              onWithoutRoom={() => retry({ needRoom: false })}
              timeZone={timeZone}
              locale={locale}
            />
          ) : slots ? (
            <FindTimeDays days={groupByDay(slots, timeZone)} durationMin={query.durationMin} stepMin={stepMin} rooms={rooms.data ?? []} timeZone={timeZone} locale={locale} onPick={(slot) => void pick(slot)} />
          ) : null}
        </FindTimeResults>
      ) : null}
      <BookingDialogs
        target={target}
        scope={{ officeId: office.id, timeZone, rooms: rooms.data ?? [] }}
        abilities={abilities}
        people={people}
        onTarget={setTarget}
        onChanged={booked}
      />
      <DoneToast message={toast} onClose={() => setToast(null)} />
    </Stack>
  );
}
