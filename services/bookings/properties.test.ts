import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moscowOffice, msk, openWorld, type World } from './testWorld';

/**
 * Invariants through the services on the real store: random sequences of create, reschedule,
 * cancel and priority override (Wednesday 2026-11-25, two rooms, 10-minute buffers, a 15-minute
 * grid) never leave two occupying bookings of one room overlapping — checked with a query on the
 * stored occupancy — and every alternative a refusal offers is accepted when tried.
 */
type Command =
  | { kind: 'create'; who: number; room: number; slot: number; quarters: number }
  | { kind: 'update'; pick: number; room: number; slot: number; quarters: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'override'; room: number; slot: number; quarters: number };

const slot = fc.integer({ min: 0, max: 38 });
const quarters = fc.integer({ min: 1, max: 8 });
const room = fc.integer({ min: 0, max: 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), who: fc.integer({ min: 0, max: 2 }), room, slot, quarters }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), room, slot, quarters }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('override' as const), room, slot, quarters }),
);

/** Quarter `n` after 09:00 on Wednesday, Moscow time. */
const at = (n: number) => new Date(new Date(msk('2026-11-25T09:00')).getTime() + n * 15 * 60_000).toISOString();

const OVERLAPS = `SELECT a.id AS a, b.id AS b FROM bookings a JOIN bookings b
  ON a.room_id = b.room_id AND a.id < b.id
  WHERE a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')
    AND a.occupied_from < b.occupied_to AND b.occupied_from < a.occupied_to`;

interface Setup {
  w: World;
  rooms: string[];
  people: string[];
  admin: string;
  made: { id: string; by: string }[];
}

async function setUp(): Promise<Setup> {
  const w = await openWorld(msk('2026-11-23T08:00'));
  const o = await moscowOffice(w);
  await w.setRules({ level: 'global' }, { maxActivePerUser: null }, o.egor);
  return { w, rooms: [o.sever, o.yug], people: [o.anna, o.boris, o.maria], admin: o.egor, made: [] };
}

type Answer = Awaited<ReturnType<World['call']>>;

/** Every alternative of a refusal, tried in a write that is rolled back, must be accepted. */
async function alternativesHold(s: Setup, answer: Answer, retry: (alt: { roomId: string; start: string; end: string }) => Promise<Answer>) {
  if (answer.ok) return;
  const alternatives = (answer.error.details?.['alternatives'] ?? []) as { roomId: string; start: string; end: string }[];
  for (const { roomId, start, end } of alternatives) {
    const alt = { roomId, start, end };
    const tried = await s.w.dryRun(() => retry(alt));
    expect(tried.ok, `alternative ${JSON.stringify(alt)} was refused: ${JSON.stringify(tried)}`).toBe(true);
  }
}

async function run(s: Setup, c: Command): Promise<void> {
  const { w } = s;
  if (c.kind === 'create' || c.kind === 'override') {
    const who = c.kind === 'create' ? s.people[c.who]! : s.admin;
    const input = {
      roomId: s.rooms[c.room]!,
      start: at(c.slot),
      end: at(c.slot + c.quarters),
      title: c.kind,
      ...(c.kind === 'override' ? { override: { reason: 'Priority' } } : {}),
    };
    const answer = await w.call('bookings.create', input, who);
    if (answer.ok) s.made.push({ id: answer.value.booking.id, by: who });
    await alternativesHold(s, answer, (alt) => w.call('bookings.create', { ...input, ...alt }, who));
    return;
  }
  const target = s.made[c.pick % Math.max(1, s.made.length)];
  if (!target) return;
  if (c.kind === 'cancel') {
    await w.call('bookings.cancel', { id: target.id, reason: 'Random cancel' }, target.by);
    return;
  }
  const input = { id: target.id, roomId: s.rooms[c.room]!, start: at(c.slot), end: at(c.slot + c.quarters) };
  const answer = await w.call('bookings.update', input, target.by);
  await alternativesHold(s, answer, (alt) => w.call('bookings.update', { ...input, ...alt }, target.by));
}

describe('random sequences of bookings', () => {
  it('never leave two occupying bookings of one room overlapping, and every alternative holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const s = await setUp();
        try {
          for (const c of commands) {
            await run(s, c);
            const [rows] = await s.w.db.sequelize.query(OVERLAPS);
            expect(rows, `after ${JSON.stringify(c)}`).toEqual([]);
          }
        } finally {
          await s.w.close();
        }
      }),
      { numRuns: Number(process.env.ROOMLY_PROPERTY_RUNS ?? 25) },
    );
  }, 180_000);
});
