import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meeting, moscowOffice, msk, openWorld, type World } from './testWorld';

/**
 * After acceptance: approvals and their holds, check-in and no-shows, ending early, extending,
 * and the clock's step (`advance`) that expires, releases and completes. Moscow, Monday
 * 2026-11-23 08:00; check-in opens 5 minutes before the start and a no-show is released after 10.
 */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

const wed = (from: string, to: string) => meeting(o.sever, `2026-11-25T${from}`, `2026-11-25T${to}`);
const status = async (id: string) => (await w.ok('bookings.get', { id }, o.egor)).status;

describe('approval', () => {
  let hall: string;
  beforeEach(async () => {
    hall = await w.room(o.office, 'Большой зал', { capacity: 40, requiresApproval: true });
  });
  const inHall = (from: string, to: string) => meeting(hall, `2026-11-25T${from}`, `2026-11-25T${to}`);

  it('holds the slot as pending for two hours and a facility manager confirms it', async () => {
    const asked = await w.ok('bookings.create', inHall('10:00', '11:00'), o.anna);
    expect(asked.booking).toMatchObject({ status: 'pending', holdExpiresAt: '2026-11-23T07:00:00.000Z' });
    expect(asked.notes.map((n) => n.message)).toEqual(['Большой зал needs approval; the slot is held until 2026-11-23 10:00.']);
    expect((await w.fail('bookings.create', inHall('10:00', '11:00'), o.boris)).code).toBe('CONFLICT');
    expect((await w.fail('bookings.approve', { id: asked.booking.id }, o.anna)).code).toBe('FORBIDDEN');
    const approved = await w.ok('bookings.approve', { id: asked.booking.id }, o.grigory);
    expect(approved).toMatchObject({ status: 'confirmed', holdExpiresAt: null });
    expect((await w.db.models.Notification.findOne({ where: { userId: o.anna } }))?.kind).toBe('booking.approved');
  });

  it('does not ask facility staff for approval', async () => {
    expect((await w.ok('bookings.create', inHall('10:00', '11:00'), o.grigory)).booking.status).toBe('confirmed');
  });

  it('rejects with a reason that the organizer reads', async () => {
    const asked = await w.ok('bookings.create', inHall('10:00', '11:00'), o.anna);
    const rejected = await w.ok('bookings.reject', { id: asked.booking.id, reason: 'The hall is for all-hands only.' }, o.grigory);
    expect(rejected).toMatchObject({ status: 'rejected', cancelReason: 'The hall is for all-hands only.' });
    expect((await w.fail('bookings.approve', { id: asked.booking.id }, o.grigory)).code).toBe('RULE_VIOLATION');
  });

  it('expires an unapproved hold at 10:00 when the clock advances, and the slot is free again', async () => {
    const asked = await w.ok('bookings.create', inHall('10:00', '11:00'), o.anna);
    w.setNow(msk('2026-11-23T09:59'));
    expect(await w.advance()).toEqual({ expired: 0, released: 0, completed: 0 });
    w.setNow(msk('2026-11-23T10:00'));
    expect(await w.advance()).toEqual({ expired: 1, released: 0, completed: 0 });
    expect(await status(asked.booking.id)).toBe('expired');
    expect((await w.db.models.Notification.findOne({ where: { userId: o.anna } }))?.kind).toBe('booking.expired');
    expect((await w.fail('bookings.approve', { id: asked.booking.id }, o.grigory)).code).toBe('RULE_VIOLATION');
    expect((await w.ok('bookings.create', inHall('10:00', '11:00'), o.boris)).booking.status).toBe('pending');
  });

  it('treats a hold that ran out as gone even before the clock step runs', async () => {
    await w.ok('bookings.create', inHall('10:00', '11:00'), o.anna);
    w.setNow(msk('2026-11-23T10:30'));
    const next = await w.ok('bookings.create', inHall('10:00', '11:00'), o.grigory);
    expect(next.booking.status).toBe('confirmed');
    expect(await w.db.models.Booking.count({ where: { status: 'expired' } })).toBe(1);
  });
});

