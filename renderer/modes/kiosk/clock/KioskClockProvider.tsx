import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ClockContext } from './clockContext';
import type { KioskClock } from './kioskClock';

/** Ticks on every second boundary of the corrected clock, so the minutes on screen turn over on time. */
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
    return () => clearTimeout(timer);
  }, [clock]);
  const value = useMemo(() => ({ clock, now }), [clock, now]);
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}
