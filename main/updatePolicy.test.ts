import { describe, expect, it } from 'vitest';
import {
  UPDATE_CHECK_INTERVAL_MS,
  UPDATE_TICK_MS,
  planTick,
  startUpdateSchedule,
  type UpdateState,
} from './updatePolicy';

const HOUR = 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);

const state = (overrides: Partial<UpdateState> = {}): UpdateState => ({
  mode: 'console',
  now: at('2026-11-23T10:00:00.000Z'),
  lastCheckAt: null,
  isDownloaded: false,
  isWorkingTime: true,
  ...overrides,
});

describe('planTick', () => {
  it('checks on start', () => {
    expect(planTick(state())).toEqual({ check: true, installNow: false });
  });

  it('checks again only once four hours have passed', () => {
    const now = at('2026-11-23T10:00:00.000Z');
    expect(planTick(state({ now, lastCheckAt: new Date(now.getTime() - 4 * HOUR + 1) })).check).toBe(false);
    expect(planTick(state({ now, lastCheckAt: new Date(now.getTime() - 4 * HOUR) })).check).toBe(true);
  });

  it('stops checking once an update is downloaded', () => {
    expect(planTick(state({ isDownloaded: true })).check).toBe(false);
  });

  it('never restarts the console by itself: it installs when the person quits', () => {
    expect(planTick(state({ isDownloaded: true, isWorkingTime: false })).installNow).toBe(false);
  });

  it('installs a downloaded update on a door tablet outside working hours only', () => {
    expect(planTick(state({ mode: 'kiosk', isDownloaded: true, isWorkingTime: true })).installNow).toBe(false);
    expect(planTick(state({ mode: 'kiosk', isDownloaded: true, isWorkingTime: false })).installNow).toBe(true);
    expect(planTick(state({ mode: 'kiosk', isDownloaded: false, isWorkingTime: false })).installNow).toBe(false);
  });
});

/** A fake updater, clock and interval timer that a test moves by hand. */
function harness(options: { mode: 'console' | 'kiosk'; isWorkingTime: (now: Date) => boolean; failChecks?: number }) {
  let now = at('2026-11-23T10:00:00.000Z');
  let failuresLeft = options.failChecks ?? 0;
  let intervalCallback: (() => void) | null = null;
  const events: string[] = [];
  let downloaded: (() => void) | null = null;
  const schedule = startUpdateSchedule({
    mode: options.mode,
    clock: () => now,
    isWorkingTime: options.isWorkingTime,
    log: { warn: (_obj, msg) => events.push(`warn: ${msg}`) },
    timers: {
      setInterval: (callback, ms) => {
        expect(ms).toBe(UPDATE_TICK_MS);
        intervalCallback = callback;
        return 1;
      },
      clearInterval: () => (intervalCallback = null),
    },
    updater: {
      check: async () => {
        events.push(`check ${now.toISOString()}`);
        if (failuresLeft-- > 0) throw new Error('offline');
      },
      installNow: () => events.push(`install ${now.toISOString()}`),
      onDownloaded: (listener) => (downloaded = listener),
    },
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    events,
    schedule,
    /** Moves the clock by `ms`, firing the interval at every tick on the way. */
    advance: async (ms: number) => {
      for (let passed = 0; passed < ms; passed += UPDATE_TICK_MS) {
        now = new Date(now.getTime() + UPDATE_TICK_MS);
        intervalCallback?.();
        await flush();
      }
    },
    download: async () => {
      downloaded?.();
      await flush();
    },
    flush,
    isRunning: () => intervalCallback !== null,
  };
}

describe('startUpdateSchedule', () => {
  it('checks on start and then every four hours', async () => {
    const h = harness({ mode: 'console', isWorkingTime: () => true });
    await h.flush();
    await h.advance(UPDATE_CHECK_INTERVAL_MS * 2);
    expect(h.events).toEqual([
      'check 2026-11-23T10:00:00.000Z',
      'check 2026-11-23T14:00:00.000Z',
      'check 2026-11-23T18:00:00.000Z',
    ]);
  });

  it('retries a failed check on the next tick instead of waiting four hours', async () => {
    const h = harness({ mode: 'console', isWorkingTime: () => true, failChecks: 1 });
    await h.flush();
    await h.advance(UPDATE_TICK_MS);
    expect(h.events).toEqual([
      'check 2026-11-23T10:00:00.000Z',
      'warn: could not check for updates; will try again later',
      'check 2026-11-23T10:15:00.000Z',
    ]);
  });

  it('leaves a downloaded update for the console to install on quit', async () => {
    const h = harness({ mode: 'console', isWorkingTime: () => false });
    await h.flush();
    await h.download();
    await h.advance(UPDATE_CHECK_INTERVAL_MS);
    expect(h.events).toEqual(['check 2026-11-23T10:00:00.000Z']);
  });

  it('waits until working hours end before a door tablet installs, then installs once', async () => {
    const closesAt = at('2026-11-23T18:00:00.000Z');
    const h = harness({ mode: 'kiosk', isWorkingTime: (now) => now < closesAt });
    await h.flush();
    await h.download();
    expect(h.events).toEqual(['check 2026-11-23T10:00:00.000Z']);
    await h.advance(10 * HOUR);
    expect(h.events).toEqual(['check 2026-11-23T10:00:00.000Z', 'install 2026-11-23T18:00:00.000Z']);
  });

  it('installs at once when a door tablet finishes downloading after hours', async () => {
    const h = harness({ mode: 'kiosk', isWorkingTime: () => false });
    await h.flush();
    await h.download();
    expect(h.events.at(-1)).toBe('install 2026-11-23T10:00:00.000Z');
  });

  it('stops its timer', async () => {
    const h = harness({ mode: 'console', isWorkingTime: () => true });
    h.schedule.stop();
    expect(h.isRunning()).toBe(false);
  });
});
