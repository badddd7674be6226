import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msk, openWorld, type World } from './testWorld';

/**
 * The article's Wednesday, through the services on the real store. Three rooms: «Север», «Юг» and
 * «Стекло». Employees book 30 minutes to 2 hours, managers up to 3 hours but only 2 in «Стекло»
 * (kept for client calls); 10-minute buffers before and after; «Стекло» is closed for maintenance
 * every day 12:00–12:30. On Wednesday 25 November 2026 a manager moves the sales review from
 * 15:00 to 14:00: the refusal names each reason and offers alternatives, each of which holds.
 */
let w: World;
const ids = {} as Record<'office' | 'sever' | 'yug' | 'steklo' | 'maria' | 'anna' | 'grigory' | 'egor' | 'review', string>;
const guests = ['a@client.example', 'b@client.example', 'c@client.example', 'd@client.example', 'e@client.example'];

beforeEach(async () => {
  w = await openWorld(msk('2026-11-25T08:30'));
  ids.office = await w.office('Moscow', 'Europe/Moscow');
  ids.sever = await w.room(ids.office, 'Север', { capacity: 10, floor: 3 });
  ids.yug = await w.room(ids.office, 'Юг', { capacity: 8, floor: 2 });
  ids.steklo = await w.room(ids.office, 'Стекло', { capacity: 6, floor: 3, amenities: ['video'] });
  ids.maria = await w.user('manager', ids.office, 'Maria');
  ids.anna = await w.user('employee', ids.office, 'Anna');
  ids.grigory = await w.user('facility_manager', ids.office, 'Grigory');
  ids.egor = await w.user('admin', null, 'Egor');
  const global = { stepMin: 5, durationMin: { min: 30, max: 120 }, byRole: { manager: { durationMin: { max: 180 } } } };
  await w.setRules({ level: 'global' }, global, ids.egor);
  await w.setRules({ level: 'room', roomId: ids.steklo }, { byRole: { manager: { durationMin: { max: 120 } } } }, ids.grigory);
  const daily = { roomId: ids.steklo, start: msk('2026-11-23T12:00'), end: msk('2026-11-23T12:30'), rrule: 'FREQ=DAILY;COUNT=14' };
  await w.ok('blocks.create', { ...daily, reason: 'Maintenance' }, ids.grigory);
  const book = async (roomId: string, from: string, to: string, title: string, as: string, attendeeEmails: string[] = []) =>
    (await w.ok('bookings.create', { roomId, start: msk(`2026-11-25T${from}`), end: msk(`2026-11-25T${to}`), title, attendeeEmails }, as)).booking.id;
  await book(ids.sever, '13:00', '14:00', 'Product sync', ids.anna);
  ids.review = await book(ids.sever, '15:00', '18:00', 'Sales review', ids.maria, guests);
  await book(ids.yug, '10:00', '11:30', 'Stand-up', ids.grigory);
  await book(ids.steklo, '14:30', '15:30', 'Client call', ids.grigory);
});
afterEach(() => w.close());

type Alternative = { roomId: string; roomName: string; start: string; end: string; kind: string };
const local = (iso: string) => new Date(new Date(iso).getTime() + 3 * 3600_000).toISOString().slice(11, 16);
const describeAlt = (a: Alternative) => `${a.roomName} ${local(a.start)}–${local(a.end)} ${a.kind}`;

async function eachHolds(alternatives: Alternative[]) {
  for (const a of alternatives) {
    const tried = await w.dryRun(() => w.call('bookings.update', { id: ids.review, roomId: a.roomId, start: a.start, end: a.end }, ids.maria));
    expect(tried.ok, `${describeAlt(a)}: ${JSON.stringify(tried)}`).toBe(true);
  }
}

describe('the article’s Wednesday: the sales review moves from 15:00 to 14:00', () => {
  it('in «Север»: refused for the product sync and its buffer until 14:10; «Юг» at 14:00 is offered first', async () => {
    const error = await w.fail('bookings.update', { id: ids.review, start: msk('2026-11-25T14:00'), end: msk('2026-11-25T17:00') }, ids.maria);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Север is occupied 13:00–14:00 plus a 10-minute buffer after it and the 10-minute buffer before yours.');
    const alternatives = (error.details as { alternatives: Alternative[] }).alternatives;
    expect(alternatives.map(describeAlt)).toEqual([
      'Юг 14:00–17:00 other_room',
      'Север 14:20–17:20 same_room_later',
      'Север 09:40–12:40 same_room_earlier',
    ]);
    await eachHolds(alternatives);
  });

  it('in «Стекло»: refused for the manager’s two-hour limit there and the client call; only «Юг» fits', async () => {
    const error = await w.fail('bookings.update', { id: ids.review, roomId: ids.steklo, start: msk('2026-11-25T14:00'), end: msk('2026-11-25T17:00') }, ids.maria);
    expect(error.code).toBe('RULE_VIOLATION');
    const details = error.details as { violations: { code: string; message: string }[]; alternatives: Alternative[] };
    expect(details.violations.map((v) => v.message)).toEqual([
      'As a manager you may book Стекло for at most 120 minutes; this meeting lasts 180.',
      'Стекло is occupied 14:30–15:30.',
    ]);
    expect(details.alternatives.map(describeAlt)).toEqual(['Юг 14:00–17:00 other_room']);
    await eachHolds(details.alternatives);
  });

  it('in «Стекло» over lunch: the maintenance block is named and the alternatives step around it', async () => {
    const input = { roomId: ids.steklo, start: msk('2026-11-25T12:00'), end: msk('2026-11-25T13:00'), title: 'Lunch call', attendeeEmails: guests };
    const error = await w.fail('bookings.create', input, ids.anna);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Стекло is blocked 12:00–12:30 (Maintenance).' });
    const alternatives = (error.details as { alternatives: Alternative[] }).alternatives;
    // «Север» is not offered: its product sync at 13:00 needs the 10 minutes before it.
    expect(alternatives.map(describeAlt)).toEqual([
      'Юг 12:00–13:00 other_room',
      'Стекло 12:40–13:40 same_room_later',
      'Стекло 10:50–11:50 same_room_earlier',
    ]);
    for (const a of alternatives) {
      const tried = await w.dryRun(() => w.call('bookings.create', { ...input, roomId: a.roomId, start: a.start, end: a.end }, ids.anna));
      expect(tried.ok, describeAlt(a)).toBe(true);
    }
  });

  it('accepts the first alternative: «Юг» 14:00–17:00, confirmed, with the buffers of the rules', async () => {
    const moved = await w.ok('bookings.update', { id: ids.review, roomId: ids.yug, start: msk('2026-11-25T14:00'), end: msk('2026-11-25T17:00') }, ids.maria);
    expect(moved.booking).toMatchObject({ roomId: ids.yug, status: 'confirmed', bufferBeforeMin: 10, bufferAfterMin: 10 });
  });
});
