import { DateTime } from 'luxon';
import type { CreationAttributes, Model } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { BookingStatus } from '../../core/domain';
import type { Booking, BookingAttendee, Office, Room, RoomAmenity, RuleSet, User } from '../models';
import { DEFAULT_RULES } from './defaultRules';
import {
  AMENITY_LABELS,
  CANCEL_REASONS,
  DEMO_OFFICES,
  DEMO_ROOMS,
  DEMO_USERS,
  DEMO_WORKING_HOURS,
  GUEST_EMAILS,
  MEETING_TITLES,
  type DemoOffice,
  type DemoUser,
} from './demoData';

/**
 * The demo data as rows, computed from `now` alone: the same `now` gives the same rows, ids
 * included (a seeded generator, never Math.random). Pure; demo.ts writes the rows.
 */

type Row<M extends Model> = CreationAttributes<M> & { id: string };

export interface DemoPlan {
  amenities: Array<{ code: string; label: string }>;
  offices: Array<Row<Office>>;
  rooms: Array<Row<Room>>;
  roomAmenities: Array<CreationAttributes<RoomAmenity>>;
  users: Array<Row<User>>;
  ruleSet: Row<RuleSet>;
  bookings: Array<Row<Booking>>;
  attendees: Array<Row<BookingAttendee>>;
}

const BUFFER_MIN = DEFAULT_RULES.bufferMin.before;
const AFTER_MIN = DEFAULT_RULES.bufferMin.after;
/** Start of the next booking at least this long after the end of one: buffers never overlap. */
const MIN_GAP_MIN = BUFFER_MIN + AFTER_MIN + 10;
/** The first six users of each office (one per role) keep room for two more bookings of their own. */
const FEATURED_PER_OFFICE = 6;
/** The demo keeps everyone under the default limit of active bookings (3 when none is set). */
const ACTIVE_LIMIT = DEFAULT_RULES.maxActivePerUser ?? 3;
const FEATURED_FUTURE_CAP = ACTIVE_LIMIT - 2;
const OTHERS_FUTURE_CAP = ACTIVE_LIMIT - 1;
/** The demo books this many days either side of today, and none further. */
export const DEMO_DAYS_AROUND = 7;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

