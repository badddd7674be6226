import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ScheduleView } from './scheduleItems';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Choice {
  /** null: today. */
  day: string | null;
  /** null: one's own schedule. */
  personId: string | null;
  view: ScheduleView;
}

export interface ScheduleParams extends Choice {
  change(next: Partial<Choice>): void;
}

/**
 * What the page shows lives in the URL (`?day=&person=&view=week`), so a reload or a shared link
 * shows the same schedule; the defaults (today, oneself, the day view) are left out of it.
 */
export function useScheduleParams(selfId: string): ScheduleParams {
  const [params, setParams] = useSearchParams();
  const askedDay = params.get('day');
  const askedPerson = params.get('person');
  const day = askedDay && DAY.test(askedDay) ? askedDay : null;
  const personId = askedPerson && ID.test(askedPerson) && askedPerson !== selfId ? askedPerson : null;
  const view: ScheduleView = params.get('view') === 'week' ? 'week' : 'day';

  const change = useCallback(
    (next: Partial<Choice>) => {
      const merged = { day, personId, view, ...next };
      const out: Record<string, string> = {};
      if (merged.day) out.day = merged.day;
      if (merged.personId && merged.personId !== selfId) out.person = merged.personId;
      if (merged.view === 'week') out.view = 'week';
      setParams(out, { replace: true });
    },
    [day, personId, view, selfId, setParams],
  );
  return { day, personId, view, change };
}
