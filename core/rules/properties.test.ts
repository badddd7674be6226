import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Role } from '../domain';
import { decide, evaluate } from './engine';
import { occupancyOf, occupies, overlaps } from './occupancy';
import type { RulesPatch } from './schema';
import { block, makeRoom, request } from './testkit';
import type { BookingRequest, Decision, EngineRoom, EvaluateInput, Occupant } from './types';

/**
 * Invariants over random worlds: random rules and zones (two with daylight saving, one with a
 * half-hour offset), random blocks, random sequences of create / move / cancel / override /
 * walk-up requests applied through `evaluate`. The clock is fixed just before Europe's autumn
 * change, so many sequences cross it.
 */
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const NOW = new Date('2026-10-22T06:00:00Z');
const ZONES = ['Europe/Berlin', 'Europe/Moscow', 'Asia/Kolkata', 'America/New_York'];
const HOURS = {
  allDay: [['00:00', '24:00']],
  long: [['07:00', '12:00'], ['12:00', '21:30']],
  office: [['09:00', '19:00']],
} as const;

const arbWorld = fc.record({
  tz: fc.constantFrom(...ZONES),
  step: fc.constantFrom(5, 15, 30),
  buffers: fc.array(fc.record({ before: fc.integer({ min: 0, max: 15 }), after: fc.integer({ min: 0, max: 15 }) }), {
    minLength: 2,
    maxLength: 2,
  }),
  hours: fc.constantFrom(...(Object.keys(HOURS) as (keyof typeof HOURS)[])),
  approval: fc.boolean(),
});
type World = { rooms: EngineRoom[]; tz: string; step: number };

function buildWorld(w: ValueOf<typeof arbWorld>): World {
  const ranges = HOURS[w.hours].map((r) => [...r] as [string, string]);
  const workingHours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ranges]));
  const rooms = w.buffers.map((bufferMin, i) => {
    const rules: RulesPatch = { workingHours, stepMin: w.step, bufferMin, maxActivePerUser: null, holidays: ['2026-10-27'] };
    return makeRoom(`R${i}`, { timeZone: w.tz, rules, capacity: 6 + i * 4, requiresApproval: w.approval && i === 1 });
  });
  return { rooms, tz: w.tz, step: w.step };
}

/** Mostly a crowded office day (so requests collide), sometimes any minute of the next weeks. */
const arbSlot = fc.record({
  day: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 1 }), weight: 4 }, fc.integer({ min: -1, max: 16 })),
  minute: fc.oneof({ arbitrary: fc.integer({ min: 540, max: 1080 }), weight: 4 }, fc.integer({ min: 0, max: 1439 })),
  steps: fc.integer({ min: 1, max: 10 }),
});
type Slot = ValueOf<typeof arbSlot>;

const arbCommand = fc.record({
  kind: fc.constantFrom('create', 'create', 'create', 'move', 'cancel', 'override', 'walkUp'),
  room: fc.integer({ min: 0, max: 1 }),
  slot: arbSlot,
  pick: fc.nat(),
  role: fc.constantFrom<Role>('employee', 'manager', 'assistant', 'admin'),
  attendees: fc.integer({ min: 1, max: 9 }),
});
type Command = ValueOf<typeof arbCommand>;

const arbBlocks = fc.array(fc.record({ room: fc.integer({ min: 0, max: 1 }), slot: arbSlot }), { maxLength: 4 });

/** A local wall time on the grid (luxon shifts a time in a spring-forward gap forward). */
function slotSpan(world: World, s: Slot): { start: Date; end: Date } {
  const base = DateTime.fromMillis(NOW.getTime(), { zone: world.tz }).startOf('day').plus({ days: s.day });
  const minute = s.minute - (s.minute % world.step);
  const start = base.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
  return { start: start.toJSDate(), end: new Date(start.toMillis() + s.steps * world.step * 60_000) };
}

function inputFor(world: World, state: Occupant[], roomIndex: number, req: Omit<BookingRequest, 'roomId'>): EvaluateInput {
  const room = world.rooms[roomIndex]!;
  const of = (r: EngineRoom) => state.filter((o) => o.roomId === r.id);
  const candidates = world.rooms.filter((r) => r !== room).map((r) => ({ room: r, existing: of(r) }));
  return { room, existing: of(room), request: { ...req, roomId: room.id }, candidates };
}

/** Every alternative, tried with the same request, is accepted. */
function checkAlternatives(world: World, state: Occupant[], i: EvaluateInput, d: Decision) {
  if (d.ok) return;
  expect(d.alternatives.length).toBeLessThanOrEqual(3);
  for (const alt of d.alternatives) {
    const roomIndex = world.rooms.findIndex((r) => r.id === alt.roomId);
    const retry = evaluate(inputFor(world, state, roomIndex, { ...i.request, start: alt.start, end: alt.end }), NOW);
    expect(retry.ok, `alternative ${alt.kind} ${alt.start.toISOString()} refused`).toBe(true);
    expect(alt.end.getTime() - alt.start.getTime()).toBe(i.request.end.getTime() - i.request.start.getTime());
  }
}

