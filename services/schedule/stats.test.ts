import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../core/domain';
import { loadRoomRow } from '../bookings/load';
import { everything, t, type Everything } from './bruteForce';
import { MIN, ORIGIN, randomWorld, SPAN_DAYS, type World } from './testWorld';

/**
 * stats.global and stats.user against brute force on random worlds: every counted booking read
 * through the models, clipped by hand, its minutes split at local hours by luxon. The ranges cut
 * through days, quarter hours and the daylight-saving change, so rollups and raw rows both count.
 */
const RUNS = 20;
/** Each run builds a world on the real store: PostgreSQL needs more than the default time. */
const SLOW = 240_000;
const COUNTED = new Set(['pending', 'confirmed', 'released', 'completed']);
const seen = { hours: 0, rooms: 0, people: 0 };
const minutes = (ms: number) => Math.round(ms / 600) / 100;
const ratio = (a: number, b: number, digits = 4) => (b > 0 ? Math.round((a / b) * 10 ** digits) / 10 ** digits : null);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const range = fc.record({
  seed: fc.integer(),
  fromMinute: fc.integer({ min: -600, max: SPAN_DAYS * 1440 }),
  lengthMinutes: fc.integer({ min: 1, max: 9 * 1440 }),
  byOffice: fc.boolean(),
  person: fc.nat(),
});

function splitHours(hours: number[], start: number, end: number, tz: string) {
  for (let s = start; s < end; ) {
    const local = DateTime.fromMillis(s, { zone: tz });
    const next = Math.min(end, local.startOf('hour').plus({ hours: 1 }).toMillis(), Math.floor(s / (15 * MIN)) * 15 * MIN + 15 * MIN);
    hours[local.hour]! += next - s;
    s = next;
  }
}

function workingMs(rules: { workingHours: Record<string, [string, string][]>; holidays: string[] }, tz: string, from: number, to: number) {
  let total = 0;
  for (let d = DateTime.fromMillis(from, { zone: tz }).startOf('day').minus({ days: 1 }); d.toMillis() < to; d = d.plus({ days: 1 })) {
    const date = d.toISODate()!;
    if (rules.holidays.includes(date)) continue;
    for (const [a, b] of rules.workingHours[WEEKDAYS[d.weekday - 1]!] ?? []) {
      const s = DateTime.fromISO(`${date}T${a}`, { zone: tz }).toMillis();
      const e = b === '24:00' ? d.plus({ days: 1 }).toMillis() : DateTime.fromISO(`${date}T${b}`, { zone: tz }).toMillis();
      total += Math.max(0, Math.min(e, to) - Math.max(s, from));
    }
  }
  return total;
}

async function bruteGlobal(w: World, all: Everything, from: number, to: number, officeId: string | null) {
  const rooms = (await w.db.models.Room.findAll()).filter((r) => !officeId || r.officeId === officeId);
  const offices = new Map((await w.db.models.Office.findAll()).map((o) => [o.id, o]));
  const users = new Map((await w.db.models.User.findAll()).map((u) => [u.id, u.name]));
  const hours = new Array<number>(24).fill(0);
  const perRoom = new Map<string, { n: number; ms: number; released: number; attended: number; heads: number }>();
  const perOrganizer = new Map<string, { n: number; ms: number }>();
  for (const b of all.bookings) {
    const room = rooms.find((r) => r.id === b.roomId);
    if (!room || !COUNTED.has(b.status) || !(t(b.startAt) < to && t(b.endAt) > from)) continue;
    const [s, e] = [Math.max(t(b.startAt), from), Math.min(t(b.endAt), to)];
    splitHours(hours, s, e, offices.get(room.officeId)!.timeZone);
    const r = perRoom.get(room.id) ?? { n: 0, ms: 0, released: 0, attended: 0, heads: 0 };
    const released = b.status === 'released';
    perRoom.set(room.id, {
      n: r.n + 1, ms: r.ms + e - s, released: r.released + (released ? 1 : 0),
      attended: r.attended + (!released && (b.status === 'completed' || b.checkInAt) ? 1 : 0),
      heads: r.heads + 1 + (all.attendees.get(b.id)?.length ?? 0) + (all.guests.get(b.id) ?? 0),
    });
    const o = perOrganizer.get(b.organizerId) ?? { n: 0, ms: 0 };
    perOrganizer.set(b.organizerId, { n: o.n + 1, ms: o.ms + e - s });
  }
  const usage = [];
  for (const room of rooms) {
    const r = perRoom.get(room.id);
    if (room.status === 'retired' && !r) continue;
    const loaded = await loadRoomRow(w.db, room);
    const working = workingMs(loaded.engine.rules, loaded.engine.timeZone, from, to);
    const n = r?.n ?? 0;
    usage.push({
      roomId: room.id, name: room.name, officeId: room.officeId, capacity: room.capacity, bookings: n, bookedMinutes: minutes(r?.ms ?? 0),
      workingMinutes: minutes(working), utilization: ratio(r?.ms ?? 0, working), released: r?.released ?? 0, attended: r?.attended ?? 0,
      noShowRate: ratio(r?.released ?? 0, (r?.released ?? 0) + (r?.attended ?? 0)), averageAttendees: ratio(r?.heads ?? 0, n, 2),
      averageFill: ratio(r?.heads ?? 0, n * room.capacity), office: offices.get(room.officeId)!.name,
    });
  }
  usage.sort((a, b) => cmp(a.office, b.office) || cmp(a.name, b.name) || cmp(a.roomId, b.roomId));
  return {
    busiestHours: hours.map((ms, hour) => ({ hour, ms })).filter((h) => h.ms > 0).sort((a, b) => b.ms - a.ms || a.hour - b.hour).slice(0, 5).map((h) => ({ hour: h.hour, minutes: minutes(h.ms) })),
    topOrganizers: [...perOrganizer].map(([id, o]) => ({ userId: id, name: users.get(id)!, bookings: o.n, minutes: minutes(o.ms) }))
      .sort((a, b) => b.bookings - a.bookings || cmp(a.name, b.name) || cmp(a.userId, b.userId)).slice(0, 10),
    topRooms: usage.filter((u) => u.bookings > 0).sort((a, b) => b.bookings - a.bookings || cmp(a.name, b.name) || cmp(a.roomId, b.roomId)).slice(0, 10)
      .map((u) => ({ roomId: u.roomId, name: u.name, officeId: u.officeId, bookings: u.bookings, minutes: u.bookedMinutes })),
    rooms: usage.map(({ office: _office, ...u }) => u),
  };
}

