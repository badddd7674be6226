/**
 * Keeps a door tablet's screen on during working hours and lets it sleep after. index.ts passes
 * Electron's powerSaveBlocker and the office's own hours for today (kioskHours.ts, asked as the
 * enrolled tablet), with the default hours (workingHours.ts) until they are known.
 */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
}

export interface KeepAwakeOptions {
  blocker: PowerSaveBlockerLike;
  isWorkingTime: (now: Date) => boolean;
  clock: () => Date;
  timers: { setInterval(callback: () => void, ms: number): unknown; clearInterval(handle: unknown): void };
  everyMs?: number;
}

export interface KeepAwake {
  /** Starts or releases the blocker to match the current time; runs every minute by itself. */
  sync(): void;
  /** Stops the timer and releases the blocker. */
  stop(): void;
}

export function keepAwakeDuringWorkingHours(options: KeepAwakeOptions): KeepAwake {
  const { blocker } = options;
  let blockerId: number | null = null;

  const release = () => {
    if (blockerId === null) return;
    blocker.stop(blockerId);
    blockerId = null;
  };
  const sync = () => {
    if (!options.isWorkingTime(options.clock())) return release();
    if (blockerId === null) blockerId = blocker.start('prevent-display-sleep');
  };

  const handle = options.timers.setInterval(sync, options.everyMs ?? 60_000);
  sync();
  return {
    sync,
    stop: () => {
      options.timers.clearInterval(handle);
      release();
    },
  };
}
