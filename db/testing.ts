import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QueryTypes, Sequelize } from 'sequelize';
import { openDb, type Db } from './index';
import { MIGRATIONS } from './migrate';

/**
 * Databases for tests. `ROOMLY_TEST_DB` picks SQLite (default) or PostgreSQL
 * (`ROOMLY_TEST_PG_URL`, default postgres://roomly:roomly@127.0.0.1:5432/postgres).
 *
 * Each test gets its own fresh database, copied from a migrated template: a file on SQLite, a
 * `CREATE DATABASE … TEMPLATE` on PostgreSQL. The template is named after a hash of the
 * migrations, so it is built once and rebuilt only when a migration changes.
 */
export type TestDb = Db & { cleanup(): Promise<void> };

export const DEFAULT_TEST_PG_URL = 'postgres://roomly:roomly@127.0.0.1:5432/postgres';
const TEST_DB_PREFIX = 'roomly_t_';
const TEMPLATE_PREFIX = 'roomly_tpl_';
/** Test databases older than this were left behind by a crashed run and are dropped. */
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

export const testDialect = (): 'sqlite' | 'postgres' =>
  process.env.ROOMLY_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

export function openTestDb(): Promise<TestDb> {
  return testDialect() === 'postgres' ? openPostgres(true) : openSqlite(true);
}

/** A database with no tables at all, for migration tests. */
export function openEmptyTestDb(): Promise<TestDb> {
  return testDialect() === 'postgres' ? openPostgres(false) : openSqlite(false);
}

/** Hash of every migration's source: the template's name changes when the schema does. */
let fingerprintCache: string | undefined;
function schemaFingerprint(): string {
  if (fingerprintCache) return fingerprintCache;
  const hash = createHash('sha256').update(`v1:${MIGRATIONS.map((m) => m.name).join(',')}`);
  const folder = fileURLToPath(new URL('./migrations/', import.meta.url));
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts')).sort()) {
    hash.update(file).update(readFileSync(path.join(folder, file)));
  }
  fingerprintCache = hash.digest('hex').slice(0, 16);
  return fingerprintCache;
}

function withCleanup(db: Db, drop: () => Promise<void> | void): TestDb {
  let done: Promise<void> | undefined;
  const cleanup = () =>
    (done ??= (async () => {
      await db.close().catch(() => undefined);
      await drop();
    })());
  return { ...db, cleanup };
}

// ---------------------------------------------------------------------------------------- SQLite

let sqliteTemplate: Promise<string> | undefined;

/** Builds the migrated template file once, under a temporary name, then renames it into place. */
async function buildSqliteTemplate(): Promise<string> {
  const file = path.join(tmpdir(), `roomly-template-${schemaFingerprint()}.sqlite`);
  if (existsSync(file)) return file;
  const dir = mkdtempSync(path.join(tmpdir(), 'roomly-build-'));
  try {
    const building = path.join(dir, 'template.sqlite');
    const db = await openDb({ file: building });
    await db.sequelize.query('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.close();
    renameSync(building, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return file;
}

async function openSqlite(migrated: boolean): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'roomly-test-'));
  const file = path.join(dir, 'roomly.sqlite');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (migrated) {
      sqliteTemplate ??= buildSqliteTemplate();
      sqliteTemplate.catch(() => (sqliteTemplate = undefined));
      copyFileSync(await sqliteTemplate, file);
    }
    // On a copy of the template this only confirms that every migration has run.
    const db = await openDb({ file, migrate: migrated });
    return withCleanup(db, remove);
  } catch (error) {
    remove();
    throw error;
  }
}

// ------------------------------------------------------------------------------------ PostgreSQL

const pgBaseUrl = () => process.env.ROOMLY_TEST_PG_URL ?? DEFAULT_TEST_PG_URL;
const masked = (url: string) => url.replace(/:[^:@/]+@/, ':***@');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function urlFor(database: string): string {
  const url = new URL(pgBaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

const newDatabaseName = () => `${TEST_DB_PREFIX}${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;

/** A short-lived single connection to the maintenance database (one session: advisory locks hold). */
interface Admin {
  run(sql: string): Promise<void>;
  rows<T extends object>(sql: string, replacements?: unknown[]): Promise<T[]>;
}

async function withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
  const sequelize = new Sequelize(pgBaseUrl(), {
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
      `Cannot reach PostgreSQL for tests at ${masked(pgBaseUrl())}: ${(error as Error).message}. ` +
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

/** Drops test databases left behind by crashed runs (old by their name; in-use ones are kept). */
async function dropStaleDatabases(admin: Admin): Promise<void> {
  const rows = await admin.rows<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DB_PREFIX}%'`,
  );
  for (const { datname } of rows) {
    const born = parseInt(datname.slice(TEST_DB_PREFIX.length).split('_')[0] ?? '', 36);
    if (Number.isFinite(born) && Date.now() - born > STALE_AFTER_MS) {
      await admin.run(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
    }
  }
}

let pgTemplate: Promise<string> | undefined;

/** One migrated template per schema, shared by every test process; built under an advisory lock. */
async function ensurePgTemplate(): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${schemaFingerprint()}`;
  await withAdmin(async (admin) => {
    await admin.run(`SELECT pg_advisory_lock(hashtext('roomly test template'))`);
    try {
      await dropStaleDatabases(admin);
      const found = await admin.rows('SELECT 1 FROM pg_database WHERE datname = ?', [template]);
      if (found.length > 0) return;
      const building = newDatabaseName();
      await admin.run(`CREATE DATABASE "${building}"`);
      const db = await openDb({ url: urlFor(building) });
      await db.close();
      // Nobody connects to a template (not even autovacuum), so copying it never finds it busy.
      await retryWhileBusy(admin, `ALTER DATABASE "${building}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      await retryWhileBusy(admin, `ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await admin.run(`SELECT pg_advisory_unlock(hashtext('roomly test template'))`);
    }
  });
  return template;
}

async function openPostgres(migrated: boolean): Promise<TestDb> {
  let template = 'template1';
  if (migrated) {
    pgTemplate ??= ensurePgTemplate();
    pgTemplate.catch(() => (pgTemplate = undefined));
    template = await pgTemplate;
  }
  const name = newDatabaseName();
  await withAdmin((admin) => retryWhileBusy(admin, `CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const drop = () => withAdmin((admin) => admin.run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  try {
    const db = await openDb({ url: urlFor(name), migrate: migrated });
    return withCleanup(db, drop);
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}
