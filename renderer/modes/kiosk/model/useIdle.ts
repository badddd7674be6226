import { useEffect, useState } from 'react';

export type IdlePhase = 'active' | 'warning';

/**
 * Watches for touches while the visitor is away from the home state (a form open, another
 * language): after `idleMs` without one it warns, after `warnMs` more it calls `onIdle`.
 * Any touch, key or pointer movement starts the wait again.
 */
export function useIdle({ isAway, idleMs, warnMs, onIdle }: { isAway: boolean; idleMs: number; warnMs: number; onIdle: () => void }): {
  phase: IdlePhase;
  /** When the door returns home (for the warning's countdown), while warning. */
  homeAt: number | null;
} {
  const [state, setState] = useState<{ phase: IdlePhase; homeAt: number | null }>({ phase: 'active', homeAt: null });

  useEffect(() => {
    if (!isAway) return;
    let warn: ReturnType<typeof setTimeout>;
    let home: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(warn);
      clearTimeout(home);
      setState((s) => (s.phase === 'active' ? s : { phase: 'active', homeAt: null }));
      warn = setTimeout(() => {
        setState({ phase: 'warning', homeAt: Date.now() + warnMs });
        home = setTimeout(() => {
          setState({ phase: 'active', homeAt: null });
          onIdle();
        }, warnMs);
      }, idleMs);
    };
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, arm, { capture: true, passive: true });
    arm();
    return () => {
      clearTimeout(warn);
      clearTimeout(home);
      for (const e of events) window.removeEventListener(e, arm, { capture: true });
      setState({ phase: 'active', homeAt: null });
    };
  }, [isAway, idleMs, warnMs, onIdle]);

  return isAway ? state : { phase: 'active', homeAt: null };
}
