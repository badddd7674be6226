import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meeting, moscowOffice, msk, openWorld, type World } from './testWorld';

/**
 * Who may do what, through the services on the real store. Moscow, Monday 2026-11-23 08:00;
 * meetings on Wednesday the 25th. Employees book up to 2 hours and 14 days ahead, managers 3 hours
 * and 30 days, assistants 4 hours and for others; facility staff and admins may override.
 */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

const wed = (from: string, to: string, title = 'Meeting') => meeting(o.sever, `2026-11-25T${from}`, `2026-11-25T${to}`, title);

describe('each role’s limits', () => {
  it('gives an employee two hours, a manager three, an assistant four', async () => {
    const employee = await w.fail('bookings.create', wed('10:00', '13:00'), o.anna);
    expect(employee).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'As an employee you may book Север for at most 120 minutes; this meeting lasts 180.',
    });
    expect((await w.ok('bookings.create', wed('10:00', '13:00'), o.maria)).booking.status).toBe('confirmed');
    const manager = await w.fail('bookings.create', wed('14:00', '18:00'), o.maria);
    expect(manager.message).toBe('As a manager you may book Север for at most 180 minutes; this meeting lasts 240.');
    const assistant = await w.ok('bookings.create', { ...wed('14:00', '18:00'), organizerId: o.anna }, o.vera);
    expect(assistant.booking).toMatchObject({ organizerId: o.anna, createdById: o.vera });
  });

  it('lets an employee book 14 days ahead and a manager 30', async () => {
    const far = meeting(o.sever, '2026-12-09T10:00', '2026-12-09T11:00');
    const error = await w.fail('bookings.create', far, o.anna);
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'As an employee you may book at most 14 days ahead, until 2026-12-07; 2026-12-09 is later.',
    });
    expect((await w.ok('bookings.create', far, o.maria)).booking.status).toBe('confirmed');
  });

  it('refuses a booking with less notice than the rules ask', async () => {
    await w.setRules({ level: 'office', officeId: o.office }, { minNoticeMin: 60 }, o.egor);
    w.setNow(msk('2026-11-25T09:30'));
    const error = await w.fail('bookings.create', wed('10:00', '11:00'), o.anna);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', message: "Bookings need 60 minutes' notice; this one starts in 30 minutes." });
    expect((await w.ok('bookings.create', wed('10:30', '11:30'), o.anna)).booking.status).toBe('confirmed');
  });

  it('caps an organizer at three active bookings; a cancelled one frees a place', async () => {
    const made = [];
    for (const [from, to] of [['09:00', '10:00'], ['11:00', '12:00'], ['13:00', '14:00']] as const) {
      made.push(await w.ok('bookings.create', wed(from, to), o.anna));
    }
    const error = await w.fail('bookings.create', wed('15:00', '16:00'), o.anna);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', message: 'The organizer already has 3 active bookings; at most 3 are allowed.' });
    await w.ok('bookings.cancel', { id: made[0]!.booking.id, reason: 'Not needed' }, o.anna);
    expect((await w.ok('bookings.create', wed('15:00', '16:00'), o.anna)).booking.status).toBe('confirmed');
  });

  it('refuses an employee booking for someone else with FORBIDDEN', async () => {
    const error = await w.fail('bookings.create', { ...wed('10:00', '11:00'), organizerId: o.boris }, o.anna);
    expect(error.code).toBe('FORBIDDEN');
  });
});

describe('restricted rooms and holidays', () => {
  it('hides a room kept for managers from employees and lets a manager book it', async () => {
    const director = await w.room(o.office, 'Кабинет директора', { allowedRoles: ['manager', 'facility_manager', 'admin'] });
    const input = meeting(director, '2026-11-25T10:00', '2026-11-25T11:00');
    expect((await w.fail('bookings.create', input, o.anna)).code).toBe('NOT_FOUND');
    expect((await w.ok('bookings.create', input, o.maria)).booking.status).toBe('confirmed');
  });

  it('refuses a role the room’s rules leave out, naming who may book it', async () => {
    await w.setRules({ level: 'room', roomId: o.yug }, { allowedRoles: ['manager'] }, o.grigory);
    const error = await w.fail('bookings.create', meeting(o.yug, '2026-11-25T10:00', '2026-11-25T11:00'), o.anna);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', message: 'Юг can be booked only by: manager; you are an employee.' });
  });

  it('refuses a holiday of the office', async () => {
    await w.db.models.Office.update({ holidays: ['2026-11-27'] }, { where: { id: o.office } });
    const error = await w.fail('bookings.create', meeting(o.sever, '2026-11-27T10:00', '2026-11-27T11:00'), o.anna);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', message: '2026-11-27 is a holiday; Север cannot be booked.' });
    const details = error.details as { alternatives: { start: string }[] };
    expect(details.alternatives.map((a) => a.start)).not.toContainEqual(expect.stringMatching(/^2026-11-27/));
  });
});

