import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../core/contract';
import { useApi } from './apiContext';
import { STALE_AFTER } from './staleAfter';
import { useLiveChanges } from './useLiveChanges';

export interface QueryState<T> {
  /** The last value that arrived; kept while a newer request is on its way. */
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
}

interface Answer<T> {
  key: string;
  data: T | undefined;
  error: unknown;
}

/**
 * Calls a read method whenever its input changes. Answers to superseded inputs are dropped, so
 * fast filter changes never show stale rooms. When a change the answer depends on is announced
 * (`STALE_AFTER`), it asks again quietly: the last answer stays, `isLoading` stays false.
 */
export function useApiQuery<M extends MethodName>(method: M, input: Input<M>, enabled = true): QueryState<Output<M>> {
  const api = useApi();
  const key = `${method} ${JSON.stringify(input)}`;
  const [attempt, setAttempt] = useState(0);
  const [freshness, setFreshness] = useState(0);
  const [answer, setAnswer] = useState<Answer<Output<M>> | null>(null);
  const requestKey = `${key} #${attempt}.${freshness}`;
  useLiveChanges(STALE_AFTER[method], () => setFreshness((n) => n + 1), enabled);
  /** An answer to this very input, superseded only by a live refresh: still worth showing. */
  const isQuietRefresh = answer !== null && answer.data !== undefined && answer.key.startsWith(`${key} #${attempt}.`);

  useEffect(() => {
    if (!enabled) return;
    let isCurrent = true;
    api.call(method, JSON.parse(key.slice(method.length + 1)) as Input<M>).then(
      (data) => isCurrent && setAnswer({ key: requestKey, data, error: null }),
      (error: unknown) => isCurrent && setAnswer((prior) => ({ key: requestKey, data: prior?.data, error })),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, method, key, requestKey, enabled]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    data: answer?.data,
    error: answer?.key === requestKey ? answer.error : null,
    isLoading: enabled && answer?.key !== requestKey && !isQuietRefresh,
    reload,
  };
}