describe('check-in and no-shows', () => {
  it('opens check-in 5 minutes before the start and closes it 10 minutes after', async () => {
    const mine = await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    w.setNow(msk('2026-11-25T09:54'));
    expect(await w.fail('bookings.checkIn', { id: mine.booking.id }, o.anna)).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'Check-in opens 5 minutes before the start.',
    });
    w.setNow(msk('2026-11-25T09:56'));
    expect((await w.ok('bookings.checkIn', { id: mine.booking.id }, o.anna)).checkInAt).toBe('2026-11-25T06:56:00.000Z');
    expect((await w.fail('bookings.checkIn', { id: mine.booking.id }, o.anna)).message).toBe('This booking is already checked in.');
  });

  it('releases a no-show at 10:10, frees the room, and completes the checked-in meeting at its end', async () => {
    const kept = await w.ok('bookings.create', meeting(o.yug, '2026-11-25T10:00', '2026-11-25T11:00'), o.boris);
    const missed = await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    w.setNow(msk('2026-11-25T10:02'));
    await w.ok('bookings.checkIn', { id: kept.booking.id }, o.boris);
    w.setNow(msk('2026-11-25T10:10'));
    expect(await w.advance()).toEqual({ expired: 0, released: 1, completed: 0 });
    expect(await status(missed.booking.id)).toBe('released');
    const taken = await w.ok('bookings.create', wed('10:30', '11:30'), o.boris);
    w.setNow(msk('2026-11-25T11:00'));
    // Nobody checked in to 10:30 either: released at 10:40; the checked-in one completes at 11:00.
    expect(await w.advance()).toEqual({ expired: 0, released: 1, completed: 1 });
    expect(await status(taken.booking.id)).toBe('released');
    expect(await status(kept.booking.id)).toBe('completed');
  });

  it('lets the room’s door tablet check in, and refuses a tablet of another room', async () => {
    const mine = await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    const door = await w.device(o.sever);
    const otherDoor = await w.device(o.yug);
    w.setNow(msk('2026-11-25T10:01'));
    expect((await w.fail('bookings.checkIn', { id: mine.booking.id }, otherDoor)).code).toBe('FORBIDDEN');
    expect((await w.ok('bookings.checkIn', { id: mine.booking.id }, door)).checkInAt).not.toBeNull();
  });
});

describe('ending early and extending', () => {
  it('ends a running meeting now and frees the rest of its time', async () => {
    const mine = await w.ok('bookings.create', wed('10:00', '12:00'), o.anna);
    w.setNow(msk('2026-11-25T10:00'));
    await w.ok('bookings.checkIn', { id: mine.booking.id }, o.anna);
    w.setNow(msk('2026-11-25T10:40'));
    const ended = await w.ok('bookings.end', { id: mine.booking.id }, o.anna);
    expect(ended).toMatchObject({ status: 'completed', end: '2026-11-25T07:40:00.000Z' });
    expect((await w.ok('bookings.create', wed('11:00', '12:00'), o.boris)).booking.status).toBe('confirmed');
  });

  it('refuses to end a meeting that has not begun', async () => {
    const mine = await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    expect((await w.fail('bookings.end', { id: mine.booking.id }, o.anna)).message).toBe('The meeting has not begun; cancel it instead.');
  });

  it('extends a running meeting up to the next one, checked like a reschedule', async () => {
    const mine = await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    await w.ok('bookings.create', wed('12:00', '13:00'), o.boris);
    w.setNow(msk('2026-11-25T10:30'));
    const longer = await w.ok('bookings.extend', { id: mine.booking.id, end: msk('2026-11-25T11:30') }, o.anna);
    expect(longer.booking.end).toBe('2026-11-25T08:30:00.000Z');
    const error = await w.fail('bookings.extend', { id: mine.booking.id, end: msk('2026-11-25T12:00') }, o.anna);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'Север is occupied 12:00–13:00 plus a 10-minute buffer before it and the 10-minute buffer after yours.',
    });
    expect((error.details as { alternatives: unknown[] }).alternatives).toEqual([]);
  });

  it('refuses to cancel a meeting that has begun: it is ended instead', async () => {
    const mine = await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    w.setNow(msk('2026-11-25T10:05'));
    expect((await w.fail('bookings.cancel', { id: mine.booking.id }, o.anna)).message).toBe(
      'The meeting has begun; end it instead of cancelling it.',
    );
  });
});
