import { useEffect, useRef, useState } from 'react';
import { useApi } from './apiContext';
import type { LinkState } from './live';
import { touches } from './staleAfter';

/** Pokes arriving within this span cause one refetch (an undo saves several methods at once). */
const SETTLE_MS = 150;

/** Calls `onStale` after a change to any of `entities` is announced (none: listens to nothing). */
export function useLiveChanges(entities: readonly string[] | undefined, onStale: () => void, enabled = true): void {
  const api = useApi();
  const latest = useRef(onStale);
  latest.current = onStale;
  const key = entities?.join(',') ?? '';

  useEffect(() => {
    if (!enabled || !key) return;
    const wanted = key.split(',');
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = api.onLive({
      onChange(note) {
        if (!touches(note, wanted)) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => latest.current(), SETTLE_MS);
      },
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [api, key, enabled]);
}

/** Whether live changes reach this page now. */
export function useLiveLink(): LinkState {
  const api = useApi();
  const [link, setLink] = useState<LinkState>('closed');
  useEffect(() => api.onLive({ onLink: setLink }), [api]);
  return link;
}
