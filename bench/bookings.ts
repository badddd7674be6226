import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { openDb, type Db } from '../db';
import { createRoomlyDispatcher, hashPassword } from '../services';
import { line, summary } from './stats';

/**
 * `bookings.create` per second through the full service (dispatcher: token check, permission
 * table, validation, the engine over the room's occupants, the write with its audit entry)
 * against a raw SQLite insert of the same row in the same process, one transaction per booking
 * each way. Two raw baselines: through the store's own write path (`db.write`: an IMMEDIATE
 * transaction on the connection Sequelize opens for it, then the INSERT), and with the driver on a
 * connection of its own (BEGIN IMMEDIATE, INSERT, COMMIT) — the floor.
 *
 * The three run in alternating rounds and the medians of the rounds are compared, so that a busy
 * machine slows all three alike. The ratios are the figures.
 */
const NOW = new Date('2026-01-05T08:00:00Z');
const SLOT_MS = 15 * 60_000;
const PASSWORD = 'bench password that is long enough';
const OPEN: [string, string][] = [['00:00', '24:00']];

const INSERT = `INSERT INTO bookings (id, room_id, organizer_id, created_by_id, title, description, is_private, start_at, end_at,
  buffer_before_min, buffer_after_min, occupied_from, occupied_to, status, source, rule_version_id, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, '', 0, ?, ?, 0, 0, ?, ?, 'confirmed', 'console', NULL, ?, ?)`;

const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', ' +00:00');
const slotStart = (i: number) => NOW.getTime() + SLOT_MS * (i + 4);

function insertParams(i: number, roomId: string, userId: string): unknown[] {
  const [from, to] = [stamp(slotStart(i)), stamp(slotStart(i) + SLOT_MS)];
  return [uuidv7(), roomId, userId, userId, `Meeting ${i}`, from, to, from, to, stamp(NOW.getTime()), stamp(NOW.getTime())];
}

async function world(db: Db) {
  const { Office, Room, User } = db.models;
  const office = await Office.create({ id: uuidv7(), name: 'Bench', timeZone: 'Europe/Berlin', workingHours: {} });
  const rooms = await Promise.all(['Service room', 'Store room', 'Driver room'].map((name) => Room.create({ id: uuidv7(), officeId: office.id, name, capacity: 10 })));
  const admin = await User.create({ id: uuidv7(), email: 'bench@roomly.test', name: 'Bench', role: 'admin', officeId: office.id, passwordHash: await hashPassword(PASSWORD) });
  return { rooms: rooms.map((r) => r.id), userId: admin.id };
}

/** One booking through the dispatcher, as a client calls it. */
async function serviceBooker(db: Db, roomId: string) {
  const dispatch = createRoomlyDispatcher({ db, secret: 'bench-secret-that-is-long-enough-for-signing-tokens', clock: () => NOW });
  const login = await dispatch('auth.login', { email: 'bench@roomly.test', password: PASSWORD });
  if (!login.ok) throw new Error(`sign-in failed: ${login.error.message}`);
  const token = (login.value as { accessToken: string }).accessToken;
  const rules = { workingHours: { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN }, horizonDays: 3650, maxActivePerUser: null, bufferMin: { before: 0, after: 0 } };
  const set = await dispatch('rules.update', { scope: { level: 'global' }, rules, reason: 'Benchmark' }, { token });
  if (!set.ok) throw new Error(set.error.message);
  return async (i: number) => {
    const input = { roomId, start: new Date(slotStart(i)).toISOString(), end: new Date(slotStart(i) + SLOT_MS).toISOString(), title: `Meeting ${i}` };
    const answer = await dispatch('bookings.create', input, { token });
    if (!answer.ok) throw new Error(`booking ${i} was refused: ${answer.error.message}`);
  };
}

/** The same row through the store's write path: `db.write` (IMMEDIATE) and one raw INSERT. */
const storeInserter = (db: Db, roomId: string, userId: string) => (i: number) =>
  db.write((transaction) => db.sequelize.query(INSERT, { replacements: insertParams(i, roomId, userId), transaction })).then(() => undefined);

function run(connection: sqlite3.Database, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => connection.run(sql, params, (err) => (err ? reject(err) : resolve())));
}

/** The same row with the driver on its own connection: BEGIN IMMEDIATE, INSERT, COMMIT. */
async function driverInserter(file: string, roomId: string, userId: string) {
  const connection = new sqlite3.Database(file);
  await run(connection, 'PRAGMA journal_mode = WAL');
  await run(connection, 'PRAGMA synchronous = NORMAL');
  await run(connection, 'PRAGMA busy_timeout = 5000');
  const insert = async (i: number) => {
    await run(connection, 'BEGIN IMMEDIATE');
    await run(connection, INSERT, insertParams(i, roomId, userId));
    await run(connection, 'COMMIT');
  };
  return { insert, close: () => new Promise<void>((resolve) => connection.close(() => resolve())) };
}

/** Rounds of `size` calls of each writer in turn; the rate of every round, per writer. */
async function rounds(writers: ((i: number) => Promise<void>)[], count: number, size: number) {
  const rates: number[][] = writers.map(() => []);
  for (let done = 0; done < count; done += size) {
    for (const [w, write] of writers.entries()) {
      const t0 = performance.now();
      for (let i = done; i < done + size; i++) await write(i + 100);
      rates[w]!.push(size / ((performance.now() - t0) / 1000));
    }
  }
  return rates.map((r) => summary(r).median);
}

export async function runBookingsBench(count = 2000, size = 200): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'roomly-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const db = await openDb({ file });
  try {
    const w = await world(db);
    const service = await serviceBooker(db, w.rooms[0]!);
    const store = storeInserter(db, w.rooms[1]!, w.userId);
    const driver = await driverInserter(file, w.rooms[2]!, w.userId);
    for (let i = 0; i < 50; i++) await Promise.all([service(i), store(i)]).then(() => driver.insert(i));
    console.log(`bookings.create on SQLite (a file, WAL): ${count} of each, in rounds of ${size}, medians of the rounds`);
    const [s, st, d] = await rounds([service, store, driver.insert], count, size);
    await driver.close();
    line('full service (dispatcher → engine → write)', `${s!.toFixed(0)} bookings/s (${(1000 / s!).toFixed(2)} ms each)`);
    line('raw insert through the store (db.write)', `${st!.toFixed(0)} inserts/s (${(1000 / st!).toFixed(2)} ms each)`);
    line('raw insert with the driver, own connection', `${d!.toFixed(0)} inserts/s (${(1000 / d!).toFixed(2)} ms each)`);
    line('ratio, store insert / service', `${(st! / s!).toFixed(2)}x`);
    line('ratio, driver insert / service', `${(d! / s!).toFixed(2)}x`);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBookingsBench(Number(process.argv[2] ?? 2000));
