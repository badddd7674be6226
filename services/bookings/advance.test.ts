import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAdvancing } from './advance';
import { meeting, moscowOffice, msk, openWorld, type World } from './testWorld';

/** The clock's step on a timer, as the server and the desktop run it; the clock is the test's. */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('advancing on a timer', () => {
  it('runs at once and then on every tick, with the clock it is given, and stops cleanly', async () => {
    const mine = await w.ok('bookings.create', meeting(o.sever, '2026-11-25T10:00', '2026-11-25T11:00'), o.anna);
    let now = new Date(msk('2026-11-25T09:00'));
    const timer = startAdvancing({ store: w.store, clock: () => now, intervalMs: 20 });
    const status = async () => (await w.db.models.Booking.findByPk(mine.booking.id))!.status;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await status()).toBe('confirmed');
    now = new Date(msk('2026-11-25T10:10'));
    await until(async () => (await status()) === 'released');
    await timer.stop();
    expect(await status()).toBe('released');
    const audit = await w.db.models.AuditEntry.findOne({ where: { entityId: mine.booking.id, action: 'booking.released' } });
    expect(audit).toMatchObject({ actorUserId: null, data: { at: '2026-11-25T07:10:00.000Z' } });
  });

  it('is idempotent: a second step at the same moment changes nothing', async () => {
    await w.ok('bookings.create', meeting(o.sever, '2026-11-25T10:00', '2026-11-25T11:00'), o.anna);
    w.setNow(msk('2026-11-25T12:00'));
    expect(await w.advance()).toEqual({ expired: 0, released: 1, completed: 0 });
    expect(await w.advance()).toEqual({ expired: 0, released: 0, completed: 0 });
  });
});
