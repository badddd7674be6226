import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ClockContext } from './clockContext';
import type { KioskClock } from './kioskClock';

/**
 * Ticks on every second boundary of the corrected clock, so the minutes on screen turn over on
 * time, and at once when the clock is corrected.
 */
export function KioskClockProvider({ clock, children }: { clock: KioskClock; children: ReactNode }) {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const t = clock.now();
      setNow(t);
      timer = setTimeout(tick, 1000 - (t % 1000) + 5);
    };
    tick();
    const stopListening = clock.onAdjust(() => setNow(clock.now()));
    return () => {
      clearTimeout(timer);
      stopListening();
    };
  }, [clock]);
  const value = useMemo(() => ({ clock, now }), [clock, now]);
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}
