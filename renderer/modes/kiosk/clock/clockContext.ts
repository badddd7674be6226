import { createContext, useContext } from 'react';
import type { KioskClock } from './kioskClock';

export interface ClockValue {
  clock: KioskClock;
  /** The current time, re-rendered once a second. */
  now: number;
}

export const ClockContext = createContext<ClockValue | null>(null);

/** "Now" for countdowns, the clock and the door state: one ticking source for the whole tablet. */
export function useNow(): number {
  const value = useContext(ClockContext);
  if (!value) throw new Error('useNow() needs a <KioskClockProvider> above it.');
  return value.now;
}

export function useKioskClock(): KioskClock {
  const value = useContext(ClockContext);
  if (!value) throw new Error('useKioskClock() needs a <KioskClockProvider> above it.');
  return value.clock;
}
