/**
 * The one "now" of the door tablet: the machine's clock corrected to the server's (countdowns and
 * walk-up ends must agree with the engine, whatever the tablet's own clock says). Tests and the
 * benchmark may pass another source.
 */
export interface KioskClock {
  now(): number;
  /** Aligns to the server: `serverNow` was read about halfway between `sentAt` and `receivedAt`. */
  sync(serverNow: number, sentAt: number, receivedAt: number): void;
}

/** Offsets smaller than this are network noise, not a wrong clock. */
const NOISE_MS = 1500;

export function createKioskClock(source: () => number = () => Date.now()): KioskClock {
  let offset = 0;
  return {
    now: () => source() + offset,
    sync(serverNow, sentAt, receivedAt) {
      if (!Number.isFinite(serverNow)) return;
      const measured = serverNow - (sentAt + receivedAt) / 2;
      if (Math.abs(measured - offset) > NOISE_MS) offset = measured;
    },
  };
}
