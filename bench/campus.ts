import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QueryTypes, Sequelize, type Transaction } from 'sequelize';
import { DEFAULT_RULES } from '../db/seed/demo';
import { openDb, type Db, type MigrationContext } from '../db';
import { resumeDerived, suspendDerived } from '../db/migrations/0004-schedule-queries';
import {
  CAMPUS_HOURS,
  campusHolidays,
  Dice,
  idMaker,
  planOffices,
  planRoomBookings,
  planRooms,
  planUsers,
  workingDays,
  type PlanBooking,
  type PlanOffice,
  type PlanRoom,
  type PlanUser,
} from './campusPlan';

/**
 * The campus: 5 offices, 1,000 rooms, 2,000 people and a year of bookings (about a million),
 * written with raw multi-row INSERTs in big transactions. `ROOMLY_BENCH_SCALE` (0 < s ≤ 1) shrinks
 * rooms and people; `ROOMLY_BENCH_REUSE=1` keeps a campus already built at that scale.
 */
export interface Campus {
  db: Db;
  offices: PlanOffice[];
  rooms: PlanRoom[];
  users: PlanUser[];
  bookings: number;
  attendees: number;
  loadMs: number;
  reused: boolean;
}

const SEED = 20260915;
const ROWS_PER_INSERT = 500;
const ROWS_PER_TRANSACTION = 100_000;

type Value = string | number | boolean | null;