class Dice {
  private readonly next: () => number;
  constructor(private readonly now: Date) {
    this.next = seededRandom(hashString(now.toISOString()));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** A UUIDv7 stamped with `now`, its random part from the seeded sequence. */
  id(): string {
    const random = new Uint8Array(16).map(() => Math.floor(this.next() * 256));
    return uuidv7({ msecs: this.now.getTime(), random });
  }
}

const minutes = (n: number) => n * 60_000;

interface OfficeContext {
  office: DemoOffice;
  officeId: string;
  rooms: Array<Row<Room>>;
  people: Array<Row<User>>;
  featured: Set<string>;
  assistantId: string | undefined;
}

/** Per-person bookkeeping: nobody is in two meetings at once or over the active-booking cap. */
class Diary {
  private readonly busy = new Map<string, Array<[number, number]>>();
  private readonly future = new Map<string, number>();
  isFree(userId: string, start: number, end: number): boolean {
    return !(this.busy.get(userId) ?? []).some(([s, e]) => s < end && start < e);
  }
  futureCount(userId: string): number {
    return this.future.get(userId) ?? 0;
  }
  add(userId: string, start: number, end: number, holdsFutureSlot: boolean): void {
    this.busy.set(userId, [...(this.busy.get(userId) ?? []), [start, end]]);
    if (holdsFutureSlot) this.future.set(userId, this.futureCount(userId) + 1);
  }
}

function statusFor(dice: Dice, room: Row<Room>, start: number, end: number, now: number): BookingStatus {
  if (end <= now) {
    if (dice.chance(0.08)) return 'cancelled';
    if (dice.chance(0.05)) return 'released';
    return 'completed';
  }
  if (start <= now) return 'confirmed';
  if (room.requiresApproval && dice.chance(0.5)) return 'pending';
  return dice.chance(0.06) ? 'cancelled' : 'confirmed';
}

function planBooking(
  plan: DemoPlan,
  ctx: OfficeContext,
  dice: Dice,
  diary: Diary,
  room: Row<Room>,
  start: number,
  end: number,
  now: Date,
): void {
  const t = now.getTime();
  const isFuture = end > t;
  const candidates = ctx.people.filter(
    (u) =>
      (!room.allowedRoles || room.allowedRoles.includes(u.role ?? 'employee')) &&
      diary.isFree(u.id, start, end) &&
      (!isFuture || diary.futureCount(u.id) < (ctx.featured.has(u.id) ? FEATURED_FUTURE_CAP : OTHERS_FUTURE_CAP)),
  );
  if (candidates.length === 0) return;
  const organizer = dice.pick(candidates);
  const status = statusFor(dice, room, start, end, t);
  const occupies = status === 'pending' || status === 'confirmed';
  diary.add(organizer.id, start, end, isFuture && occupies);

  const checkedIn = status === 'completed' || (status === 'confirmed' && start + minutes(3) <= t);
  const id = dice.id();
  plan.bookings.push({
    id,
    roomId: room.id,
    organizerId: organizer.id,
    createdById: ctx.assistantId && dice.chance(0.15) ? ctx.assistantId : organizer.id,
    title: dice.pick(MEETING_TITLES[ctx.office.name]),
    description: '',
    isPrivate: dice.chance(0.05),
    startAt: new Date(start),
    endAt: new Date(end),
    bufferBeforeMin: BUFFER_MIN,
    bufferAfterMin: AFTER_MIN,
    occupiedFrom: new Date(start - minutes(BUFFER_MIN)),
    occupiedTo: new Date(end + minutes(AFTER_MIN)),
    status,
    checkInAt: checkedIn ? new Date(start + minutes(dice.pick([0, 1, 2, 3]))) : null,
    holdExpiresAt: status === 'pending' ? new Date(Math.min(start, t + minutes(DEFAULT_RULES.approval.holdMin))) : null,
    cancelReason: status === 'cancelled' ? CANCEL_REASONS[ctx.office.name] : null,
    source: dice.chance(0.1) ? 'kiosk' : dice.chance(0.1) ? 'api' : 'console',
    ruleVersionId: plan.ruleSet.id,
  });

  if (dice.chance(0.4)) {
    const others = ctx.people.filter((u) => u.id !== organizer.id);
    const count = Math.min(others.length, dice.pick([1, 2, 3]));
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(dice.pick(others).id);
    for (const userId of chosen) plan.attendees.push({ id: dice.id(), bookingId: id, userId, email: null });
    if (dice.chance(0.15)) plan.attendees.push({ id: dice.id(), bookingId: id, userId: null, email: dice.pick(GUEST_EMAILS) });
  }
}

/** Working days from a week before `now` to a week after, each room filled morning to evening. */
function planOfficeBookings(plan: DemoPlan, ctx: OfficeContext, dice: Dice, now: Date): void {
  const diary = new Diary();
  const local = DateTime.fromJSDate(now, { zone: ctx.office.timeZone });
  const holidays = new Set(plan.offices.find((o) => o.id === ctx.officeId)?.holidays ?? []);
  for (let offset = -DEMO_DAYS_AROUND; offset <= DEMO_DAYS_AROUND; offset++) {
    const day = local.startOf('day').plus({ days: offset });
    if (day.weekday > 5 || holidays.has(day.toISODate() ?? '')) continue;
    const open = day.set({ hour: 9 }).toMillis();
    const close = day.set({ hour: 19 }).toMillis();
    for (const room of ctx.rooms) {
      if (dice.chance(0.2)) continue;
      const lengths = room.type === 'phone_booth' ? [30, 45, 60] : [30, 45, 60, 90, 120];
      let start = open + minutes(15 * dice.pick([0, 0, 1, 2, 4, 8]));
      for (;;) {
        const end = start + minutes(dice.pick(lengths));
        if (end > close) break;
        planBooking(plan, ctx, dice, diary, room, start, end, now);
        // Lengths and gaps are whole quarter hours, so every start and end stays on the grid.
        start = end + minutes(MIN_GAP_MIN + 15 * dice.pick([0, 0, 1, 2, 4, 6]));
      }
    }
  }
}

function planPeople(plan: DemoPlan, dice: Dice, passwordHash: string, officeIds: Map<string, string>): void {
  for (const u of DEMO_USERS as readonly DemoUser[]) {
    plan.users.push({
      id: dice.id(),
      email: u.email,
      name: u.name,
      role: u.role,
      officeId: officeIds.get(u.office) ?? null,
      locale: u.locale,
      passwordHash,
      active: true,
      tokenVersion: 0,
    });
  }
}

export function planDemo(now: Date, passwordHash: string): DemoPlan {
  const dice = new Dice(now);
  const year = DateTime.fromJSDate(now, { zone: 'UTC' }).year;
  const plan: DemoPlan = {
    amenities: Object.entries(AMENITY_LABELS).map(([code, label]) => ({ code, label })),
    offices: [],
    rooms: [],
    roomAmenities: [],
    users: [],
    ruleSet: { id: dice.id(), scope: 'global', scopeKey: 'global', version: 1, rules: DEFAULT_RULES, reason: 'Initial rules.' },
    bookings: [],
    attendees: [],
  };
  const officeIds = new Map<string, string>();
  for (const o of DEMO_OFFICES) {
    const id = dice.id();
    officeIds.set(o.name, id);
    plan.offices.push({ id, name: o.name, timeZone: o.timeZone, workingHours: DEMO_WORKING_HOURS, holidays: [`${year}-${o.holiday}`] });
  }
  for (const r of DEMO_ROOMS) {
    const id = dice.id();
    const { office, amenities, ...fields } = r;
    plan.rooms.push({
      id,
      officeId: officeIds.get(office) ?? '',
      ...fields,
      status: 'active',
      requiresApproval: r.requiresApproval ?? false,
      allowedRoles: r.allowedRoles ?? null,
      description: r.description ?? '',
    });
    for (const amenityCode of amenities) plan.roomAmenities.push({ roomId: id, amenityCode });
  }
  planPeople(plan, dice, passwordHash, officeIds);
  plan.ruleSet.authorId = plan.users.find((u) => u.role === 'admin')?.id ?? null;

  for (const office of DEMO_OFFICES) {
    const officeId = officeIds.get(office.name) ?? '';
    const people = plan.users.filter((u) => u.officeId === officeId);
    planOfficeBookings(
      plan,
      {
        office,
        officeId,
        rooms: plan.rooms.filter((r) => r.officeId === officeId),
        people,
        featured: new Set(people.slice(0, FEATURED_PER_OFFICE).map((u) => u.id)),
        assistantId: people.find((u) => u.role === 'assistant')?.id,
      },
      dice,
      now,
    );
  }
  return plan;
}
