import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

/**
 * Bookings over HTTP on a fixed clock (Monday 2026-11-23 08:00 in Berlin): two people pressing
 * "Book" at once never both win — on SQLite the check and the insert are one IMMEDIATE write, on
 * PostgreSQL the exclusion constraint backs the engine and its refusal is explained like the
 * engine's. Refusals reach HTTP as 409 or 422 with the violations and the alternatives.
 */
const NOW = new Date('2026-11-23T08:00:00+01:00');
let server: TestServer;
let admin: string;
let roomId: string;
let people: string[];

beforeAll(async () => {
  server = await startTestServer(() => NOW);
  const a = await server.addUser('admin');
  admin = await server.login(a.email, a.password);
  const office = (await server.call('offices.create', { name: 'Berlin', timeZone: 'Europe/Berlin' }, admin)).body.value;
  roomId = (await server.call('rooms.create', { officeId: office.id, name: 'Spree', capacity: 8 }, admin)).body.value.id;
  await server.call('rooms.create', { officeId: office.id, name: 'Havel', capacity: 8 }, admin);
  const users = [];
  for (let i = 0; i < 50; i++) users.push(await server.addUser('employee', `person${i}.${Date.now()}@roomly.test`));
  people = await Promise.all(users.map((u) => server.login(u.email, u.password)));
}, 120_000);
afterAll(() => server?.close());

const slot = (from: string, to: string, title = 'Planning') => ({
  roomId,
  start: `2026-11-25T${from}:00+01:00`,
  end: `2026-11-25T${to}:00+01:00`,
  title,
});

describe('bookings over HTTP', () => {
  it('gives exactly one of 50 parallel bookings of one slot, and 49 clear refusals', async () => {
    const answers = await Promise.all(people.map((token, i) => server.call('bookings.create', slot('10:00', '11:00', `Try ${i}`), token)));
    const won = answers.filter((a) => a.status === 200);
    const lost = answers.filter((a) => a.status !== 200);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const answer of lost) {
      expect(answer.status).toBe(409);
      expect(answer.body.error).toMatchObject({ code: 'CONFLICT', message: 'Spree is occupied 10:00–11:00.' });
      expect(answer.body.error.details.violations).toEqual([expect.objectContaining({ code: 'occupied', key: 'rules.occupied' })]);
      expect(answer.body.error.details.alternatives.length).toBeGreaterThan(0);
    }
    const [rows] = await server.db.sequelize.query(
      "SELECT COUNT(*) AS n FROM bookings WHERE status IN ('pending', 'confirmed') AND room_id = :roomId",
      { replacements: { roomId } },
    );
    expect(Number((rows as { n: number | string }[])[0]!.n)).toBe(1);
  });

  it('answers a broken rule with 422 RULE_VIOLATION naming it, with alternatives as ISO instants', async () => {
    const answer = await server.call('bookings.create', slot('14:00', '17:00'), people[1]);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'As an employee you may book Spree for at most 120 minutes; this meeting lasts 180.',
    });
    expect(answer.body.error.details.violations[0]).toMatchObject({ code: 'tooLong', params: { max: 120, minutes: 180 } });
    expect(answer.body.error.details.alternatives).toEqual([]);
  });

  it('answers cancelling someone else’s booking with 403', async () => {
    const mine = await server.call('bookings.create', slot('15:00', '16:00'), people[2]);
    expect(mine.status).toBe(200);
    const answer = await server.call('bookings.cancel', { id: mine.body.value.booking.id }, people[3]);
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('FORBIDDEN');
  });
});
