import { describe, expect, it } from 'vitest';
import { keepAwakeDuringWorkingHours } from './power';

function harness(isWorkingAt: (hour: number) => boolean) {
  let hour = 8;
  let nextId = 1;
  const active = new Set<number>();
  const log: string[] = [];
  let timer: (() => void) | null = null;
  const keepAwake = keepAwakeDuringWorkingHours({
    blocker: {
      start: (type) => {
        const id = nextId++;
        active.add(id);
        log.push(`start ${type} at ${hour}`);
        return id;
      },
      stop: (id) => {
        active.delete(id);
        log.push(`stop at ${hour}`);
      },
    },
    clock: () => new Date(Date.UTC(2026, 10, 23, hour)),
    isWorkingTime: (now) => isWorkingAt(now.getUTCHours()),
    timers: { setInterval: (callback) => (timer = callback), clearInterval: () => (timer = null) },
  });
  const runUntil = (lastHour: number) => {
    for (; hour < lastHour; ) {
      hour += 1;
      timer?.();
    }
  };
  return { keepAwake, log, active, runUntil, hasTimer: () => timer !== null };
}

describe('keepAwakeDuringWorkingHours', () => {
  it('keeps the display on from opening to closing, once, and lets it sleep after', () => {
    const h = harness((hour) => hour >= 9 && hour < 18);
    h.runUntil(20);
    expect(h.log).toEqual(['start prevent-display-sleep at 9', 'stop at 18']);
    expect(h.active.size).toBe(0);
  });

  it('releases the blocker and its timer when stopped during working hours', () => {
    const h = harness(() => true);
    expect(h.active.size).toBe(1);
    h.keepAwake.stop();
    expect(h.active.size).toBe(0);
    expect(h.hasTimer()).toBe(false);
  });
});