describe('someone else’s booking', () => {
  it('refuses an employee cancelling or changing another person’s booking with FORBIDDEN', async () => {
    const theirs = await w.ok('bookings.create', wed('10:00', '11:00'), o.boris);
    expect((await w.fail('bookings.cancel', { id: theirs.booking.id }, o.anna)).code).toBe('FORBIDDEN');
    expect((await w.fail('bookings.update', { id: theirs.booking.id, title: 'Mine now' }, o.anna)).code).toBe('FORBIDDEN');
  });

  it('shows another person’s private booking to an employee only as “Busy”', async () => {
    const secret = await w.ok('bookings.create', { ...wed('10:00', '11:00', 'Salary talk'), isPrivate: true, attendeeIds: [o.maria] }, o.boris);
    const seen = await w.ok('bookings.get', { id: secret.booking.id }, o.anna);
    expect(seen).toMatchObject({ title: 'Busy', description: '', attendeeIds: [], isMasked: true, isPrivate: true });
    const listed = await w.ok('bookings.list', { roomId: o.sever }, o.anna);
    expect(listed.map((b) => b.title)).toEqual(['Busy']);
    expect((await w.ok('bookings.get', { id: secret.booking.id }, o.maria)).title).toBe('Salary talk');
    expect((await w.ok('bookings.get', { id: secret.booking.id }, o.grigory)).title).toBe('Salary talk');
  });

  it('lets an assistant reschedule and cancel the bookings they made, but not another assistant', async () => {
    const other = await w.user('assistant', o.office, 'Other assistant');
    const made = await w.ok('bookings.create', { ...wed('10:00', '11:00'), organizerId: o.boris }, o.vera);
    const moved = await w.ok('bookings.update', { id: made.booking.id, start: msk('2026-11-25T12:00'), end: msk('2026-11-25T13:00') }, o.vera);
    expect(moved.booking.start).toBe('2026-11-25T09:00:00.000Z');
    expect((await w.fail('bookings.cancel', { id: made.booking.id }, other)).code).toBe('FORBIDDEN');
    const cancelled = await w.ok('bookings.cancel', { id: made.booking.id, reason: 'Boris is ill' }, o.vera);
    expect(cancelled.booking).toMatchObject({ status: 'cancelled', cancelReason: 'Boris is ill' });
  });

  it('lets an admin edit someone else’s booking, audited, and tells the organizer', async () => {
    const theirs = await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    await w.ok('bookings.update', { id: theirs.booking.id, start: msk('2026-11-25T15:00'), end: msk('2026-11-25T16:00') }, o.egor);
    const audit = await w.db.models.AuditEntry.findOne({ where: { entityId: theirs.booking.id, action: 'booking.update' } });
    expect(audit).toMatchObject({ actorUserId: o.egor });
    expect(audit?.data).toMatchObject({ changed: ['start', 'end'] });
    const told = await w.db.models.Notification.findAll({ where: { userId: o.anna } });
    expect(told.map((n) => n.kind)).toEqual(['booking.changed']);
  });
});

describe('priority override', () => {
  it('lets an admin displace a booking with a reason: it is cancelled, its organizer told, the override audited', async () => {
    const theirs = await w.ok('bookings.create', wed('10:00', '11:00', 'Team sync'), o.anna);
    const input = { ...wed('10:00', '12:00', 'Board meeting'), override: { reason: 'The board moved its meeting here.' } };
    const done = await w.ok('bookings.create', input, o.egor);
    expect(done.displaced.map((b) => [b.id, b.status])).toEqual([[theirs.booking.id, 'cancelled']]);
    expect(done.notes.map((n) => n.code)).toEqual(['displaces']);
    const cancelled = await w.ok('bookings.get', { id: theirs.booking.id }, o.anna);
    expect(cancelled.cancelReason).toBe('Displaced by a priority booking: The board moved its meeting here.');
    const told = await w.db.models.Notification.findOne({ where: { userId: o.anna, kind: 'booking.displaced' } });
    expect(told?.data).toMatchObject({ bookingId: theirs.booking.id, reason: 'The board moved its meeting here.' });
    const audit = await w.db.models.AuditEntry.findOne({ where: { action: 'booking.override', entityId: done.booking.id } });
    expect(audit).toMatchObject({ actorUserId: o.egor, reason: 'The board moved its meeting here.' });
  });

  it('refuses an override from an employee, and one without a reason', async () => {
    await w.ok('bookings.create', wed('10:00', '11:00'), o.anna);
    const error = await w.fail('bookings.create', { ...wed('10:00', '11:00'), override: { reason: 'Mine' } }, o.boris);
    expect(error.message).toContain('Only facility manager, admin may override other bookings; you are an employee.');
    expect((await w.fail('bookings.create', { ...wed('10:00', '11:00'), override: { reason: ' ' } }, o.egor)).code).toBe('VALIDATION');
  });

  it('never displaces a maintenance block', async () => {
    await w.ok('blocks.create', { roomId: o.sever, start: msk('2026-11-25T12:00'), end: msk('2026-11-25T12:30'), reason: 'Sound check' }, o.grigory);
    const error = await w.fail('bookings.create', { ...wed('12:00', '13:00'), override: { reason: 'Urgent' } }, o.egor);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Север is blocked 12:00–12:30 (Sound check).' });
  });
});
