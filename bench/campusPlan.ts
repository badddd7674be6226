import { ROLES, type Role, type RoomType } from '../core/domain';
import { atWallTime, addDays, weekdayOf } from '../core/rules/localTime';
import { seededRandom } from '../db/seed/demo';

/**
 * The campus as plain rows, from a seed alone: offices in five time zones (three with daylight
 * saving time, one half an hour off UTC), rooms, people, rules, a year of bookings and blocks.
 * Pure and deterministic; bench/campus.ts writes the rows.
 */
export const CAMPUS_YEAR = { from: '2026-01-01', to: '2027-01-01' };
/** The benchmarks' clock: bookings before it have happened, the rest lie ahead. */
export const CAMPUS_NOW = new Date('2026-09-15T07:00:00.000Z');

export const CAMPUS_OFFICES = [
  { code: 'MOW', name: 'Москва', timeZone: 'Europe/Moscow' },
  { code: 'BER', name: 'Berlin', timeZone: 'Europe/Berlin' },
  { code: 'LON', name: 'London', timeZone: 'Europe/London' },
  { code: 'NYC', name: 'New York', timeZone: 'America/New_York' },
  { code: 'BLR', name: 'Bengaluru', timeZone: 'Asia/Kolkata' },
] as const;

const OPEN = '08:00';
const CLOSE = '20:00';
export const CAMPUS_HOURS = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, d === 'sat' || d === 'sun' ? [] : [[OPEN, CLOSE]]]),
);
const HOLIDAYS = ['2026-01-01', '2026-05-01', '2026-12-25'];

export interface PlanOffice {
  id: string;
  code: string;
  name: string;
  timeZone: string;
}
export interface PlanRoom {
  id: string;
  officeId: string;
  name: string;
  type: RoomType;
  capacity: number;
  floor: number;
  amenities: string[];
  allowedRoles: Role[] | null;
  requiresApproval: boolean;
  status: 'active' | 'maintenance';
  bufferMin: number;
}
export interface PlanUser {
  id: string;
  officeId: string | null;
  name: string;
  email: string;
  role: Role;
}
export interface PlanBooking {
  id: string;
  roomId: string;
  organizerId: string;
  start: number;
  end: number;
  buffer: number;
  status: string;
  checkInAt: number | null;
  holdExpiresAt: number | null;
  isPrivate: boolean;
  attendees: string[];
  guests: string[];
}

/** Ids from a counter: valid, unique, sortable UUIDs (version 7 layout) without a clock. */
export function idMaker(kind: number) {
  let n = 0;
  const head = `0190${kind.toString(16).padStart(4, '0')}-0000-7000-8000-`;
  return () => head + (n++).toString(16).padStart(12, '0');
}