function bruteUser(all: Everything, names: Map<string, string>, rooms: Map<string, { name: string; officeId: string }>, userId: string, from: number, to: number) {
  const byRoom = new Map<string, { n: number; ms: number }>();
  const byPerson = new Map<string, { n: number; ms: number }>();
  for (const b of all.bookings) {
    const people = new Set([b.organizerId, ...(all.attendees.get(b.id) ?? [])]);
    if (!people.has(userId) || !COUNTED.has(b.status) || !(t(b.startAt) < to && t(b.endAt) > from)) continue;
    const ms = Math.min(t(b.endAt), to) - Math.max(t(b.startAt), from);
    const r = byRoom.get(b.roomId) ?? { n: 0, ms: 0 };
    byRoom.set(b.roomId, { n: r.n + 1, ms: r.ms + ms });
    for (const p of [...people].filter((id) => id !== userId)) {
      const c = byPerson.get(p) ?? { n: 0, ms: 0 };
      byPerson.set(p, { n: c.n + 1, ms: c.ms + ms });
    }
  }
  return {
    rooms: [...byRoom].map(([id, r]) => ({ roomId: id, name: rooms.get(id)!.name, officeId: rooms.get(id)!.officeId, bookings: r.n, minutes: minutes(r.ms) }))
      .sort((a, b) => b.bookings - a.bookings || cmp(a.name, b.name) || cmp(a.roomId, b.roomId)).slice(0, 10),
    people: [...byPerson].map(([id, p]) => ({ userId: id, name: names.get(id)!, meetings: p.n, minutes: minutes(p.ms) }))
      .sort((a, b) => b.meetings - a.meetings || cmp(a.name, b.name) || cmp(a.userId, b.userId)).slice(0, 10),
  };
}

describe('statistics', () => {
  it('stats.global equals counting every booking by hand', async () => {
    await fc.assert(
      fc.asyncProperty(range, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          const from = ORIGIN + q.fromMinute * MIN;
          const to = from + q.lengthMinutes * MIN;
          const officeId = q.byOffice ? w.offices[1]!.id : null;
          const input = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), ...(officeId ? { officeId } : {}) };
          const got = await w.value('stats.global', input, w.users[0]!.id);
          const expected = await bruteGlobal(w, await everything(w.db), from, to, officeId);
          seen.hours += expected.busiestHours.length;
          seen.rooms += expected.topRooms.length;
          expect(got).toEqual({ from: input.from, to: input.to, officeId, ...expected });
        } finally {
          await w.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.hours).toBeGreaterThan(0);
    expect(seen.rooms).toBeGreaterThan(0);
  }, SLOW);

  it('stats.user equals counting the person\'s meetings by hand', async () => {
    await fc.assert(
      fc.asyncProperty(range, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          const from = ORIGIN + q.fromMinute * MIN;
          const to = from + q.lengthMinutes * MIN;
          const person = w.users[q.person % w.users.length]!;
          const input = { userId: person.id, from: new Date(from).toISOString(), to: new Date(to).toISOString() };
          const got = await w.value('stats.user', input, person.id);
          const names = new Map((await w.db.models.User.findAll()).map((u) => [u.id, u.name]));
          const rooms = new Map((await w.db.models.Room.findAll()).map((r) => [r.id, { name: r.name, officeId: r.officeId }]));
          const expected = bruteUser(await everything(w.db), names, rooms, person.id, from, to);
          seen.people += expected.people.length;
          expect(got).toEqual({ userId: person.id, from: input.from, to: input.to, ...expected });
        } finally {
          await w.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.people).toBeGreaterThan(0);
  }, SLOW);
});
