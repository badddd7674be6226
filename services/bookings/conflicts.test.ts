import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meeting, moscowOffice, msk, openWorld, type World } from './testWorld';

/**
 * The article's conflict cases through the services on the real store. The office is in Moscow;
 * it is Monday 2026-11-23, 08:00; the meetings are on Wednesday the 25th. Default rules: 09:00–19:00
 * on weekdays, a 15-minute grid, 10-minute buffers before and after, 15 to 120 minutes.
 */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

const book = (from: string, to: string, as: string, title = 'Meeting') =>
  w.ok('bookings.create', meeting(o.sever, `2026-11-25T${from}`, `2026-11-25T${to}`, title), as);
const refuse = (from: string, to: string, as: string) =>
  w.fail('bookings.create', meeting(o.sever, `2026-11-25T${from}`, `2026-11-25T${to}`), as);

/** Each alternative of a refusal, tried with the same request in a rolled-back write, is accepted. */
async function alternativesHold(input: ReturnType<typeof meeting>, alternatives: { roomId: string; start: string; end: string }[], as: string) {
  for (const alt of alternatives) {
    const tried = await w.dryRun(() => w.call('bookings.create', { ...input, roomId: alt.roomId, start: alt.start, end: alt.end }, as));
    expect(tried.ok, JSON.stringify(tried)).toBe(true);
  }
}

describe('two meetings in one room', () => {
  it('refuses an overlap in the middle: 10:30–11:30 against 10:00–11:00 is a CONFLICT with alternatives', async () => {
    await book('10:00', '11:00', o.anna);
    const error = await refuse('10:30', '11:30', o.boris);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Север is occupied 10:00–11:00.');
    const details = error.details as { violations: { code: string }[]; alternatives: { roomId: string; start: string; end: string; kind: string }[] };
    expect(details.violations.map((v) => v.code)).toEqual(['occupied']);
    expect(details.alternatives.map((a) => a.kind)).toEqual(['other_room', 'same_room_later', 'same_room_earlier']);
    expect(details.alternatives[0]).toMatchObject({ roomName: 'Юг', start: '2026-11-25T07:30:00.000Z', end: '2026-11-25T08:30:00.000Z' });
    await alternativesHold(meeting(o.sever, '2026-11-25T10:30', '2026-11-25T11:30'), details.alternatives, o.boris);
  });

  it('accepts touching boundaries without buffers: 11:00–12:00 right after 10:00–11:00', async () => {
    await w.setRules({ level: 'office', officeId: o.office }, { bufferMin: { before: 0, after: 0 } }, o.egor);
    await book('10:00', '11:00', o.anna);
    const next = await book('11:00', '12:00', o.boris);
    expect(next.booking).toMatchObject({ status: 'confirmed', start: '2026-11-25T08:00:00.000Z', bufferBeforeMin: 0 });
  });

  it('refuses touching boundaries with 10-minute buffers, naming both buffers', async () => {
    await book('10:00', '11:00', o.anna);
    const error = await refuse('11:00', '12:00', o.boris);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'Север is occupied 10:00–11:00 plus a 10-minute buffer after it and the 10-minute buffer before yours.',
    });
  });

  it('refuses a start inside the buffers (11:15) and accepts the first one clear of them (11:30)', async () => {
    await book('10:00', '11:00', o.anna);
    expect((await refuse('11:15', '12:00', o.boris)).code).toBe('CONFLICT');
    expect((await book('11:30', '12:30', o.boris)).booking.status).toBe('confirmed');
  });

  it('refuses a 5-minute overlap on a 5-minute grid without buffers: 10:55–11:55 against 10:00–11:00', async () => {
    await w.setRules({ level: 'global' }, { stepMin: 5, bufferMin: { before: 0, after: 0 } }, o.egor);
    await book('10:00', '11:00', o.anna);
    const error = await refuse('10:55', '11:55', o.boris);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Север is occupied 10:00–11:00.' });
    expect((await book('11:00', '11:55', o.boris)).booking.status).toBe('confirmed');
  });

  it('records the rule version every booking was accepted under', async () => {
    const first = await book('10:00', '11:00', o.anna);
    expect(first.booking.ruleVersionId).not.toBeNull();
    await w.setRules({ level: 'office', officeId: o.office }, { minNoticeMin: 30 }, o.egor);
    const second = await book('14:00', '15:00', o.anna);
    expect(second.booking.ruleVersionId).not.toBe(first.booking.ruleVersionId);
    const stored = await w.db.models.RuleSet.findByPk(second.booking.ruleVersionId!);
    expect(stored).toMatchObject({ scope: 'office', version: 1 });
  });
});

