import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meeting, moscowOffice, msk, openWorld, type World } from './testWorld';

/**
 * Recurring series through the services. Moscow, Monday 2026-11-23 08:00. Maria (a manager, 30
 * days ahead) books a weekly Wednesday meeting 10:00–11:00 in «Север»: 25 Nov, 2, 9 and 16 Dec.
 */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

const weekly = (extra: Record<string, unknown> = {}) => ({
  ...meeting(o.sever, '2026-11-25T10:00', '2026-11-25T11:00', 'Weekly'),
  rrule: 'FREQ=WEEKLY;COUNT=4',
  ...extra,
});
const starts = (rows: { start: string }[]) => rows.map((r) => r.start);

describe('creating a series', () => {
  it('refuses the series when one occurrence conflicts, listing that occurrence', async () => {
    await w.ok('bookings.create', meeting(o.sever, '2026-12-02T10:30', '2026-12-02T11:30'), o.anna);
    const error = await w.fail('bookings.createSeries', weekly(), o.maria);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('1 of 4 occurrences cannot be booked. 2026-12-02T07:00:00.000Z: Север is occupied 10:30–11:30.');
    const conflicts = (error.details as { conflicts: { start: string; code: string }[] }).conflicts;
    expect(conflicts).toEqual([expect.objectContaining({ start: '2026-12-02T07:00:00.000Z', code: 'CONFLICT' })]);
    expect(await w.db.models.Booking.count({ where: { organizerId: o.maria } })).toBe(0);
  });

  it('creates the free occurrences with skipConflicts and remembers the skipped one', async () => {
    await w.ok('bookings.create', meeting(o.sever, '2026-12-02T10:30', '2026-12-02T11:30'), o.anna);
    const made = await w.ok('bookings.createSeries', weekly({ skipConflicts: true }), o.maria);
    expect(starts(made.bookings)).toEqual(['2026-11-25T07:00:00.000Z', '2026-12-09T07:00:00.000Z', '2026-12-16T07:00:00.000Z']);
    expect(made.skipped).toEqual([expect.objectContaining({ start: '2026-12-02T07:00:00.000Z', code: 'CONFLICT' })]);
    expect(made.series.exdates).toEqual(['2026-12-02T07:00:00.000Z']);
    expect(made.bookings.every((b) => b.seriesId === made.series.id && b.ruleVersionId)).toBe(true);
  });

  it('names every rule an occurrence breaks: an employee cannot book weeks past the horizon', async () => {
    const error = await w.fail('bookings.createSeries', weekly(), o.anna);
    expect(error.code).toBe('RULE_VIOLATION');
    const conflicts = (error.details as { conflicts: { start: string; violations: { code: string }[] }[] }).conflicts;
    expect(conflicts.map((c) => [c.start, c.violations.map((v) => v.code)])).toEqual([
      ['2026-12-09T07:00:00.000Z', ['beyondHorizon']],
      ['2026-12-16T07:00:00.000Z', ['beyondHorizon']],
    ]);
  });

  it('counts every occurrence toward the organizer’s active bookings', async () => {
    const error = await w.fail('bookings.createSeries', weekly(), o.maria);
    expect(error.message).toBe(
      '1 of 4 occurrences cannot be booked. 2026-12-16T07:00:00.000Z: The organizer already has 3 active bookings; at most 3 are allowed.',
    );
  });

  it('refuses a series without an end', async () => {
    const error = await w.fail('bookings.createSeries', weekly({ rrule: 'FREQ=WEEKLY' }), o.maria);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'A series needs an end: add COUNT or UNTIL to the RRULE.' });
  });
});