function noOverlaps(state: Occupant[]) {
  const live = state.filter((o) => occupies(o, NOW.getTime()));
  for (const [i, a] of live.entries()) {
    for (const b of live.slice(i + 1)) {
      if (a.roomId !== b.roomId || (a.kind === 'block' && b.kind === 'block')) continue;
      expect(overlaps(occupancyOf(a), occupancyOf(b)), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

let serial = 0;
function applyCommand(world: World, state: Occupant[], c: Command): Occupant[] {
  const bookings = state.filter((o) => o.kind === 'booking' && occupies(o, NOW.getTime()));
  const target = bookings.length ? bookings[c.pick % bookings.length]! : null;
  if (c.kind === 'cancel') {
    return target ? state.map((o) => (o === target ? { ...o, status: 'cancelled' as const } : o)) : state;
  }
  const moving = c.kind === 'move' ? target : null;
  if (c.kind === 'move' && !moving) return state;
  // An override aims at an existing booking's time, so that it displaces something.
  const aimed = c.kind === 'override' ? target : moving;
  const roomIndex = aimed ? world.rooms.findIndex((r) => r.id === aimed.roomId) : c.room;
  let { start, end } = slotSpan(world, c.slot);
  if (c.kind === 'walkUp') [start, end] = [NOW, new Date(NOW.getTime() + c.slot.steps * world.step * 60_000)];
  if (c.kind === 'override' && target) [start, end] = [target.start, target.end];
  const role: Role = c.kind === 'override' ? 'admin' : c.role;
  const req = request(world.rooms[roomIndex]!, start, end, {
    role,
    organizerId: `u${c.pick % 5}`,
    attendeeCount: c.attendees,
    ignoreBookingId: moving?.id,
    isWalkUp: c.kind === 'walkUp',
    override: c.kind === 'override' ? { reason: 'Board meeting' } : undefined,
  });
  const i = inputFor(world, state, roomIndex, req);
  const d = evaluate(i, NOW);
  checkAlternatives(world, state, i, d);
  if (!d.ok) return state;
  const displaced = new Set(d.displaced.map((o) => o.id));
  const kept = state
    .filter((o) => o !== moving)
    .map((o) => (displaced.has(o.id) && o.kind === 'booking' ? { ...o, status: 'cancelled' as const } : o));
  const added: Occupant = {
    kind: 'booking',
    id: moving?.id ?? `n${serial++}`,
    roomId: i.room.id,
    start,
    end,
    bufferBeforeMin: d.bufferBeforeMin,
    bufferAfterMin: d.bufferAfterMin,
    status: d.status,
    holdExpiresAt: d.holdExpiresAt,
  };
  return [...kept, added];
}

function initialState(world: World, blocks: ValueOf<typeof arbBlocks>): Occupant[] {
  return blocks.map((b, n) => {
    const { start, end } = slotSpan(world, b.slot);
    return { ...block(world.rooms[b.room]!, start, end), id: `block${n}` };
  });
}

describe('engine invariants (property tests)', () => {
  it('random sequences never leave two occupying bookings of a room overlapping, and every alternative is accepted', () => {
    fc.assert(
      fc.property(arbWorld, arbBlocks, fc.array(arbCommand, { minLength: 1, maxLength: 25 }), (w, blocks, commands) => {
        const world = buildWorld(w);
        let state = initialState(world, blocks);
        for (const c of commands) {
          state = applyCommand(world, state, c);
          noOverlaps(state);
        }
      }),
      { numRuns: 300 },
    );
  });

  const arbScenario = fc.record({
    world: arbWorld,
    blocks: arbBlocks,
    commands: fc.array(arbCommand, { maxLength: 12 }),
    a: arbCommand,
    b: arbCommand,
  });
  const settle = (s: ValueOf<typeof arbScenario>) => {
    const world = buildWorld(s.world);
    const state = s.commands.reduce((acc, c) => applyCommand(world, acc, c), initialState(world, s.blocks));
    return { world, state };
  };
  const plainRequest = (world: World, c: Command, n: string) => ({
    ...request(world.rooms[c.room]!, slotSpan(world, c.slot).start, slotSpan(world, c.slot).end, { role: c.role }),
    organizerId: n,
  });

  it('does not depend on the order of existing occupants or candidate rooms, and never changes its input', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { world, state } = settle(s);
        const i = inputFor(world, state, s.a.room, plainRequest(world, s.a, 'x'));
        const before = structuredClone(i);
        const reversed = { ...i, existing: [...i.existing].reverse(), candidates: [...(i.candidates ?? [])].reverse() };
        expect(evaluate(reversed, NOW)).toEqual(evaluate(i, NOW));
        expect(i).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('two requests accepted one after the other are also accepted in the other order', () => {
    let bothAccepted = 0;
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { world, state } = settle({ ...s, world: { ...s.world, hours: 'allDay' } });
        const accept = (st: Occupant[], c: Command, id: string) => {
          const i = inputFor(world, st, c.room, { ...plainRequest(world, c, id), actor: { userId: id, role: 'manager' } });
          const d = decide(i, NOW);
          if (!d.ok) return null;
          const o: Occupant = { ...block(i.room, i.request.start, i.request.end), kind: 'booking', id };
          return [...st, { ...o, bufferBeforeMin: d.bufferBeforeMin, bufferAfterMin: d.bufferAfterMin, status: d.status }];
        };
        const ab = accept(state, s.a, 'A');
        if (!ab || !accept(ab, s.b, 'B')) return;
        bothAccepted++;
        const ba = accept(state, s.b, 'B');
        expect(ba).not.toBeNull();
        expect(accept(ba!, s.a, 'A')).not.toBeNull();
      }),
      { numRuns: 400 },
    );
    expect(bothAccepted).toBeGreaterThan(30);
  });

  it('a request refused without an override stays refused when more occupants arrive', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { world, state } = settle(s);
        const i = inputFor(world, state, s.a.room, plainRequest(world, s.a, 'x'));
        if (decide(i, NOW).ok) return;
        const room = world.rooms[s.b.room]!;
        const extra = block(room, slotSpan(world, s.b.slot).start, slotSpan(world, s.b.slot).end);
        expect(decide(inputFor(world, [...state, extra], s.a.room, i.request), NOW).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
