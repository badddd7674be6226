import { useCallback, useState } from 'react';
import type { Input } from '../../../../core/contract';
import type { CommonSlot } from '../../../../core/contract/availability';
import { useApiQuery } from '../../../api/useApiQuery';
import type { DayRange } from './findTime';

/** A search as it was sent: the input, and what the results line repeats of it. */
export interface FindQuery {
  input: Input<'availability.common'>;
  range: DayRange;
  durationMin: number;
  people: number;
}

export interface FindTimeAnswer {
  query: FindQuery | null;
  slots: readonly CommonSlot[] | undefined;
  error: unknown;
  isLoading: boolean;
  /**
   * With a room asked for and none found: whether everyone is free at some time all the same
   * (so the room is what is missing); null until known or when it does not apply.
   */
  isFreeWithoutRoom: boolean | null;
  search(query: FindQuery): void;
  reload(): void;
}

const NOTHING: Input<'availability.common'> = { userIds: [], from: '', to: '', durationMin: 0 };

/** Runs the search the person last sent, again on `reload` (after a booking took a time). */
export function useFindTime(): FindTimeAnswer {
  const [query, setQuery] = useState<FindQuery | null>(null);
  const answer = useApiQuery('availability.common', query?.input ?? NOTHING, query !== null);
  const isEmpty = !answer.isLoading && !answer.error && answer.data?.slots.length === 0;
  const withRoom = query?.input.needRoom === true;
  const withoutRoom: Input<'availability.common'> = query ? { userIds: query.input.userIds, from: query.input.from, to: query.input.to, durationMin: query.input.durationMin } : NOTHING;
  const probe = useApiQuery('availability.common', withoutRoom, withRoom && isEmpty);

  const { reload: reloadAnswer } = answer;
  const search = useCallback(
    (next: FindQuery) => {
      // The same search again (pressed a second time) asks the server again.
      if (query && JSON.stringify(query.input) === JSON.stringify(next.input)) reloadAnswer();
      setQuery(next);
    },
    [query, reloadAnswer],
  );

  return {
    query,
    slots: query ? answer.data?.slots : undefined,
    error: answer.error,
    isLoading: answer.isLoading,
    isFreeWithoutRoom: withRoom && isEmpty && probe.data && !probe.isLoading ? probe.data.slots.length > 0 : null,
    search,
    reload: reloadAnswer,
  };
}