describe('changing a series', () => {
  beforeEach(() => w.setRules({ level: 'office', officeId: o.office }, { maxActivePerUser: 10 }, o.egor));
  async function series() {
    const made = await w.ok('bookings.createSeries', weekly(), o.maria);
    return made.bookings.map((b) => b.id) as [string, string, string, string];
  }
  const get = (id: string) => w.ok('bookings.get', { id }, o.maria);

  it('moves one occurrence and leaves the others where they were', async () => {
    const [, second, third] = await series();
    await w.ok('bookings.update', { id: second, start: msk('2026-12-02T12:00'), end: msk('2026-12-02T13:00') }, o.maria);
    expect(await get(second)).toMatchObject({ start: '2026-12-02T09:00:00.000Z', recurrenceStart: '2026-12-02T07:00:00.000Z' });
    expect((await get(third)).start).toBe('2026-12-09T07:00:00.000Z');
  });

  it('moves "this and following" by two hours, keeping a moved and a cancelled occurrence as they were', async () => {
    const [first, second, third, fourth] = await series();
    await w.ok('bookings.update', { id: third, start: msk('2026-12-09T14:00'), end: msk('2026-12-09T15:00') }, o.maria);
    await w.ok('bookings.cancel', { id: fourth, reason: 'Holiday party' }, o.maria);
    const done = await w.ok(
      'bookings.update',
      { id: second, start: msk('2026-12-02T12:00'), end: msk('2026-12-02T13:00'), title: 'Weekly (new time)', applyTo: 'following' },
      o.maria,
    );
    expect(done.booking).toMatchObject({ start: '2026-12-02T09:00:00.000Z', title: 'Weekly (new time)' });
    expect(done.alsoChanged.map((b) => [b.start, b.title])).toEqual([['2026-12-09T11:00:00.000Z', 'Weekly (new time)']]);
    expect(await get(first)).toMatchObject({ start: '2026-11-25T07:00:00.000Z', title: 'Weekly' });
    expect(await get(fourth)).toMatchObject({ status: 'cancelled', start: '2026-12-16T07:00:00.000Z' });
    const oldSeries = await w.db.models.BookingSeries.findByPk((await get(first)).seriesId!);
    const newSeries = await w.db.models.BookingSeries.findByPk((await get(second)).seriesId!);
    expect(newSeries?.id).not.toBe(oldSeries?.id);
    expect(oldSeries?.until?.toISOString()).toBe('2026-12-02T07:00:00.000Z');
    expect(newSeries).toMatchObject({ rrule: 'FREQ=WEEKLY;COUNT=3' });
    expect(newSeries?.exdates).toEqual(['2026-12-16T09:00:00.000Z']);
    expect((await get(third)).seriesId).toBe(newSeries?.id);
  });

  it('moves an hourly series later even when each occurrence lands on its neighbour’s old place', async () => {
    await w.setRules({ level: 'office', officeId: o.office }, { bufferMin: { before: 0, after: 0 } }, o.egor);
    const hourly = { ...meeting(o.sever, '2026-11-25T10:00', '2026-11-25T10:45', 'Hourly'), rrule: 'FREQ=HOURLY;COUNT=3' };
    const made = await w.ok('bookings.createSeries', hourly, o.maria);
    const first = made.bookings[0]!.id;
    const done = await w.ok('bookings.update', { id: first, start: msk('2026-11-25T10:30'), end: msk('2026-11-25T11:15'), applyTo: 'following' }, o.maria);
    expect([done.booking, ...done.alsoChanged].map((b) => b.start)).toEqual([
      '2026-11-25T07:30:00.000Z',
      '2026-11-25T08:30:00.000Z',
      '2026-11-25T09:30:00.000Z',
    ]);
  });

  it('refuses "this and following" when a later occurrence would conflict, and changes nothing', async () => {
    const [, second, third] = await series();
    const nina = await w.user('manager', o.office, 'Nina');
    await w.ok('bookings.create', meeting(o.sever, '2026-12-09T12:00', '2026-12-09T13:00'), nina);
    const error = await w.fail('bookings.update', { id: second, start: msk('2026-12-02T12:00'), end: msk('2026-12-02T13:00'), applyTo: 'following' }, o.maria);
    expect(error.code).toBe('CONFLICT');
    expect((await get(second)).start).toBe('2026-12-02T07:00:00.000Z');
    expect((await get(third)).start).toBe('2026-12-09T07:00:00.000Z');
  });

  it('cancels "this and following" and ends the series there', async () => {
    const [first, second, third, fourth] = await series();
    const done = await w.ok('bookings.cancel', { id: third, reason: 'Project over', applyTo: 'following' }, o.maria);
    expect(done.alsoChanged.map((b) => [b.id, b.status])).toEqual([[fourth, 'cancelled']]);
    expect((await get(first)).status).toBe('confirmed');
    expect((await get(second)).status).toBe('confirmed');
    const s = await w.db.models.BookingSeries.findByPk((await get(first)).seriesId!);
    expect(s?.until?.toISOString()).toBe('2026-12-09T07:00:00.000Z');
  });
});
