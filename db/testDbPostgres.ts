import { randomBytes } from 'node:crypto';
import { QueryTypes, Sequelize, type Transaction } from 'sequelize';
import { openDb, type Db } from './index';
import { MIGRATIONS_TABLE } from './migrate';

/**
 * PostgreSQL test databases. A migrated template per schema (shared by every test process) is
 * copied with CREATE DATABASE … TEMPLATE. A database a test has finished with is emptied (DELETE,
 * a few milliseconds) and handed to the next test of the same file; the file's databases are
 * dropped when the file ends. Copies are only reused while the template itself holds no rows.
 */

export const DEFAULT_TEST_PG_URL = 'postgres://roomly:roomly@127.0.0.1:5432/postgres';
const TEST_DB_PREFIX = 'roomly_t_';
const TEMPLATE_PREFIX = 'roomly_tpl_';
/** Test databases older than this were left behind by a crashed run; unused ones are dropped. */
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;
/** Templates of other schemas (an edited or older migration) are dropped once this old. */
const OLD_TEMPLATE_MS = 60 * 60 * 1000;
const TEMPLATE_LOCK = `hashtext('roomly test template')`;

const baseUrl = () => process.env.ROOMLY_TEST_PG_URL ?? DEFAULT_TEST_PG_URL;
const masked = (url: string) => url.replace(/:[^:@/]+@/, ':***@');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const newDatabaseName = () => `${TEST_DB_PREFIX}${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;

function urlFor(database: string): string {
  const url = new URL(baseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** A short-lived single connection to the maintenance database (one session: advisory locks hold). */
interface Admin {
  run(sql: string): Promise<void>;
  rows<T extends object>(sql: string, replacements?: unknown[]): Promise<T[]>;
}

async function withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
  const sequelize = new Sequelize(baseUrl(), {
    dialect: 'postgres',
    logging: false,
    pool: { max: 1, min: 0 },
    dialectOptions: { connectionTimeoutMillis: 5000 },
  });
  const admin: Admin = {
    run: async (sql) => {
      await sequelize.query(sql, { raw: true });
    },
    rows: (sql, replacements) => sequelize.query(sql, { type: QueryTypes.SELECT, replacements }),
  };
  try {
    await sequelize.authenticate();
  } catch (error) {
    await sequelize.close().catch(() => undefined);
    throw new Error(
      `Cannot reach PostgreSQL for tests at ${masked(baseUrl())}: ${(error as Error).message}. ` +
        'Start it with scripts/pg-setup.sh or set ROOMLY_TEST_PG_URL.',
    );
  }
  try {
    return await fn(admin);
  } finally {
    await sequelize.close().catch(() => undefined);
  }
}

const sqlState = (error: unknown): string | undefined =>
  (error as { parent?: { code?: string } }).parent?.code ?? (error as { code?: string }).code;

/** CREATE/ALTER DATABASE fail while a just-closed session is still leaving; wait and retry. */
async function retryWhileBusy(admin: Admin, sql: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.run(sql);
      return;
    } catch (error) {
      if (sqlState(error) !== '55006' || attempt >= 50) throw error;
      await sleep(100);
    }
  }
}

async function dropStaleDatabases(admin: Admin): Promise<void> {
  const rows = await admin.rows<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DB_PREFIX}%'`,
  );
  for (const { datname } of rows) {
    const born = parseInt(datname.slice(TEST_DB_PREFIX.length).split('_')[0] ?? '', 36);
    if (Number.isFinite(born) && Date.now() - born > STALE_AFTER_MS) {
      // Without FORCE: a database someone is connected to stays.
      await admin.run(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
    }
  }
}

