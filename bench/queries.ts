import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Sequelize } from 'sequelize';
import type { Caller } from '../core/domain';
import { createDispatcher, type Dispatch } from '../core/dispatcher';
import { DEFAULT_TEST_PG_URL } from '../db/testDbPostgres';
import { createStore, handlers } from '../services';
import { openCampus, type Campus } from './campus';
import { CAMPUS_NOW, CAMPUS_YEAR, Dice } from './campusPlan';
import { line, ms, now, summary } from './stats';

/**
 * The finders, schedules and statistics on the campus, through the real dispatcher (input and
 * output validation, permission check, handler, store): median and p95 of each, on embedded
 * SQLite and, where one answers, on PostgreSQL. Targets: availability.rooms p95 ≤ 20 ms,
 * availability.common p95 ≤ 20 ms, schedule.room p95 ≤ 5 ms, stats.global ≤ 1 s.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function dispatcherFor(campus: Campus): Dispatch {
  const admin = campus.users.find((u) => u.role === 'admin')!;
  const employee = campus.users.find((u) => u.role === 'employee' && u.officeId === campus.offices[1]!.id)!;
  const callers: Record<string, Caller> = {
    admin: { kind: 'user', userId: admin.id, role: 'admin', officeId: null },
    employee: { kind: 'user', userId: employee.id, role: 'employee', officeId: employee.officeId },
  };
  return createDispatcher({
    handlers,
    store: createStore({ db: campus.db, secret: 'bench-secret-that-is-long-enough-for-signing-tokens' }),
    authenticate: async (token) => callers[token]!,
    clock: () => CAMPUS_NOW,
  });
}

/**
 * Wall time per call, and this process's CPU time per call: on a shared machine the wall time
 * includes waiting for a core, while the CPU time is what the call costs (all of it on embedded
 * SQLite; on PostgreSQL the server's share is not in it).
 */
async function timed(dispatch: Dispatch, runs: number, make: (i: number) => [string, unknown, string]) {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = -2; i < runs; i++) {
    const [method, input, token] = make(Math.max(0, i));
    const started = now();
    const used = process.cpuUsage();
    const result = await dispatch(method, input, { token });
    const spent = process.cpuUsage(used);
    if (i >= 0) samples.push(now() - started);
    if (i >= 0) cpu.push((spent.user + spent.system) / 1000);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  }
  return { ...summary(samples), cpu: summary(cpu) };
}

/** Working days after the clock, at a whole UTC hour between 07:00 and 15:00. */
function hourAhead(dice: Dice): number {
  for (;;) {
    const day = Math.floor(CAMPUS_NOW.getTime() / DAY) + dice.int(1, 12);
    const weekday = new Date(day * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return day * DAY + dice.int(7, 15) * HOUR;
  }
}

async function benchOne(label: string, campus: Campus): Promise<void> {
  console.log(`\n${label} (load average now ${loadavg().map((x) => x.toFixed(1)).join(', ')}):`);
  console.log(`  ${campus.rooms.length} rooms, ${campus.users.length} people, ${campus.bookings} bookings, ${campus.attendees} attendee rows`);
  line('campus load', campus.reused ? 'reused (built earlier)' : `${(campus.loadMs / 1000).toFixed(1)} s`);
  const dispatch = dispatcherFor(campus);
  const dice = new Dice(7);
  const report = (name: string, s: Awaited<ReturnType<typeof timed>>, target: string) =>
    line(name, `median ${ms(s.median)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  cpu median ${ms(s.cpu.median)} p95 ${ms(s.cpu.p95)}  (n=${s.n}; target ${target})`);

  for (const includeNearMisses of [false, true]) {
    const rooms = await timed(dispatch, 60, () => {
      const start = hourAhead(dice);
      return ['availability.rooms', { start: new Date(start).toISOString(), end: new Date(start + HOUR).toISOString(), includeNearMisses }, 'employee'];
    });
    report(`availability.rooms, 1 hour, all rooms${includeNearMisses ? ', near misses' : ''}`, rooms, includeNearMisses ? 'none set' : 'p95 ≤ 20 ms');
  }

  const office = campus.offices[1]!.id;
  const people = campus.users.filter((u) => u.officeId === office);
  const common = await timed(dispatch, 60, () => {
    const pick = new Set<string>();
    while (pick.size < Math.min(50, people.length)) pick.add(dice.pick(people).id);
    const from = Math.floor(CAMPUS_NOW.getTime() / DAY) * DAY + dice.int(0, 30) * DAY;
    return ['availability.common', { userIds: [...pick], from: new Date(from).toISOString(), to: new Date(from + 14 * DAY).toISOString(), durationMin: 30 }, 'employee'];
  });
  report('availability.common, 50 people, 2 weeks', common, 'p95 ≤ 20 ms');

  const openRooms = campus.rooms.filter((r) => r.allowedRoles === null);
  const day = await timed(dispatch, 100, () => {
    const date = new Date(Date.parse(`${CAMPUS_YEAR.from}T00:00:00Z`) + dice.int(0, 363) * DAY).toISOString().slice(0, 10);
    return ['schedule.room', { roomId: dice.pick(openRooms).id, date }, 'employee'];
  });
  report('schedule.room, one day', day, 'p95 ≤ 5 ms');

  const year = { from: `${CAMPUS_YEAR.from}T00:00:00.000Z`, to: `${CAMPUS_YEAR.to}T00:00:00.000Z` };
  const stats = await timed(dispatch, 5, () => ['stats.global', year, 'admin']);
  report('stats.global, whole year, all offices', stats, '≤ 1 s');
}

async function reachable(url: string): Promise<boolean> {
  const probe = new Sequelize(url, { dialect: 'postgres', logging: false, pool: { max: 1 }, dialectOptions: { connectionTimeoutMillis: 3000 } });
  try {
    await probe.authenticate();
    return true;
  } catch {
    return false;
  } finally {
    await probe.close().catch(() => undefined);
  }
}

export async function runQueriesBench(): Promise<void> {
  const sqlite = await openCampus('sqlite');
  try {
    await benchOne('SQLite (embedded, one file)', sqlite);
  } finally {
    await sqlite.close();
  }
  const url = process.env.ROOMLY_BENCH_PG_URL ?? process.env.ROOMLY_TEST_PG_URL ?? DEFAULT_TEST_PG_URL;
  if (!(await reachable(url))) {
    console.log('\nPostgreSQL: not reachable; set ROOMLY_BENCH_PG_URL to measure it too.');
    return;
  }
  const postgres = await openCampus({ pgUrl: url });
  try {
    await benchOne('PostgreSQL', postgres);
  } finally {
    await postgres.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runQueriesBench();
