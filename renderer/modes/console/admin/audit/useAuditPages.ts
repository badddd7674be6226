import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry, Input } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';

export interface AuditPages {
  entries: AuditEntry[] | null;
  error: unknown;
  isLoading: boolean;
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

/** The audit log, newest first, a page at a time ("Load more" follows the cursor). */
export function useAuditPages(inputFor: (cursor?: string) => Input<'audit.list'>): AuditPages {
  const api = useApi();
  const key = JSON.stringify(inputFor());
  const [state, setState] = useState<{ key: string; entries: AuditEntry[]; cursor: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setIsLoading(true);
    setError(null);
    api.call('audit.list', JSON.parse(key) as Input<'audit.list'>).then(
      (page) => isCurrent && (setState({ key, entries: page.entries, cursor: page.nextCursor }), setIsLoading(false)),
      (failure: unknown) => isCurrent && (setError(failure), setIsLoading(false)),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, key, attempt]);

  const cursor = state?.key === key ? state.cursor : null;
  const loadMore = useCallback(() => {
    if (!cursor) return;
    setIsLoading(true);
    api.call('audit.list', inputFor(cursor)).then(
      (page) => {
        setState((s) => (s && s.key === key ? { key, entries: [...s.entries, ...page.entries], cursor: page.nextCursor } : s));
        setIsLoading(false);
      },
      (failure: unknown) => (setError(failure), setIsLoading(false)),
    );
  }, [api, cursor, inputFor, key]);

  return {
    entries: state ? state.entries : null,
    error,
    isLoading,
    hasMore: cursor !== null,
    loadMore,
    reload: useCallback(() => setAttempt((n) => n + 1), []),
  };
}