export class Dice {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const TYPES: Array<[RoomType, number, number]> = [
  ['meeting', 4, 16], ['meeting', 4, 16], ['meeting', 6, 20], ['phone_booth', 1, 2], ['study_space', 2, 8],
  ['classroom', 20, 40], ['lab', 6, 16], ['auditorium', 60, 200],
];
const AMENITY_CODES = ['projector', 'whiteboard', 'video', 'screen', 'phone', 'speakers', 'wheelchair'];
const FIRST = ['Анна', 'Борис', 'Вера', 'Глеб', 'Дарья', 'Anna', 'Ben', 'Clara', 'David', 'Emma', 'Farid', 'Priya', 'Ravi'];
const LAST = ['Иванова', 'Петров', 'Смирнова', 'Keller', 'Novak', "O'Brien", 'Smith', 'Garcia', 'Rao', 'Iyer', 'Lee'];

export function planOffices(): PlanOffice[] {
  const id = idMaker(1);
  return CAMPUS_OFFICES.map((o) => ({ id: id(), ...o }));
}

export function planRooms(offices: PlanOffice[], perOffice: number, dice: Dice): PlanRoom[] {
  const id = idMaker(2);
  return offices.flatMap((office) =>
    Array.from({ length: perOffice }, (_, i) => {
      const [type, min, max] = dice.pick(TYPES);
      const floor = 1 + Math.floor(i / 20);
      return {
        id: id(),
        officeId: office.id,
        name: `${office.code} ${floor}.${String(i % 20).padStart(2, '0')}`,
        type,
        capacity: dice.int(min, max),
        floor,
        amenities: AMENITY_CODES.filter(() => dice.chance(0.35)),
        allowedRoles: dice.chance(0.03) ? (['manager', 'facility_manager', 'admin'] as Role[]) : null,
        requiresApproval: dice.chance(0.03),
        status: dice.chance(0.01) ? 'maintenance' : 'active',
        bufferMin: i % 50 === 7 ? 15 : 10,
      } satisfies PlanRoom;
    }),
  );
}

export function planUsers(offices: PlanOffice[], perOffice: number, dice: Dice): PlanUser[] {
  const id = idMaker(3);
  const roleAt = (i: number): Role =>
    i < 2 ? 'facility_manager' : i < 4 ? 'moderator' : i < 14 ? 'assistant' : i % 10 === 0 ? 'manager' : 'employee';
  const users: PlanUser[] = [{ id: id(), officeId: null, name: 'Campus Admin', email: 'admin@campus.test', role: 'admin' }];
  for (const office of offices) {
    for (let i = 0; i < perOffice; i++) {
      const uid = id();
      const name = `${dice.pick(FIRST)} ${dice.pick(LAST)} ${i}`;
      users.push({ id: uid, officeId: office.id, name, email: `${office.code.toLowerCase()}.${i}@campus.test`, role: roleAt(i) });
    }
  }
  if (!users.every((u) => ROLES.includes(u.role))) throw new Error('unknown role');
  return users;
}

/** Working days of the campus year in an office's time zone, with their opening and closing instants. */
export function workingDays(timeZone: string): Array<{ day: string; open: number; close: number }> {
  const days = [];
  for (let day = CAMPUS_YEAR.from; day < CAMPUS_YEAR.to; day = addDays(day, 1)) {
    const wd = weekdayOf(day);
    if (wd === 'sat' || wd === 'sun' || HOLIDAYS.includes(day)) continue;
    days.push({ day, open: atWallTime(day, OPEN, timeZone), close: atWallTime(day, CLOSE, timeZone) });
  }
  return days;
}

export const campusHolidays = () => [...HOLIDAYS];

const MIN = 60_000;
const DURATIONS = [30, 30, 45, 60, 60, 60, 90, 120];

function statusOf(dice: Dice, start: number, end: number, room: PlanRoom, now: number) {
  if (end <= now) {
    const r = dice.next();
    const status = r < 0.08 ? 'cancelled' : r < 0.09 ? 'rejected' : r < 0.1 ? 'expired' : r < 0.18 ? 'released' : 'completed';
    return { status, checkInAt: status === 'completed' ? start + dice.int(0, 5) * MIN : null, holdExpiresAt: null };
  }
  if (start <= now) return { status: 'confirmed', checkInAt: start + MIN, holdExpiresAt: null };
  if (room.requiresApproval && dice.chance(0.3)) return { status: 'pending', checkInAt: null, holdExpiresAt: start };
  return { status: dice.chance(0.06) ? 'cancelled' : 'confirmed', checkInAt: null, holdExpiresAt: null };
}

/**
 * One room's bookings for the year: meetings on the 15-minute grid, never closer than the
 * buffers allow (so the database's no-overlap constraint holds), about four a working day.
 */
export function planRoomBookings(
  room: PlanRoom,
  days: ReturnType<typeof workingDays>,
  people: readonly PlanUser[],
  dice: Dice,
  nextId: () => string,
): PlanBooking[] {
  const out: PlanBooking[] = [];
  const now = CAMPUS_NOW.getTime();
  for (const { open, close } of days) {
    let t = open + dice.int(0, 6) * 15 * MIN;
    for (;;) {
      const length = dice.pick(DURATIONS) * MIN;
      if (t + length > close) break;
      const organizer = people[Math.floor(people.length * dice.next() ** 2)]!;
      const wanted = Math.min(room.capacity - 1, dice.pick([0, 1, 1, 2, 2, 2, 3, 3, 4, 6]));
      const attendees = new Set<string>();
      for (let k = 0; k < wanted; k++) attendees.add(dice.pick(people).id);
      attendees.delete(organizer.id);
      const guests = dice.chance(0.05) ? [`guest${dice.int(1, 999)}@example.com`] : [];
      out.push({
        id: nextId(), roomId: room.id, organizerId: organizer.id, start: t, end: t + length, buffer: room.bufferMin,
        ...statusOf(dice, t, t + length, room, now), isPrivate: dice.chance(0.05), attendees: [...attendees], guests,
      });
      t += length + 2 * room.bufferMin * MIN + Math.ceil(dice.int(0, 180) / 15) * 15 * MIN;
    }
  }
  return out;
}