describe('rescheduling', () => {
  it('refuses a move onto a busy time and leaves the booking where it was', async () => {
    await book('10:00', '11:00', o.anna);
    const mine = await book('14:00', '15:00', o.boris);
    const error = await w.fail('bookings.update', { id: mine.booking.id, start: msk('2026-11-25T10:30'), end: msk('2026-11-25T11:30') }, o.boris);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Север is occupied 10:00–11:00.' });
    expect(await w.ok('bookings.get', { id: mine.booking.id }, o.boris)).toMatchObject({ start: '2026-11-25T11:00:00.000Z' });
  });

  it('re-checks a move as if new but ignores the booking itself: 10:00–11:00 to 10:30–11:30', async () => {
    const mine = await book('10:00', '11:00', o.anna);
    const moved = await w.ok('bookings.update', { id: mine.booking.id, start: msk('2026-11-25T10:30'), end: msk('2026-11-25T11:30') }, o.anna);
    expect(moved.booking).toMatchObject({ start: '2026-11-25T07:30:00.000Z', end: '2026-11-25T08:30:00.000Z', status: 'confirmed' });
  });

  it('re-checks every rule on a move: three hours is too long for an employee', async () => {
    const mine = await book('10:00', '11:00', o.anna);
    const error = await w.fail('bookings.update', { id: mine.booking.id, end: msk('2026-11-25T13:00') }, o.anna);
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'As an employee you may book Север for at most 120 minutes; this meeting lasts 180.',
    });
  });

  it('freezes the time 15 minutes before the start, but the description may still change', async () => {
    const mine = await book('10:00', '11:00', o.anna);
    w.setNow(msk('2026-11-25T09:50'));
    const error = await w.fail('bookings.update', { id: mine.booking.id, start: msk('2026-11-25T10:15'), end: msk('2026-11-25T11:15') }, o.anna);
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'The meeting starts in 10 minutes; its time and room are frozen 15 minutes before the start.',
    });
    const changed = await w.ok('bookings.update', { id: mine.booking.id, description: 'Bring the numbers.' }, o.anna);
    expect(changed.booking.description).toBe('Bring the numbers.');
  });

  it('allows only the description once the meeting has begun', async () => {
    const mine = await book('10:00', '11:00', o.anna);
    w.setNow(msk('2026-11-25T10:20'));
    const error = await w.fail('bookings.update', { id: mine.booking.id, title: 'New title' }, o.anna);
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', message: 'The meeting has begun; only its description can change.' });
    expect((await w.ok('bookings.update', { id: mine.booking.id, description: 'Notes' }, o.anna)).booking.description).toBe('Notes');
  });

  it('moves a booking to another room when that room is free', async () => {
    await book('10:00', '11:00', o.anna);
    const mine = await book('14:00', '15:00', o.boris);
    const moved = await w.ok('bookings.update', { id: mine.booking.id, roomId: o.yug, start: msk('2026-11-25T10:00'), end: msk('2026-11-25T11:00') }, o.boris);
    expect(moved.booking).toMatchObject({ roomId: o.yug, start: '2026-11-25T07:00:00.000Z' });
  });
});
