import { afterEach, describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, meeting, moscowOffice, msk, openWorld, type World } from './testWorld';

/**
 * Time on the calendar: a meeting across midnight in a room open around the clock, and both
 * daylight-saving changes of Europe/Berlin in 2026 (29 March, 02:00 → 03:00; 25 October,
 * 03:00 → 02:00). Times are stored in UTC and judged on the office's wall clock.
 */
let w: World;
afterEach(() => w.close());

const cet = (wall: string) => `${wall}:00+01:00`;
const cest = (wall: string) => `${wall}:00+02:00`;

async function berlin(nowIso: string) {
  w = await openWorld(nowIso);
  const office = await w.office('Berlin', 'Europe/Berlin');
  const spree = await w.room(office, 'Spree');
  const night = await w.room(office, 'Night Lab');
  const admin = await w.user('admin', null, 'Jonas');
  const emma = await w.user('employee', office, 'Emma');
  await w.setRules({ level: 'room', roomId: night }, { workingHours: ALWAYS_OPEN }, admin);
  return { office, spree, night, admin, emma };
}

describe('a meeting across midnight', () => {
  it('is accepted in a room open around the clock and refused in one open 09:00–19:00', async () => {
    w = await openWorld(msk('2026-11-23T08:00'));
    const o = await moscowOffice(w);
    const night = await w.room(o.office, 'Ночная');
    await w.setRules({ level: 'room', roomId: night }, { workingHours: ALWAYS_OPEN }, o.egor);
    const late = await w.ok('bookings.create', meeting(night, '2026-11-24T23:00', '2026-11-25T01:00'), o.anna);
    expect(late.booking).toMatchObject({ start: '2026-11-24T20:00:00.000Z', end: '2026-11-24T22:00:00.000Z', status: 'confirmed' });
    const error = await w.fail('bookings.create', meeting(o.sever, '2026-11-24T23:00', '2026-11-25T01:00'), o.anna);
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        'Север is open Tuesday 09:00–19:00; Wednesday 09:00–19:00; 23:00–2026-11-25 01:00 is outside those hours.',
    });
  });
});

describe('spring forward in Berlin: Sunday 29 March 2026, 02:00 becomes 03:00', () => {
  it('counts 01:00–04:00 on the change night as two hours, so an employee may book it', async () => {
    const b = await berlin(cet('2026-03-23T08:00'));
    const done = await w.ok('bookings.create', { roomId: b.night, start: cet('2026-03-29T01:00'), end: cest('2026-03-29T04:00'), title: 'Night run' }, b.emma);
    expect(done.booking).toMatchObject({ start: '2026-03-29T00:00:00.000Z', end: '2026-03-29T02:00:00.000Z', status: 'confirmed' });
  });

  it('opens at 09:00 local on both sides of the change: 08:00Z on Friday, 07:00Z on Monday', async () => {
    const b = await berlin(cet('2026-03-23T08:00'));
    const friday = await w.ok('bookings.create', { roomId: b.spree, start: cet('2026-03-27T09:00'), end: cet('2026-03-27T10:00'), title: 'Friday' }, b.emma);
    expect(friday.booking.start).toBe('2026-03-27T08:00:00.000Z');
    const monday = await w.ok('bookings.create', { roomId: b.spree, start: cest('2026-03-30T09:00'), end: cest('2026-03-30T10:00'), title: 'Monday' }, b.emma);
    expect(monday.booking.start).toBe('2026-03-30T07:00:00.000Z');
    const early = await w.fail('bookings.create', { roomId: b.spree, start: '2026-03-31T06:45:00Z', end: '2026-03-31T07:45:00Z', title: 'Early' }, b.emma);
    expect(early.message).toBe('Spree is open Tuesday 09:00–19:00; 08:45–09:45 is outside those hours.');
  });
});

describe('fall back in Berlin: Sunday 25 October 2026, 03:00 becomes 02:00 again', () => {
  it('counts 01:30–03:30 on the change night as three hours: too long for an employee', async () => {
    const b = await berlin(cest('2026-10-19T08:00'));
    const error = await w.fail('bookings.create', { roomId: b.night, start: cest('2026-10-25T01:30'), end: cet('2026-10-25T03:30'), title: 'Night run' }, b.emma);
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'As an employee you may book Night Lab for at most 120 minutes; this meeting lasts 180.',
    });
  });

  it('keeps a weekly Friday 09:00 meeting at 09:00 local across the change', async () => {
    const b = await berlin(cest('2026-10-19T08:00'));
    const series = await w.ok(
      'bookings.createSeries',
      { roomId: b.spree, start: cest('2026-10-23T09:00'), end: cest('2026-10-23T10:00'), title: 'Weekly', rrule: 'FREQ=WEEKLY;COUNT=2' },
      b.emma,
    );
    expect(series.bookings.map((x) => x.start)).toEqual(['2026-10-23T07:00:00.000Z', '2026-10-30T08:00:00.000Z']);
    expect(series.series).toMatchObject({ timeZone: 'Europe/Berlin', durationMin: 60 });
  });
});
