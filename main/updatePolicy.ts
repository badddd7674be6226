import type { AppMode } from './origin';

/**
 * When Roomly looks for, downloads and installs updates. The decisions are pure (planTick); the
 * schedule drives any updater that fits UpdaterPort, so tests run it with a fake and a fake clock.
 *
 * - Check on start and every 4 hours; a failed check (offline) is retried on the next tick.
 * - Download in the background as soon as an update is found.
 * - The console installs when the person quits. A door tablet never quits, so it installs (and
 *   restarts) by itself, but only outside working hours, never in front of a visitor.
 */
export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;
export const UPDATE_TICK_MS = 15 * 60 * 1000;

export interface UpdateState {
  mode: AppMode;
  now: Date;
  lastCheckAt: Date | null;
  isDownloaded: boolean;
  isWorkingTime: boolean;
}

export interface UpdatePlan {
  check: boolean;
  installNow: boolean;
}

export function planTick(state: UpdateState): UpdatePlan {
  const isCheckDue =
    state.lastCheckAt === null || state.now.getTime() - state.lastCheckAt.getTime() >= UPDATE_CHECK_INTERVAL_MS;
  return {
    check: !state.isDownloaded && isCheckDue,
    installNow: state.isDownloaded && state.mode === 'kiosk' && !state.isWorkingTime,
  };
}

/** What the schedule needs from an updater (electron-updater's autoUpdater, or a fake). */
export interface UpdaterPort {
  /** Looks for an update and, if there is one, starts downloading it. */
  check(): Promise<void>;
  /** Quits, installs and relaunches now. */
  installNow(): void;
  onDownloaded(listener: () => void): void;
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface ScheduleOptions {
  updater: UpdaterPort;
  mode: AppMode;
  clock: () => Date;
  isWorkingTime: (now: Date) => boolean;
  timers: Timers;
  log: { warn(obj: object, msg?: string): void };
}

export interface UpdateSchedule {
  /** Runs one decision now; the schedule calls it on start and every UPDATE_TICK_MS. */
  tick(): Promise<void>;
  stop(): void;
}

export function startUpdateSchedule(options: ScheduleOptions): UpdateSchedule {
  const { updater, timers } = options;
  let lastCheckAt: Date | null = null;
  let isDownloaded = false;
  let isChecking = false;
  let isInstalling = false;

  updater.onDownloaded(() => {
    isDownloaded = true;
    void tick();
  });

  async function tick(): Promise<void> {
    const now = options.clock();
    const plan = planTick({
      mode: options.mode,
      now,
      lastCheckAt,
      isDownloaded,
      isWorkingTime: options.isWorkingTime(now),
    });
    if (plan.installNow && !isInstalling) {
      isInstalling = true;
      updater.installNow();
      return;
    }
    if (!plan.check || isChecking) return;
    isChecking = true;
    try {
      await updater.check();
      lastCheckAt = now;
    } catch (error) {
      options.log.warn({ err: error }, 'could not check for updates; will try again later');
    } finally {
      isChecking = false;
    }
  }

  const handle = timers.setInterval(() => void tick(), UPDATE_TICK_MS);
  void tick();
  return { tick, stop: () => timers.clearInterval(handle) };
}
