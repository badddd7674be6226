import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { openDb, type Db } from './index';
import { MIGRATIONS } from './migrate';
import { createPgTestPool, type PgTestPool } from './testDbPostgres';

export { DEFAULT_TEST_PG_URL } from './testDbPostgres';

/**
 * Databases for tests. `ROOMLY_TEST_DB` picks SQLite (default) or PostgreSQL
 * (`ROOMLY_TEST_PG_URL`, default postgres://roomly:roomly@127.0.0.1:5432/postgres).
 *
 * Every `openTestDb()` gives a migrated database with no rows, copied from a template built once
 * per schema (a file on SQLite; a template database on PostgreSQL). Call `cleanup()` when done
 * (`afterEach`); it closes the connections and throws the data away.
 */
export type TestDb = Db & { cleanup(): Promise<void> };

export const testDialect = (): 'sqlite' | 'postgres' =>
  process.env.ROOMLY_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

export function openTestDb(): Promise<TestDb> {
  return testDialect() === 'postgres' ? openPostgres(false) : openSqlite(true);
}

/** A database with no tables at all, for migration tests. */
export function openEmptyTestDb(): Promise<TestDb> {
  return testDialect() === 'postgres' ? openPostgres(true) : openSqlite(false);
}

/** Hash of every migration's source: the template's name changes whenever the schema can. */
let fingerprint: string | undefined;
function schemaFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256').update(`v1:${MIGRATIONS.map((m) => m.name).join(',')}`);
  const folder = fileURLToPath(new URL('./migrations/', import.meta.url));
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    hash.update(file).update(readFileSync(path.join(folder, file)));
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}

function withCleanup(db: Db, release: () => Promise<void> | void): TestDb {
  let done: Promise<void> | undefined;
  return { ...db, cleanup: () => (done ??= Promise.resolve().then(release)) };
}

// ---------------------------------------------------------------------------------------- SQLite

let sqliteTemplate: Promise<string> | undefined;
const TEMPLATE_FILE = /^roomly-template-[0-9a-f]+\.sqlite$/;
const OLD_TEMPLATE_MS = 60 * 60 * 1000;

/** Removes template files of other schemas (an edited or older migration) once they are an hour old. */
function removeOldTemplates(keep: string): void {
  for (const name of readdirSync(tmpdir()).filter((f) => TEMPLATE_FILE.test(f))) {
    const file = path.join(tmpdir(), name);
    try {
      if (file !== keep && Date.now() - statSync(file).mtimeMs > OLD_TEMPLATE_MS) rmSync(file, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

/** Builds the migrated template file under a temporary name, then renames it into place. */
async function buildSqliteTemplate(): Promise<string> {
  const file = path.join(tmpdir(), `roomly-template-${schemaFingerprint()}.sqlite`);
  if (existsSync(file)) return file;
  removeOldTemplates(file);
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

/** Copies the template; if it vanished meanwhile, builds it again once. */
async function copySqliteTemplate(to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    sqliteTemplate ??= buildSqliteTemplate();
    sqliteTemplate.catch(() => (sqliteTemplate = undefined));
    try {
      copyFileSync(await sqliteTemplate, to);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT' || attempt > 0) throw error;
      sqliteTemplate = undefined;
    }
  }
}

/** Folders of this process's databases; whatever a test forgot is removed when the process exits. */
const sqliteFolders = new Set<string>();
process.once('exit', () => {
  for (const dir of sqliteFolders) rmSync(dir, { recursive: true, force: true });
});

async function openSqlite(migrated: boolean): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'roomly-test-'));
  sqliteFolders.add(dir);
  const file = path.join(dir, 'roomly.sqlite');
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    sqliteFolders.delete(dir);
  };
  try {
    if (migrated) await copySqliteTemplate(file);
    const db = await openDb({ file, migrate: false });
    return withCleanup(db, async () => {
      await db.close().catch(() => undefined);
      remove();
    });
  } catch (error) {
    remove();
    throw error;
  }
}

// ------------------------------------------------------------------------------------ PostgreSQL

let pgPool: PgTestPool | undefined;

async function openPostgres(empty: boolean): Promise<TestDb> {
  pgPool ??= createPgTestPool(schemaFingerprint);
  const { db, release } = empty ? await pgPool.acquireEmpty() : await pgPool.acquire();
  return withCleanup(db, release);
}

async function disposePostgres(): Promise<void> {
  const pool = pgPool;
  pgPool = undefined;
  await pool?.dispose();
}

// A test file's databases go when the file ends. Outside a test file there is nothing to hook
// into; databases left behind are dropped by a later run once they are old.
try {
  afterAll(disposePostgres);
} catch {
  process.once('beforeExit', () => void disposePostgres());
}
