import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meeting, moscowOffice, msk, openWorld, type World } from './bookings/testWorld';

/** Rules as versioned data: effective rules with their sources, new versions, previews. */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

describe('rules.get', () => {
  it('returns the defaults when nothing is stored, every field sourced "default"', async () => {
    const got = await w.ok('rules.get', {}, o.anna);
    expect(got.rules).toMatchObject({ stepMin: 15, bufferMin: { before: 10, after: 10 }, horizonDays: 14 });
    expect(got.sources['bufferMin.before']).toBe('default');
    expect(got.versions).toEqual({ global: null, office: null, room: null });
  });

  it('merges global, office and room field by field and says where each field came from', async () => {
    await w.setRules({ level: 'global' }, { stepMin: 30 }, o.egor);
    await w.setRules({ level: 'office', officeId: o.office }, { bufferMin: { before: 5 } }, o.grigory);
    await w.setRules({ level: 'room', roomId: o.sever }, { durationMin: { max: 60 } }, o.grigory);
    const got = await w.ok('rules.get', { roomId: o.sever }, o.anna);
    expect(got.rules).toMatchObject({ stepMin: 30, bufferMin: { before: 5, after: 10 }, durationMin: { min: 15, max: 60 } });
    expect(got.sources).toMatchObject({
      stepMin: 'global',
      'bufferMin.before': 'office',
      'bufferMin.after': 'default',
      'durationMin.max': 'room',
    });
    expect(got).toMatchObject({ officeId: o.office, roomId: o.sever });
    expect(got.versions.room).toMatchObject({ version: 1, reason: 'Scenario rules.', authorId: o.grigory });
  });

  it('adds the office’s own holidays and takes its working hours under its rule set', async () => {
    await w.db.models.Office.update({ holidays: ['2026-12-31'], workingHours: { sat: [['10:00', '14:00']] } }, { where: { id: o.office } });
    const got = await w.ok('rules.get', { officeId: o.office }, o.anna);
    expect(got.rules.holidays).toEqual(['2026-12-31']);
    expect(got.rules.workingHours.sat).toEqual([['10:00', '14:00']]);
    expect(got.sources['workingHours.sat']).toBe('office');
  });
});

describe('rules.update', () => {
  it('stores each change as a new version and never rewrites an old one', async () => {
    const first = await w.ok('rules.update', { scope: { level: 'global' }, rules: { horizonDays: 20 }, reason: 'Longer planning.' }, o.egor);
    const second = await w.ok('rules.update', { scope: { level: 'global' }, rules: { horizonDays: 10 }, reason: 'Too long after all.' }, o.egor);
    expect([first.version, second.version]).toEqual([1, 2]);
    const history = await w.ok('rules.history', { scope: { level: 'global' } }, o.egor);
    expect(history.map((v) => [v.version, v.rules, v.reason])).toEqual([
      [2, { horizonDays: 10 }, 'Too long after all.'],
      [1, { horizonDays: 20 }, 'Longer planning.'],
    ]);
    const audit = await w.db.models.AuditEntry.findAll({ where: { action: 'rules.update' } });
    expect(audit.map((a) => a.reason)).toEqual(['Longer planning.', 'Too long after all.']);
  });

  it('lets only admins change global rules and only facility staff change an office’s', async () => {
    expect((await w.fail('rules.update', { scope: { level: 'global' }, rules: {}, reason: 'x' }, o.grigory)).code).toBe('FORBIDDEN');
    expect((await w.fail('rules.update', { scope: { level: 'office', officeId: o.office }, rules: {}, reason: 'x' }, o.anna)).code).toBe('FORBIDDEN');
  });

  it('refuses rules that would be invalid where they apply', async () => {
    await w.setRules({ level: 'room', roomId: o.sever }, { durationMin: { min: 60 } }, o.grigory);
    const error = await w.fail('rules.update', { scope: { level: 'office', officeId: o.office }, rules: { durationMin: { max: 30 } }, reason: 'Short.' }, o.grigory);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Minimum duration 60 exceeds maximum 30');
  });
});

describe('rules.preview', () => {
  it('lists the future bookings a change would break, without saving it', async () => {
    const long = await w.ok('bookings.create', meeting(o.sever, '2026-11-25T10:00', '2026-11-25T12:00', 'Long one'), o.anna);
    await w.ok('bookings.create', meeting(o.sever, '2026-11-25T14:00', '2026-11-25T14:30', 'Short one'), o.anna);
    const preview = await w.ok('rules.preview', { scope: { level: 'room', roomId: o.sever }, rules: { durationMin: { max: 60 } } }, o.grigory);
    expect(preview.checked).toBe(2);
    expect(preview.broken.map((b) => [b.booking.id, b.violations.map((v) => v.code)])).toEqual([[long.booking.id, ['tooLong']]]);
    expect(await w.ok('rules.history', { scope: { level: 'room', roomId: o.sever } }, o.grigory)).toEqual([]);
  });

  it('finds bookings that wider buffers would make overlap', async () => {
    await w.setRules({ level: 'office', officeId: o.office }, { bufferMin: { before: 0, after: 0 } }, o.grigory);
    await w.ok('bookings.create', meeting(o.sever, '2026-11-25T10:00', '2026-11-25T11:00'), o.anna);
    const next = await w.ok('bookings.create', meeting(o.sever, '2026-11-25T11:00', '2026-11-25T12:00'), o.boris);
    const preview = await w.ok('rules.preview', { scope: { level: 'office', officeId: o.office }, rules: { bufferMin: { before: 15, after: 0 } } }, o.grigory);
    expect(preview.broken.map((b) => b.booking.id)).toEqual([next.booking.id]);
    expect(preview.broken[0]!.violations[0]!.message).toBe('Север is occupied 10:00–11:00 plus the 15-minute buffer before yours.');
  });
});
