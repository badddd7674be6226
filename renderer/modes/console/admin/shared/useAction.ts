import { useCallback, useRef, useState } from 'react';

export interface ActionState {
  isBusy: boolean;
  error: unknown;
  /** Runs a write; resolves with its value, or undefined when it failed (the error is kept). */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  reset(): void;
}

/** One write at a time with its busy flag and its refusal, for a dialog or a button. */
export function useAction(): ActionState {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setIsBusy(true);
    setError(null);
    try {
      return await work();
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      running.current = false;
      setIsBusy(false);
    }
  }, []);

  const reset = useCallback(() => setError(null), []);
  return { isBusy, error, run, reset };
}
