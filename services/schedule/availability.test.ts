import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accepts, bruteRoomSlots, bruteRooms, commonFree, everything } from './bruteForce';
import { MIN, NOW, ORIGIN, randomWorld, SPAN_DAYS } from './testWorld';

/**
 * availability.rooms and availability.common against brute force on random worlds (two offices,
 * one with a daylight-saving change inside the data), through the dispatcher on the real store.
 */
const RUNS = 20;
/** Each run builds a world on the real store: PostgreSQL needs more than the default time. */
const SLOW = 240_000;
/** How many runs had something to compare: a property that only ever compared empty lists proves nothing. */
const seen = { fits: 0, misses: 0, windows: 0, slots: 0 };

const roomQuery = fc.record({
  seed: fc.integer(),
  startQuarter: fc.integer({ min: 0, max: SPAN_DAYS * 96 - 8 }),
  quarters: fc.integer({ min: 1, max: 8 }),
  seats: fc.integer({ min: 1, max: 3 }),
  amenity: fc.constantFrom(undefined, 'projector', 'video'),
  who: fc.nat(),
  byOffice: fc.boolean(),
  /**
   * Half the runs ask for a weekday afternoon on the half hour (Friday, Monday or Tuesday around
   * the Berlin clock change), where rooms are open and on every random grid, so that runs which
   * find rooms are common rather than left to chance.
   */
  open: fc.option(fc.record({ day: fc.constantFrom(0, 3, 4), hour: fc.integer({ min: 10, max: 14 }), quarters: fc.constantFrom(2, 4) }), { freq: 2 }),
});

describe('availability.rooms', () => {
  it('lists exactly the rooms the engine accepts, and every other visible room with its reasons', async () => {
    await fc.assert(
      fc.asyncProperty(roomQuery, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          const user = w.users[q.who % w.users.length]!;
          // Mostly after the clock (a start in the past refuses every room), on the quarter hour.
          const start = q.open
            ? Date.UTC(2026, 2, 27 + q.open.day, q.open.hour)
            : NOW.getTime() - 2 * 60 * MIN + (q.startQuarter % (5 * 96)) * 15 * MIN;
          const end = start + (q.open?.quarters ?? q.quarters) * 15 * MIN;
          const officeId = q.byOffice ? w.offices[0]!.id : undefined;
          const amenities = q.amenity ? [q.amenity] : undefined;
          const input = { start: new Date(start).toISOString(), end: new Date(end).toISOString(), capacity: q.seats, amenities, officeId, includeNearMisses: true };
          const got = await w.value('availability.rooms', input, user.id);
          const caller = { kind: 'user' as const, userId: user.id, role: user.role, officeId: user.officeId };
          const rooms = await bruteRooms(w.db, caller, { officeId }, start, end);
          const fits: string[] = [];
          const misses: { id: string; codes: string[] }[] = [];
          for (const r of rooms) {
            const d = accepts(r, caller, start, end - start, q.seats, NOW);
            const missing = (amenities ?? []).filter((a) => !r.engine.amenities.includes(a));
            if (d.ok && missing.length === 0) fits.push(`${r.engine.id}:${d.status}`);
            else misses.push({ id: r.engine.id, codes: [...(d.ok ? [] : d.violations.map((v) => v.code)), ...(missing.length ? ['missingAmenities'] : [])] });
          }
          expect(got.rooms.map((f: any) => `${f.room.id}:${f.status}`).sort()).toEqual(fits.sort());
          expect(got.nearMisses.map((m: any) => ({ id: m.room.id, codes: m.reasons.map((r: any) => r.code) })).sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual(
            misses.sort((a, b) => a.id.localeCompare(b.id)),
          );
          seen.fits += got.rooms.length;
          seen.misses += got.nearMisses.length;
          const capacities = got.rooms.map((f: any) => f.room.capacity);
          expect(capacities).toEqual([...capacities].sort((a, b) => a - b));
        } finally {
          await w.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.fits).toBeGreaterThan(0);
    expect(seen.misses).toBeGreaterThan(0);
  }, SLOW);
});

const commonQuery = fc.record({
  seed: fc.integer(),
  fromQuarter: fc.integer({ min: 0, max: (SPAN_DAYS - 3) * 96 }),
  hours: fc.integer({ min: 2, max: 72 }),
  durationMin: fc.constantFrom(5, 30, 60, 125),
  people: fc.integer({ min: 1, max: 3 }),
  who: fc.nat(),
});

describe('availability.common', () => {
  it('finds exactly the stretches when everyone is free and working, however long, and none before the clock (2026-03-27 09:00 UTC)', async () => {
    await fc.assert(
      fc.asyncProperty(commonQuery, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          const from = ORIGIN + q.fromQuarter * 15 * MIN;
          const to = from + q.hours * 60 * MIN;
          const userIds = w.users.slice(0, q.people).map((u) => u.id);
          const input = { userIds, from: new Date(from).toISOString(), to: new Date(to).toISOString(), durationMin: q.durationMin };
          const answer = { value: await w.value('availability.common', input, w.users[q.who % w.users.length]!.id) };
          const expected = from < to && NOW.getTime() < to ? await commonFree(w.db, await everything(w.db), userIds, Math.max(from, NOW.getTime()), to, q.durationMin * MIN) : [];
          seen.windows += expected.length;
          expect(answer.value.slots).toEqual(expected.map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString(), room: null })));
        } finally {
          await w.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.windows).toBeGreaterThan(0);
  }, SLOW);

  it('with a room, covers those stretches by runs of starts the engine accepts in one room', async () => {
    await fc.assert(
      fc.asyncProperty(commonQuery, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          // After the clock, and a length on every grid, so that the engine has starts to accept.
          const from = NOW.getTime() + (q.fromQuarter % (3 * 96)) * 15 * MIN;
          const to = from + Math.min(q.hours, 30) * 60 * MIN;
          const durationMin = q.durationMin % 60 === 0 || q.durationMin === 30 ? q.durationMin : 30;
          const userIds = w.users.slice(0, q.people).map((u) => u.id);
          const asker = w.users[q.who % w.users.length]!;
          const input = { userIds, from: new Date(from).toISOString(), to: new Date(to).toISOString(), durationMin, needRoom: true };
          const answer = { value: await w.value('availability.common', input, asker.id) };
          const windows = await commonFree(w.db, await everything(w.db), userIds, from, to, durationMin * MIN);
          const caller = { kind: 'user' as const, userId: asker.id, role: asker.role, officeId: asker.officeId };
          const rooms = (await bruteRooms(w.db, caller, {}, from, to)).filter((r) => r.engine.status === 'active');
          const expected = bruteRoomSlots(windows, rooms, caller, durationMin * MIN, userIds.length, NOW);
          seen.slots += expected.length;
          expect(answer.value.slots.map((s: any) => ({ start: s.start, end: s.end, roomId: s.room.id }))).toEqual(expected);
        } finally {
          await w.close();
        }
      }),
      { numRuns: 20 },
    );
    expect(seen.slots).toBeGreaterThan(0);
  }, SLOW);
});
