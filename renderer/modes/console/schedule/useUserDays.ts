import { useCallback, useEffect, useState } from 'react';
import type { UserDay } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';

/** A desk screen left open stays true: the schedule asks again this often. */
export const REFRESH_MS = 60_000;

export interface UserDays {
  /** The days asked for, in order; undefined until the first answer for this person and these days. */
  days: readonly UserDay[] | undefined;
  isRefreshing: boolean;
  error: unknown;
  reload(): void;
}

interface Answer {
  key: string;
  days: UserDay[] | undefined;
  error: unknown;
}

/**
 * `schedule.user` for each day shown (one for a day, seven for a week, in parallel). Answers for
 * another person or other days are dropped; a refresh keeps the last picture until the next arrives.
 */
export function useUserDays(userId: string, dates: readonly string[]): UserDays {
  const api = useApi();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [tick, setTick] = useState(0);
  const key = `${userId}|${dates.join(',')}`;
  const requestKey = `${key}#${tick}`;

  useEffect(() => {
    let isCurrent = true;
    const [person, list] = key.split('|') as [string, string];
    Promise.all(list.split(',').map((date) => api.call('schedule.user', { userId: person, date }))).then(
      (days) => isCurrent && setAnswer({ key: requestKey, days, error: null }),
      (error: unknown) => isCurrent && setAnswer((prior) => ({ key: requestKey, days: prior?.key.startsWith(`${key}#`) ? prior.days : undefined, error })),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, key, requestKey]);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const isSame = answer?.key.startsWith(`${key}#`) ?? false;
  return {
    days: isSame ? answer?.days : undefined,
    isRefreshing: answer?.key !== requestKey,
    error: answer?.key === requestKey ? answer.error : null,
    reload,
  };
}
