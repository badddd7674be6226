/**
 * The one "now" of the door tablet: the machine's clock corrected to the server's (countdowns and
 * walk-up ends must agree with the engine, whatever the tablet's own clock says). Tests and the
 * benchmark may pass another source.
 */
export interface KioskClock {
  now(): number;
  /** Aligns to the server: `serverNow` was read about halfway between `sentAt` and `receivedAt`. */
  sync(serverNow: number, sentAt: number, receivedAt: number): void;
  /** The server has just acted at `serverTime` (a walk-up began): "now" is at least that. */
  reach(serverTime: number): void;
  /** Called when the clock is corrected, so the screen re-reads the time at once. */
  onAdjust(listener: () => void): () => void;
}

/** Offsets smaller than this are network noise, not a wrong clock. */
const NOISE_MS = 1500;

export function createKioskClock(source: () => number = () => Date.now()): KioskClock {
  let offset = 0;
  const listeners = new Set<() => void>();
  const adjust = (next: number) => {
    offset = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    now: () => source() + offset,
    sync(serverNow, sentAt, receivedAt) {
      if (!Number.isFinite(serverNow)) return;
      const measured = serverNow - (sentAt + receivedAt) / 2;
      if (Math.abs(measured - offset) > NOISE_MS) adjust(measured);
    },
    reach(serverTime) {
      if (Number.isFinite(serverTime) && source() + offset < serverTime) adjust(serverTime - source());
      else for (const listener of [...listeners]) listener();
    },
    onAdjust(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
