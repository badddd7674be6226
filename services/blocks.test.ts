import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meeting, moscowOffice, msk, openWorld, type World } from './bookings/testWorld';

/** Room maintenance blocks and a person's own unavailability. Moscow, Monday 2026-11-23 08:00. */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

const maintenance = (extra: Record<string, unknown> = {}) => ({
  roomId: o.sever,
  start: msk('2026-11-25T12:00'),
  end: msk('2026-11-25T14:00'),
  reason: 'New projector',
  ...extra,
});

describe('room blocks', () => {
  it('lets a facility manager block a room and refuses an employee with FORBIDDEN', async () => {
    expect((await w.fail('blocks.create', maintenance(), o.anna)).code).toBe('FORBIDDEN');
    const made = await w.ok('blocks.create', maintenance(), o.grigory);
    expect(made.blocks).toEqual([expect.objectContaining({ roomId: o.sever, start: '2026-11-25T09:00:00.000Z', reason: 'New projector' })]);
    const error = await w.fail('bookings.create', meeting(o.sever, '2026-11-25T13:00', '2026-11-25T14:00'), o.anna);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Север is blocked 12:00–14:00 (New projector).' });
  });

  it('reports the bookings under a new block and leaves them alone without the flag', async () => {
    const under = await w.ok('bookings.create', meeting(o.sever, '2026-11-25T13:00', '2026-11-25T14:00'), o.anna);
    const made = await w.ok('blocks.create', maintenance(), o.grigory);
    expect(made.conflicts.map((b) => [b.id, b.status])).toEqual([[under.booking.id, 'confirmed']]);
    expect(made.cancelled).toEqual([]);
    expect((await w.ok('bookings.get', { id: under.booking.id }, o.anna)).status).toBe('confirmed');
  });

  it('cancels the bookings under it only with cancelConflicting, and tells their organizers', async () => {
    const under = await w.ok('bookings.create', meeting(o.sever, '2026-11-25T13:00', '2026-11-25T14:00'), o.anna);
    const made = await w.ok('blocks.create', maintenance({ cancelConflicting: true }), o.grigory);
    expect(made.cancelled.map((b) => [b.id, b.status, b.cancelReason])).toEqual([
      [under.booking.id, 'cancelled', 'The room is blocked: New projector'],
    ]);
    const told = await w.db.models.Notification.findOne({ where: { userId: o.anna } });
    expect(told?.kind).toBe('booking.cancelled');
  });

  it('repeats a block daily by RRULE and removes one day of it', async () => {
    const made = await w.ok('blocks.create', maintenance({ end: msk('2026-11-25T12:30'), rrule: 'FREQ=DAILY;COUNT=3' }), o.grigory);
    expect(made.blocks.map((b) => b.start)).toEqual(['2026-11-25T09:00:00.000Z', '2026-11-26T09:00:00.000Z', '2026-11-27T09:00:00.000Z']);
    await w.ok('blocks.remove', { id: made.blocks[1]!.id }, o.grigory);
    const left = await w.ok('blocks.list', { roomId: o.sever, from: msk('2026-11-23T00:00'), to: msk('2026-12-01T00:00') }, o.anna);
    expect(left.map((b) => b.start)).toEqual(['2026-11-25T09:00:00.000Z', '2026-11-27T09:00:00.000Z']);
  });
});

describe('a person’s own blocks', () => {
  it('lets any signed-in person block their own calendar and remove it; nobody else removes it', async () => {
    const mine = await w.ok('blocks.create', { start: msk('2026-11-25T09:00'), end: msk('2026-11-25T12:00'), reason: 'Doctor' }, o.anna);
    expect(mine.blocks[0]).toMatchObject({ userId: o.anna, roomId: null });
    expect((await w.fail('blocks.remove', { id: mine.blocks[0]!.id }, o.boris)).code).toBe('FORBIDDEN');
    const seen = await w.ok('blocks.list', { userId: o.anna, from: msk('2026-11-25T00:00'), to: msk('2026-11-26T00:00') }, o.boris);
    expect(seen.map((b) => b.reason)).toEqual(['']);
    await w.ok('blocks.remove', { id: mine.blocks[0]!.id }, o.anna);
    expect(await w.ok('blocks.list', { userId: o.anna, from: msk('2026-11-25T00:00'), to: msk('2026-11-26T00:00') }, o.anna)).toEqual([]);
  });
});
