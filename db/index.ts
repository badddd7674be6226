import { AsyncLocalStorage } from 'node:async_hooks';
import type { Sequelize, Transaction } from 'sequelize';
import { toAppError } from './errors';
import { migrate } from './migrate';
import { initModels, type Models } from './models';
import { createRead, type Read } from './read';
import { createSequelize, type Dialect, type OpenOptions } from './open';

export { createSequelize, SQLITE_BUSY_TIMEOUT_MS, SQLITE_PRAGMAS, type Dialect, type OpenOptions } from './open';
export { bookingOverlap, EXCLUSION_VIOLATION, toAppError } from './errors';
export { createMigrator, migrate, MIGRATIONS, MIGRATIONS_TABLE, type MigrationContext } from './migrate';
export * from './models';
export { instantMs, type Read, type ReadParams } from './read';

export interface Db {
  sequelize: Sequelize;
  dialect: Dialect;
  models: Models;
  /**
   * One write transaction: IMMEDIATE on SQLite, and on SQLite one at a time per process (so no
   * writer ever waits on the database lock). Maps constraint errors to AppError. A `write` called
   * inside another joins the outer transaction instead of waiting for it.
   */
  write<T>(fn: (t: Transaction) => Promise<T>): Promise<T>;
  /**
   * A raw SELECT with `:name` parameters (an array fills an IN list), straight to the driver: for
   * hot read paths. Inside a `write` it reads through that transaction.
   */
  read: Read;
  close(): Promise<void>;
}

/** Runs tasks one after another; a failed task does not stop the next. */
function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const isOpen = (t: Transaction | undefined): t is Transaction =>
  t !== undefined && !(t as unknown as { finished?: string }).finished;

export async function openDb(options: OpenOptions & { migrate?: boolean }): Promise<Db> {
  const { sequelize, dialect } = createSequelize(options);
  let models: Models;
  try {
    models = initModels(sequelize);
    if (options.migrate ?? true) await migrate({ sequelize, dialect });
    else await sequelize.authenticate();
  } catch (error) {
    await sequelize.close().catch(() => undefined);
    throw error;
  }

  const current = new AsyncLocalStorage<Transaction>();
  const oneAtATime = dialect === 'sqlite' ? createQueue() : <T>(task: () => Promise<T>) => task();

  async function write<T>(fn: (t: Transaction) => Promise<T>): Promise<T> {
    const outer = current.getStore();
    if (isOpen(outer)) return fn(outer);
    try {
      return await oneAtATime(() => sequelize.transaction((t) => current.run(t, () => fn(t))));
    } catch (error) {
      throw toAppError(error);
    }
  }

  const read = createRead(sequelize, dialect, () => {
    const t = current.getStore();
    return isOpen(t) ? t : undefined;
  });
  return { sequelize, dialect, models, write, read, close: () => sequelize.close() };
}
