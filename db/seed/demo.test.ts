import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { ROLES, ROOM_TYPES } from '../../core/domain';
import { openTestDb, type TestDb } from '../testing';
import { DEFAULT_RULES, DEMO_USERS, planDemo, seedDemo, type DemoPlan } from './demo';

const NOW = new Date('2026-11-18T10:20:00.000Z');
/** Berlin leaves summer time on 2026-10-25: the two weeks around this moment straddle it. */
const AROUND_DST = new Date('2026-10-26T12:00:00.000Z');
const HASH = 'not-a-real-hash';
const MINUTE = 60_000;

/** Invariants every demo plan keeps, whatever `now` is. */
function checkInvariants(plan: DemoPlan, now: Date): void {
  const roomById = new Map(plan.rooms.map((r) => [r.id, r]));
  const officeById = new Map(plan.offices.map((o) => [o.id, o]));
  const occupying = plan.bookings.filter((b) => b.status === 'pending' || b.status === 'confirmed');

  for (const b of plan.bookings) {
    const room = roomById.get(b.roomId)!;
    const office = officeById.get(room.officeId)!;
    const start = DateTime.fromJSDate(b.startAt, { zone: office.timeZone });
    const end = DateTime.fromJSDate(b.endAt, { zone: office.timeZone });
    const minutes = (b.endAt.getTime() - b.startAt.getTime()) / MINUTE;
    expect(minutes).toBeGreaterThanOrEqual(30);
    expect(minutes).toBeLessThanOrEqual(120);
    expect(start.weekday).toBeLessThanOrEqual(5);
    expect(office.holidays).not.toContain(start.toISODate());
    expect(start.hour).toBeGreaterThanOrEqual(9);
    expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(19 * 60);
    expect(start.minute % 15).toBe(0);
    expect(Math.abs(b.startAt.getTime() - now.getTime())).toBeLessThanOrEqual(8 * 24 * 60 * MINUTE);
    expect(b.occupiedFrom?.getTime()).toBe(b.startAt.getTime() - 10 * MINUTE);
    expect(b.occupiedTo?.getTime()).toBe(b.endAt.getTime() + 10 * MINUTE);
    if (b.endAt <= now) expect(['completed', 'cancelled', 'released']).toContain(b.status);
    if (b.status === 'pending') {
      expect(room.requiresApproval).toBe(true);
      expect(b.holdExpiresAt!.getTime()).toBeGreaterThan(now.getTime());
    }
    const organizer = plan.users.find((u) => u.id === b.organizerId)!;
    if (room.allowedRoles) expect(room.allowedRoles).toContain(organizer.role);
  }

  for (const a of occupying) {
    for (const b of occupying) {
      if (a === b || a.roomId !== b.roomId) continue;
      const overlap = a.occupiedFrom! < b.occupiedTo! && b.occupiedFrom! < a.occupiedTo!;
      expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
    }
  }

  // Everyone can still book: nobody is at the maximum of active future bookings.
  for (const user of plan.users) {
    const active = occupying.filter((b) => b.organizerId === user.id && b.endAt > now).length;
    expect(active).toBeLessThan(DEFAULT_RULES.maxActivePerUser ?? Infinity);
  }
}

describe('the demo plan', () => {
  it('is the same for the same now, ids included, and different for another now', () => {
    expect(planDemo(NOW, HASH)).toEqual(planDemo(NOW, HASH));
    expect(planDemo(AROUND_DST, HASH).bookings).not.toEqual(planDemo(NOW, HASH).bookings);
  });

  it('keeps its invariants on an ordinary week and across a daylight-saving change', () => {
    checkInvariants(planDemo(NOW, HASH), NOW);
    checkInvariants(planDemo(AROUND_DST, HASH), AROUND_DST);
  });

  it('starts Berlin days at 09:00 local time on both sides of the clock change', () => {
    const plan = planDemo(AROUND_DST, HASH);
    const berlin = plan.offices.find((o) => o.name === 'Berlin')!;
    const berlinRooms = new Set(plan.rooms.filter((r) => r.officeId === berlin.id).map((r) => r.id));
    const utcHours = new Set(
      plan.bookings
        .filter((b) => berlinRooms.has(b.roomId))
        .map((b) => DateTime.fromJSDate(b.startAt, { zone: 'Europe/Berlin' }))
        .filter((t) => t.hour === 9 && t.minute === 0)
        .map((t) => t.toUTC().hour),
    );
    expect([...utcHours].sort()).toEqual([7, 8]);
  });
});

