import { v7 as uuidv7 } from 'uuid';
import type { Caller, Role } from '../../core/domain';
import { createDispatcher, type Dispatch } from '../../core/dispatcher';
import type { Envelope } from '../../core/errors';
import { ROLES } from '../../core/domain';
import { openTestDb, type TestDb } from '../../db/testing';
import { seededRandom } from '../../db/seed/demo';
import { createStore, handlers } from '../index';

/**
 * Small random worlds for the schedule property tests: two offices (Berlin, with daylight saving
 * time changing on 2026-03-29, and Tokyo, without), random rules per scope, rooms, people,
 * bookings of every status (some a day long, some across midnight or the clock change), blocks,
 * and a few later writes, so the database's triggers have moved rows too. The clock is fixed.
 */
export const NOW = new Date('2026-03-27T09:00:00.000Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** Bookings fall in [ORIGIN, ORIGIN + SPAN_DAYS). */
export const ORIGIN = Date.parse('2026-03-25T00:00:00.000Z');
export const SPAN_DAYS = 8;

export interface WorldOptions {
  seed: number;
}

export interface World {
  db: TestDb;
  dispatch: Dispatch;
  /** `call(method, input, userId)` through the real dispatcher, as that person. */
  call(method: string, input: unknown, userId: string): Promise<Envelope<unknown>>;
  /** The value of a call that must succeed (the test fails with the error otherwise); answers are loose JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value(method: string, input: unknown, userId: string): Promise<any>;
  offices: { id: string; timeZone: string }[];
  rooms: { id: string; officeId: string }[];
  users: { id: string; role: Role; officeId: string | null }[];
  rand: () => number;
  close(): Promise<void>;
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

function randomHours(rand: () => number) {
  const open = pick(rand, ['07:00', '08:00', '09:00']);
  const close = pick(rand, ['17:00', '18:30', '20:00', '24:00']);
  const day: [string, string][] = rand() < 0.2 ? [['00:00', '12:00'], ['13:00', close]] : [[open, close]];
  const saturday: [string, string][] = rand() < 0.3 ? [['10:00', '14:00']] : [];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: saturday, sun: [] };
}

function randomRules(rand: () => number) {
  return {
    stepMin: pick(rand, [5, 10, 15, 30]),
    bufferMin: { before: pick(rand, [0, 5, 10]), after: pick(rand, [0, 5, 15]) },
    durationMin: { min: pick(rand, [5, 15]), max: pick(rand, [60, 240, 1440]) },
    horizonDays: 30,
    minNoticeMin: pick(rand, [0, 0, 30]),
    ...(rand() < 0.3 ? { holidays: ['2026-03-30'] } : {}),
    ...(rand() < 0.2 ? { workingHours: { fri: [['10:00', '16:00']] } } : {}),
  };
}

async function makeWorld(db: TestDb, rand: () => number) {
  const { Office, Room, RoomAmenity, User, RuleSet, Amenity } = db.models;
  await Amenity.bulkCreate(['projector', 'video', 'whiteboard'].map((code) => ({ code, label: code })));
  const offices = [
    { id: uuidv7(), timeZone: 'Europe/Berlin', name: 'Berlin' },
    { id: uuidv7(), timeZone: 'Asia/Tokyo', name: 'Токио' },
  ];
  for (const o of offices) await Office.create({ ...o, workingHours: randomHours(rand), holidays: rand() < 0.3 ? ['2026-03-31'] : [] });
  const rules = [{ id: uuidv7(), scope: 'global' as const, version: 1, rules: randomRules(rand), reason: 'test', createdAt: NOW }];
  for (const o of offices.filter(() => rand() < 0.5)) {
    rules.push({ id: uuidv7(), scope: 'office' as never, officeId: o.id, version: 1, rules: randomRules(rand), reason: 'test', createdAt: NOW } as never);
  }
  const rooms = [];
  for (let i = 0; i < int(rand, 4, 7); i++) {
    const officeId = pick(rand, offices).id;
    const status = rand() < 0.1 ? 'maintenance' : rand() < 0.1 ? 'retired' : 'active';
    const room = await Room.create({
      id: uuidv7(), officeId, name: pick(rand, ['Север', 'Юг', 'Alpha', 'Beta', 'beta']) + ` ${i}`, type: pick(rand, ['meeting', 'lab'] as const),
      capacity: int(rand, 1, 8), status, allowedRoles: rand() < 0.15 ? ['manager', 'admin'] : null, requiresApproval: rand() < 0.15,
    });
    await RoomAmenity.bulkCreate(['projector', 'video', 'whiteboard'].filter(() => rand() < 0.4).map((amenityCode) => ({ roomId: room.id, amenityCode })));
    if (rand() < 0.3) rules.push({ id: uuidv7(), scope: 'room' as never, roomId: room.id, officeId, version: 1, rules: { bufferMin: { before: 20, after: 0 } }, reason: 'test', createdAt: NOW } as never);
    rooms.push({ id: room.id, officeId });
  }
  for (const r of rules) await RuleSet.create(r as never);
  const users = [];
  for (let i = 0; i < int(rand, 4, 7); i++) {
    const role = i === 0 ? 'admin' : pick(rand, ROLES);
    const officeId = i === 1 ? null : pick(rand, offices).id;
    const id = uuidv7();
    await User.create({ id, email: `u${i}.${id.slice(-6)}@roomly.test`, name: pick(rand, ['Anna', 'Борис', 'anna', 'Zoe']) + ` ${i % 3}`, role, officeId });
    users.push({ id, role, officeId });
  }
  return { offices, rooms, users };
}

type Occupying = { roomId: string; from: number; to: number };

async function makeBookings(db: TestDb, rand: () => number, w: Pick<World, 'rooms' | 'users'>) {
  const { Booking, BookingAttendee, Block } = db.models;
  const held: Occupying[] = [];
  const ids: string[] = [];
  for (let i = 0; i < int(rand, 10, 30); i++) {
    const room = pick(rand, w.rooms);
    const start = ORIGIN + int(rand, 0, SPAN_DAYS * 24 * 12) * 5 * MIN;
    const length = rand() < 0.08 ? int(rand, 24 * 12, 40 * 12) * 5 * MIN : int(rand, 1, 48) * 5 * MIN;
    const [before, after] = [pick(rand, [0, 10]), pick(rand, [0, 5])];
    let status = pick(rand, ['pending', 'confirmed', 'confirmed', 'cancelled', 'rejected', 'expired', 'released', 'completed'] as const);
    const span = { roomId: room.id, from: start - before * MIN, to: start + length + after * MIN };
    const isOccupying = status === 'pending' || status === 'confirmed';
    if (isOccupying && held.some((h) => h.roomId === span.roomId && h.from < span.to && span.from < h.to)) status = 'completed';
    else if (isOccupying) held.push(span);
    const organizer = pick(rand, w.users);
    const b = await Booking.create({
      id: uuidv7(), roomId: room.id, organizerId: organizer.id, createdById: organizer.id, title: `Meeting ${i}`, isPrivate: rand() < 0.3,
      startAt: new Date(start), endAt: new Date(start + length), bufferBeforeMin: before, bufferAfterMin: after, status,
      checkInAt: rand() < 0.3 ? new Date(start) : null, holdExpiresAt: status === 'pending' && rand() < 0.5 ? new Date(NOW.getTime() - MIN) : null,
    });
    ids.push(b.id);
    const people = w.users.filter((x) => x.id !== organizer.id && rand() < 0.35).map((u) => ({ bookingId: b.id, userId: u.id }));
    const guests = rand() < 0.2 ? [{ bookingId: b.id, email: 'guest@example.com' }] : [];
    if (people.length + guests.length) await BookingAttendee.bulkCreate([...people, ...guests]);
  }
  for (let i = 0; i < int(rand, 1, 6); i++) {
    const start = ORIGIN + int(rand, 0, SPAN_DAYS * 24 * 4) * 15 * MIN;
    const end = start + int(rand, 1, 40) * 15 * MIN;
    const owner = rand() < 0.5 ? { roomId: pick(rand, w.rooms).id } : { userId: pick(rand, w.users).id };
    await Block.create({ id: uuidv7(), ...owner, startAt: new Date(start), endAt: new Date(end), reason: 'Ремонт, "срочно"' });
  }
  return ids;
}

/** Later writes: status changes, check-ins, a moved meeting, a dropped attendee, a deleted booking. */
async function laterWrites(db: TestDb, rand: () => number, ids: string[]) {
  const { Booking, BookingAttendee } = db.models;
  for (const id of ids.filter(() => rand() < 0.2)) {
    const b = (await Booking.findByPk(id))!;
    const isOccupying = b.status === 'pending' || b.status === 'confirmed';
    const status = pick(rand, isOccupying ? (['cancelled', 'released', 'completed'] as const) : (['cancelled', 'released', 'completed', 'expired'] as const));
    await b.update({ status, checkInAt: rand() < 0.5 ? b.startAt : null });
  }
  const movable = (await Booking.findAll()).filter((b) => !['pending', 'confirmed'].includes(b.status));
  if (movable[0]) await movable[0].update({ endAt: new Date(new Date(movable[0].endAt).getTime() + 25 * MIN) });
  const attendee = await BookingAttendee.findOne();
  if (attendee && rand() < 0.5) await attendee.destroy();
  if (movable[1] && rand() < 0.5) await movable[1].destroy();
}

export async function randomWorld(seed: number): Promise<World> {
  const db = await openTestDb();
  const rand = seededRandom(seed);
  const base = await makeWorld(db, rand);
  const ids = await makeBookings(db, rand, base);
  await laterWrites(db, rand, ids);
  const callers = new Map<string, Caller>(base.users.map((u) => [u.id, { kind: 'user', userId: u.id, role: u.role, officeId: u.officeId }]));
  const dispatch = createDispatcher({
    handlers,
    store: createStore({ db, secret: 'schedule-test-secret-long-enough-for-signing' }),
    authenticate: async (token) => callers.get(token)!,
    clock: () => NOW,
  });
  return {
    db,
    dispatch,
    ...base,
    rand,
    call: (method, input, userId) => dispatch(method, input, { token: userId }),
    value: async (method, input, userId) => {
      const answer = await dispatch(method, input, { token: userId });
      if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`);
      return answer.value;
    },
    close: () => db.cleanup(),
  };
}

export { DAY, MIN };