class Writer {
  constructor(
    readonly db: Db,
    readonly t: Transaction,
  ) {}
  time(ms: number): string {
    const iso = new Date(ms).toISOString();
    return this.db.dialect === 'sqlite' ? `'${iso.replace('T', ' ').replace('Z', ' +00:00')}'` : `'${iso}'`;
  }
  literal(v: Value): string {
    if (v === null) return 'NULL';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return this.db.dialect === 'sqlite' ? (v ? '1' : '0') : String(v);
    return `'${v.replace(/'/g, "''")}'`;
  }
  async insert(table: string, columns: string[], rows: Value[][], raw: Set<number> = new Set()): Promise<void> {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const values = rows
        .slice(i, i + ROWS_PER_INSERT)
        .map((r) => `(${r.map((v, k) => (raw.has(k) ? String(v) : this.literal(v))).join(',')})`)
        .join(',');
      await this.db.sequelize.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${values}`, { transaction: this.t });
    }
  }
}

const STAMPS = ['created_at', 'updated_at'];

const migrationContext = (db: Db): MigrationContext => ({ sequelize: db.sequelize, queryInterface: db.sequelize.getQueryInterface(), dialect: db.dialect });

async function writeWorld(w: Writer, offices: PlanOffice[], rooms: PlanRoom[], users: PlanUser[]) {
  const now = w.time(Date.parse('2025-12-01T00:00:00Z'));
  const stamp = (r: Value[]) => [...r, now, now];
  const raw = (n: number) => new Set([n, n + 1]);
  await w.insert('amenities', ['code', 'label'], ['projector', 'whiteboard', 'video', 'screen', 'phone', 'speakers', 'wheelchair'].map((c) => [c, c]));
  const hours = JSON.stringify(CAMPUS_HOURS);
  const holidays = JSON.stringify(campusHolidays());
  await w.insert('offices', ['id', 'name', 'time_zone', 'working_hours', 'holidays', ...STAMPS], offices.map((o) => stamp([o.id, o.name, o.timeZone, hours, holidays])), raw(5));
  const roomCols = ['id', 'office_id', 'name', 'type', 'capacity', 'floor', 'status', 'allowed_roles', 'requires_approval', 'description', ...STAMPS];
  await w.insert('rooms', roomCols, rooms.map((r) => stamp([r.id, r.officeId, r.name, r.type, r.capacity, r.floor, r.status, r.allowedRoles ? JSON.stringify(r.allowedRoles) : null, r.requiresApproval, ''])), raw(10));
  await w.insert('room_amenities', ['room_id', 'amenity_code'], rooms.flatMap((r) => r.amenities.map((a) => [r.id, a])));
  const userCols = ['id', 'email', 'name', 'role', 'office_id', 'locale', 'active', 'token_version', ...STAMPS];
  await w.insert('users', userCols, users.map((u) => stamp([u.id, u.email, u.name, u.role, u.officeId, u.officeId === offices[0]?.id ? 'ru' : 'en', true, 0])), raw(8));
  const rule = idMaker(4);
  const ruleRows: Value[][] = [[rule(), 'global', 'global', null, null, 1, JSON.stringify(DEFAULT_RULES), 'Campus defaults', now]];
  const berlin = offices[1]!;
  ruleRows.push([rule(), 'office', `office:${berlin.id}`, berlin.id, null, 1, JSON.stringify({ bufferMin: { before: 10, after: 10 }, stepMin: 15 }), 'Berlin', now]);
  for (const r of rooms.filter((room) => room.bufferMin !== 10)) {
    ruleRows.push([rule(), 'room', `room:${r.id}`, r.officeId, r.id, 1, JSON.stringify({ bufferMin: { before: r.bufferMin, after: r.bufferMin } }), 'Long turnover', now]);
  }
  await w.insert('rule_sets', ['id', 'scope', 'scope_key', 'office_id', 'room_id', 'version', 'rules', 'reason', 'created_at'], ruleRows, new Set([8]));
}

const BOOKING_COLS = [
  'id', 'room_id', 'organizer_id', 'created_by_id', 'title', 'description', 'is_private', 'start_at', 'end_at',
  'buffer_before_min', 'buffer_after_min', 'occupied_from', 'occupied_to', 'status', 'check_in_at', 'hold_expires_at',
  'source', 'headcount', 'created_at', 'updated_at',
];
const TIME_COLS = new Set([7, 8, 11, 12, 14, 15, 18, 19]);
const MIN = 60_000;

function bookingRow(w: Writer, b: PlanBooking, headcount: number): Value[] {
  const t = (ms: number | null) => (ms === null ? 'NULL' : w.time(ms));
  const made = b.start - 3 * 24 * 60 * MIN;
  return [
    b.id, b.roomId, b.organizerId, b.organizerId, 'Planning', '', b.isPrivate, t(b.start), t(b.end), b.buffer, b.buffer,
    t(b.start - b.buffer * MIN), t(b.end + b.buffer * MIN), b.status, t(b.checkInAt), t(b.holdExpiresAt), 'console',
    headcount, t(made), t(made),
  ];
}

async function writeBookings(w: Writer, batch: PlanBooking[], attendeeId: () => string): Promise<number> {
  await w.insert('bookings', BOOKING_COLS, batch.map((b) => bookingRow(w, b, 1 + b.attendees.length + b.guests.length)), TIME_COLS);
  const made = w.time(Date.parse('2025-12-01T00:00:00Z'));
  const rows: Value[][] = batch.flatMap((b) => [
    ...b.attendees.map((u): Value[] => [attendeeId(), b.id, u, null, made, made]),
    ...b.guests.map((e): Value[] => [attendeeId(), b.id, null, e, made, made]),
  ]);
  await w.insert('booking_attendees', ['id', 'booking_id', 'user_id', 'email', ...STAMPS], rows, new Set([4, 5]));
  return rows.length;
}

async function writeBlocks(w: Writer, rooms: PlanRoom[], users: PlanUser[], offices: PlanOffice[], dice: Dice) {
  const id = idMaker(7);
  const rows: Value[][] = [];
  const made = w.time(Date.parse('2025-12-01T00:00:00Z'));
  const tzOf = new Map(offices.map((o) => [o.id, o.timeZone]));
  for (const room of rooms) {
    for (const { open } of workingDays(tzOf.get(room.officeId)!).filter(() => dice.chance(0.004))) {
      rows.push([id(), room.id, null, w.time(open - 2 * 60 * MIN), w.time(open + 30 * MIN), 'Cleaning', null, made, made]);
    }
  }
  for (const user of users.filter((u) => u.officeId)) {
    for (const { open, close } of workingDays(tzOf.get(user.officeId!)!).filter(() => dice.chance(0.02))) {
      const whole = dice.chance(0.5);
      rows.push([id(), null, user.id, w.time(whole ? open : open + 4 * 60 * MIN), w.time(whole ? close : open + 6 * 60 * MIN), whole ? 'Vacation' : 'Focus', user.id, made, made]);
    }
  }
  const cols = ['id', 'room_id', 'user_id', 'start_at', 'end_at', 'reason', 'created_by_id', ...STAMPS];
  await w.insert('blocks', cols, rows, new Set([3, 4, 7, 8]));
}

/** A fresh transaction; on SQLite with a page cache big enough for the random index inserts. */
async function begin(db: Db): Promise<Transaction> {
  const t = await db.sequelize.transaction();
  if (db.dialect === 'sqlite') await db.sequelize.query('PRAGMA cache_size = -1000000', { transaction: t });
  return t;
}

async function fill(db: Db, scale: number) {
  const dice = new Dice(SEED);
  const offices = planOffices();
  const rooms = planRooms(offices, Math.max(2, Math.round(200 * scale)), dice);
  const users = planUsers(offices, Math.max(4, Math.round(400 * scale)), dice);
  let t = await begin(db);
  // Per-row triggers would cost minutes here: they pause, and the derived rows are made set-wise.
  await suspendDerived(migrationContext(db), t);
  await writeWorld(new Writer(db, t), offices, rooms, users);
  const bookingId = idMaker(5);
  const attendeeId = idMaker(6);
  let bookings = 0;
  let attendees = 0;
  let inTransaction = 0;
  for (const office of offices) {
    const days = workingDays(office.timeZone);
    const people = users.filter((u) => u.officeId === office.id);
    for (const room of rooms.filter((r) => r.officeId === office.id)) {
      const batch = planRoomBookings(room, days, people, dice, bookingId);
      attendees += await writeBookings(new Writer(db, t), batch, attendeeId);
      bookings += batch.length;
      inTransaction += batch.length;
      if (inTransaction >= ROWS_PER_TRANSACTION) {
        await t.commit();
        t = await begin(db);
        inTransaction = 0;
      }
    }
  }
  await writeBlocks(new Writer(db, t), rooms, users, offices, dice);
  await resumeDerived(migrationContext(db), t);
  await db.sequelize.query(`INSERT INTO settings (key, value, created_at, updated_at) VALUES ('bench.campus', '${JSON.stringify({ scale, bookings, attendees })}', ${new Writer(db, t).time(0)}, ${new Writer(db, t).time(0)})`, { transaction: t });
  await t.commit();
  await db.sequelize.query('ANALYZE');
  return { offices, rooms, users, bookings, attendees };
}

export const benchScale = (): number => {
  const s = Number(process.env.ROOMLY_BENCH_SCALE ?? '1');
  return s > 0 && s <= 1 ? s : 1;
};

async function existing(db: Db, scale: number) {
  try {
    const [row] = await db.sequelize.query<{ value: string | object }>("SELECT value FROM settings WHERE key = 'bench.campus'", { type: QueryTypes.SELECT });
    const info = row ? (typeof row.value === 'string' ? JSON.parse(row.value) : row.value) : null;
    return info && info.scale === scale ? (info as { bookings: number; attendees: number }) : null;
  } catch {
    return null;
  }
}

async function pgDatabaseUrl(baseUrl: string, name: string, fresh: boolean): Promise<string> {
  const admin = new Sequelize(baseUrl, { dialect: 'postgres', logging: false, pool: { max: 1 } });
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = :name', { type: QueryTypes.SELECT, replacements: { name } });
    if (fresh && found.length) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    if (fresh || !found.length) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.close();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Opens the campus on SQLite or PostgreSQL. A fresh build goes to a file or database of its own
 * (two runs at once never write the same one) and `close()` removes it; with
 * `ROOMLY_BENCH_REUSE=1` the campus lives at a fixed place and is kept for the next run.
 */
export async function openCampus(target: 'sqlite' | { pgUrl: string }): Promise<Campus & { close(): Promise<void> }> {
  const scale = benchScale();
  const reuse = process.env.ROOMLY_BENCH_REUSE === '1';
  const tag = String(scale).replace('.', '_');
  let db: Db;
  let remove = async () => {};
  const open = async (fresh: boolean) => {
    if (target === 'sqlite') {
      const dir = reuse ? tmpdir() : mkdtempSync(path.join(tmpdir(), 'roomly-campus-'));
      const file = path.join(dir, `roomly-campus-${tag}.sqlite`);
      if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      if (!reuse) remove = async () => rmSync(dir, { recursive: true, force: true });
      return openDb({ file });
    }
    const name = reuse ? `roomly_bench_${tag}` : `roomly_bench_${tag}_${process.pid}`;
    if (!reuse) remove = () => dropDatabase(target.pgUrl, name);
    return openDb({ url: await pgDatabaseUrl(target.pgUrl, name, fresh) });
  };
  db = await open(!reuse);
  // A kept campus without its marker was left half-built (a run stopped midway): build it again.
  if (reuse && !(await existing(db, scale))) {
    await db.close();
    db = await open(true);
  }
  const close = async () => {
    await db.close();
    await remove();
  };
  const dice = new Dice(SEED);
  const offices = planOffices();
  const kept = reuse ? await existing(db, scale) : null;
  if (kept) {
    const rooms = planRooms(offices, Math.max(2, Math.round(200 * scale)), dice);
    const users = planUsers(offices, Math.max(4, Math.round(400 * scale)), dice);
    return { db, offices, rooms, users, ...kept, loadMs: 0, reused: true, close };
  }
  const started = performance.now();
  const built = await fill(db, scale);
  return { db, ...built, loadMs: performance.now() - started, reused: false, close };
}

async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  const admin = new Sequelize(baseUrl, { dialect: 'postgres', logging: false, pool: { max: 1 } });
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.close();
  }
}