describe('seedDemo', () => {
  let dbs: TestDb[] = [];
  afterEach(async () => {
    await Promise.all(dbs.map((db) => db.cleanup()));
    dbs = [];
  });
  const fresh = async () => {
    const db = await openTestDb();
    dbs.push(db);
    return db;
  };

  it('loads two offices, rooms of several types and people of every role in both', async () => {
    const db = await fresh();
    const summary = await seedDemo(db, { now: NOW, passwordHash: HASH });
    expect(summary).toMatchObject({ seeded: true, offices: 2, users: DEMO_USERS.length });
    expect(summary.bookings).toBeGreaterThan(100);

    const { Office, Room, User, Booking, RuleSet, Amenity, RoomAmenity } = db.models;
    const offices = await Office.findAll({ order: [['name', 'ASC']] });
    expect(offices.map((o) => [o.name, o.timeZone])).toEqual([
      ['Berlin', 'Europe/Berlin'],
      ['Moscow', 'Europe/Moscow'],
    ]);
    const rooms = await Room.findAll({ include: ['office'] });
    expect(rooms.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rooms.map((r) => r.type)).size).toBeGreaterThanOrEqual(4);
    expect(rooms.every((r) => (ROOM_TYPES as readonly string[]).includes(r.type))).toBe(true);
    const moscow = rooms.filter((r) => r.office?.name === 'Moscow');
    expect(moscow.map((r) => r.name)).toEqual(expect.arrayContaining(['Север', 'Юг', 'Стекло']));
    expect(moscow.filter((r) => r.type === 'phone_booth')).toHaveLength(1);
    expect(moscow.filter((r) => r.requiresApproval)).toHaveLength(1);
    expect(moscow.filter((r) => r.allowedRoles?.includes('manager') && !r.allowedRoles.includes('employee'))).toHaveLength(1);
    expect(rooms.map((r) => r.capacity).every((c) => c >= 2 && c <= 40)).toBe(true);

    const users = await User.findAll({ include: ['office'] });
    for (const office of ['Moscow', 'Berlin']) {
      const roles = new Set(users.filter((u) => u.office?.name === office).map((u) => u.role));
      expect([...roles].sort()).toEqual([...ROLES].sort());
    }
    expect(users.every((u) => u.passwordHash === HASH && u.email.endsWith('@roomly.test'))).toBe(true);
    expect(users.map((u) => u.email)).toContain('anna.employee@roomly.test');

    const rules = await RuleSet.findAll();
    expect(rules.map((r) => [r.scopeKey, r.version])).toEqual([['global', 1]]);
    expect(rules[0]?.rules).toEqual(DEFAULT_RULES);
    expect(await Booking.count({ where: { ruleVersionId: rules[0]!.id } })).toBe(summary.bookings);
    expect(await Amenity.count()).toBeGreaterThanOrEqual(7);
    expect(await RoomAmenity.count()).toBeGreaterThan(0);
    const statuses = new Set((await Booking.findAll()).map((b) => b.status));
    expect([...statuses]).toEqual(expect.arrayContaining(['completed', 'cancelled', 'confirmed']));
  });

  it('does nothing when offices already exist', async () => {
    const db = await fresh();
    await seedDemo(db, { now: NOW, passwordHash: HASH });
    const before = await db.models.Booking.count();
    const again = await seedDemo(db, { now: new Date('2026-12-01T10:00:00Z'), passwordHash: HASH });
    expect(again.seeded).toBe(false);
    expect(await db.models.Booking.count()).toBe(before);
    expect(await db.models.Office.count()).toBe(2);
  });

  it('writes the same rows into two databases for the same now', async () => {
    const [a, b] = [await fresh(), await fresh()];
    await seedDemo(a, { now: NOW, passwordHash: HASH });
    await seedDemo(b, { now: NOW, passwordHash: HASH });
    const rows = async (db: TestDb) =>
      (await db.models.Booking.findAll({ order: [['id', 'ASC']], include: ['attendees'] })).map((x) => ({
        id: x.id,
        roomId: x.roomId,
        organizerId: x.organizerId,
        title: x.title,
        start: x.startAt.toISOString(),
        end: x.endAt.toISOString(),
        status: x.status,
        attendees: (x.attendees ?? []).map((t) => t.userId ?? t.email).sort(),
      }));
    expect(await rows(a)).toEqual(await rows(b));
  });
});