/** Drops templates of other schemas built long enough ago (their comment says when). */
async function dropOldTemplates(admin: Admin, keep: string): Promise<void> {
  const rows = await admin.rows<{ datname: string; note: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database
      WHERE datname LIKE '${TEMPLATE_PREFIX}%' AND datname <> ?`,
    [keep],
  );
  for (const { datname, note } of rows) {
    const built = Number(/built (\d+)/.exec(note ?? '')?.[1] ?? 0);
    if (Date.now() - built < OLD_TEMPLATE_MS) continue;
    await admin
      .run(`ALTER DATABASE "${datname}" WITH IS_TEMPLATE false`)
      .then(() => admin.run(`DROP DATABASE IF EXISTS "${datname}"`))
      .catch(() => undefined);
  }
}

/** One migrated template per schema fingerprint, built once under an advisory lock. */
async function ensureTemplate(fingerprint: string): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${fingerprint}`;
  await withAdmin(async (admin) => {
    await admin.run(`SELECT pg_advisory_lock(${TEMPLATE_LOCK})`);
    try {
      await dropStaleDatabases(admin);
      await dropOldTemplates(admin, template);
      const found = await admin.rows('SELECT 1 FROM pg_database WHERE datname = ?', [template]);
      if (found.length > 0) return;
      const building = newDatabaseName();
      await admin.run(`CREATE DATABASE "${building}"`);
      const db = await openDb({ url: urlFor(building) });
      await db.close();
      await admin.run(`COMMENT ON DATABASE "${building}" IS 'roomly test template, built ${Date.now()}'`);
      // Nobody connects to a template (not even autovacuum), so copying it never finds it busy.
      await retryWhileBusy(admin, `ALTER DATABASE "${building}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      await retryWhileBusy(admin, `ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await admin.run(`SELECT pg_advisory_unlock(${TEMPLATE_LOCK})`);
    }
  });
  return template;
}

/** How to empty a copy: tables children-first (by their foreign keys), and the sequences. */
interface ResetPlan {
  tables: string[];
  sequences: string[];
}

async function planReset(db: Db): Promise<ResetPlan> {
  const q = <T extends object>(sql: string) => db.sequelize.query<T>(sql, { type: QueryTypes.SELECT });
  const tables = (await q<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`))
    .map((r) => r.t)
    .filter((t) => t !== MIGRATIONS_TABLE);
  const edges = await q<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
  );
  const sequences = (await q<{ s: string }>(`SELECT sequencename AS s FROM pg_sequences WHERE schemaname = 'public'`)).map(
    (r) => r.s,
  );
  const ordered: string[] = [];
  const left = new Set(tables);
  while (left.size > 0) {
    const leaf = [...left].find((t) => !edges.some((e) => e.parent === t && e.child !== t && left.has(e.child)));
    const next = leaf ?? [...left][0]!;
    ordered.push(next);
    left.delete(next);
  }
  return { tables: ordered, sequences };
}

async function rowCount(db: Db, plan: ResetPlan): Promise<number> {
  if (plan.tables.length === 0) return 0;
  const sum = plan.tables.map((t) => `(SELECT count(*) FROM "${t}")`).join(' + ');
  const [row] = await db.sequelize.query<{ n: number }>(`SELECT ${sum} AS n`, { type: QueryTypes.SELECT });
  return Number(row?.n ?? 0);
}

async function emptyDatabase(db: Db, plan: ResetPlan): Promise<void> {
  await db.sequelize.transaction(async (transaction: Transaction) => {
    const run = (sql: string) => db.sequelize.query(sql, { transaction });
    // A test that left a transaction open must not make the next test wait forever.
    await run(`SET LOCAL lock_timeout = '2s'`);
    for (const table of plan.tables) await run(`DELETE FROM "${table}"`);
    for (const sequence of plan.sequences) await run(`ALTER SEQUENCE "${sequence}" RESTART`);
  });
}

export interface PgTestPool {
  /** A migrated database, fresh or emptied; `release` hands it back (closing its connections). */
  acquire(): Promise<{ db: Db; release(): Promise<void> }>;
  /** A database with no tables at all (copied from template0); `release` drops it. */
  acquireEmpty(): Promise<{ db: Db; release(): Promise<void> }>;
  /** Drops every database this pool made. */
  dispose(): Promise<void>;
}

export function createPgTestPool(fingerprint: () => string): PgTestPool {
  let template: Promise<string> | undefined;
  let reset: ResetPlan | undefined;
  let reusable: boolean | undefined;
  const idle: string[] = [];
  const made = new Set<string>();

  const drop = async (name: string) => {
    made.delete(name);
    await withAdmin((admin) => admin.run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };

  async function create(from: string, migrated: boolean): Promise<{ name: string; db: Db }> {
    const name = newDatabaseName();
    await withAdmin((admin) => retryWhileBusy(admin, `CREATE DATABASE "${name}" TEMPLATE "${from}"`));
    made.add(name);
    try {
      return { name, db: await openDb({ url: urlFor(name), migrate: migrated }) };
    } catch (error) {
      await drop(name).catch(() => undefined);
      throw error;
    }
  }

  /** Empties the database and keeps it for the next test, or drops it if that fails. */
  async function recycle(name: string, db: Db): Promise<void> {
    try {
      if (!reusable || !reset) throw new Error('not reusable');
      await emptyDatabase(db, reset);
      await db.close();
      idle.push(name);
    } catch {
      await db.close().catch(() => undefined);
      await drop(name);
    }
  }

  async function takeIdle(): Promise<{ name: string; db: Db } | undefined> {
    for (let name = idle.pop(); name !== undefined; name = idle.pop()) {
      try {
        return { name, db: await openDb({ url: urlFor(name), migrate: false }) };
      } catch {
        await drop(name).catch(() => undefined);
      }
    }
    return undefined;
  }

  /** A copy of the template; if the template was dropped meanwhile, it is built again once. */
  async function copyTemplate(): Promise<{ name: string; db: Db }> {
    for (let attempt = 0; ; attempt++) {
      template ??= ensureTemplate(fingerprint());
      template.catch(() => (template = undefined));
      try {
        return await create(await template, false);
      } catch (error) {
        if (sqlState(error) !== '3D000' || attempt > 0) throw error;
        template = undefined;
      }
    }
  }

  return {
    async acquire() {
      const taken = (await takeIdle()) ?? (await copyTemplate());
      if (reusable === undefined) {
        reset = await planReset(taken.db);
        reusable = (await rowCount(taken.db, reset)) === 0;
      }
      return { db: taken.db, release: () => recycle(taken.name, taken.db) };
    },
    async acquireEmpty() {
      const { name, db } = await create('template0', false);
      return {
        db,
        release: async () => {
          await db.close().catch(() => undefined);
          await drop(name);
        },
      };
    },
    async dispose() {
      idle.length = 0;
      const names = [...made];
      if (names.length === 0) return;
      await withAdmin(async (admin) => {
        for (const name of names) await admin.run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
      made.clear();
    },
  };
}
