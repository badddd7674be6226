import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../core/dispatcher';
import { createKioskHours } from './kioskHours';
import { createKioskLock } from './kioskExit';

/** The tablet's office hours and its exit lock, with a stand-in dispatcher (Electron cannot run here). */
const day = {
  day: {
    start: '2026-11-22T21:00:00.000Z',
    end: '2026-11-23T21:00:00.000Z',
    open: [{ start: '2026-11-23T06:00:00.000Z', end: '2026-11-23T16:00:00.000Z' }],
  },
};
const at = (iso: string) => new Date(iso);

describe("the door tablet's working hours", () => {
  it("uses the office's open spans for today once it has asked, and the fallback before and after", async () => {
    const seen: unknown[] = [];
    const dispatch: Dispatch = async (method, _input, meta) => {
      seen.push([method, meta?.token]);
      return { ok: true, value: day };
    };
    const hours = createKioskHours({ dispatch, deviceToken: () => 'device-token', fallback: () => true });
    expect(hours.isWorkingTime(at('2026-11-23T18:00:00.000Z'))).toBe(true); // not asked yet
    await hours.refresh();
    expect(seen).toEqual([['kiosk.status', 'device-token']]);
    expect(hours.isWorkingTime(at('2026-11-23T06:30:00.000Z'))).toBe(true);
    expect(hours.isWorkingTime(at('2026-11-23T18:00:00.000Z'))).toBe(false);
    expect(hours.isWorkingTime(at('2026-11-24T10:00:00.000Z'))).toBe(true); // the day is over: fallback
  });

  it('keeps the fallback when the tablet is not enrolled or the answer is not a status', async () => {
    let calls = 0;
    const dispatch: Dispatch = async () => {
      calls += 1;
      return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'No.', key: 'errors.UNAUTHENTICATED' } };
    };
    const unenrolled = createKioskHours({ dispatch, deviceToken: () => undefined, fallback: () => false });
    await unenrolled.refresh();
    expect(calls).toBe(0);
    const refused = createKioskHours({ dispatch, deviceToken: () => 'revoked', fallback: () => false });
    await refused.refresh();
    expect(refused.isWorkingTime(at('2026-11-23T10:00:00.000Z'))).toBe(false);
  });
});

describe('the exit lock', () => {
  it('unlocks once, only on a PIN the server accepted', async () => {
    let pinIsRight = false;
    const dispatch: Dispatch = async (method) =>
      method === 'devices.verifyPin' && pinIsRight
        ? { ok: true, value: { valid: true } }
        : { ok: false, error: { code: 'FORBIDDEN', message: 'The PIN is wrong.', key: 'errors.wrongPin' } };
    let unlocks = 0;
    const lock = createKioskLock(dispatch, () => unlocks++);
    await lock.dispatch('devices.verifyPin', { pin: '0000' });
    await lock.dispatch('kiosk.status', {});
    expect(lock.isUnlocked()).toBe(false);
    pinIsRight = true;
    await lock.dispatch('devices.verifyPin', { pin: '2468' });
    await lock.dispatch('devices.verifyPin', { pin: '2468' });
    expect(lock.isUnlocked()).toBe(true);
    expect(unlocks).toBe(1);
  });
});
