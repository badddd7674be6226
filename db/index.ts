import { AsyncLocalStorage } from 'node:async_hooks';
import type { Sequelize, Transaction } from 'sequelize';
import { toAppError } from './errors';
import { migrate } from './migrate';
import { initModels, type Models } from './models';
import { createSequelize, type Dialect, type OpenOptions } from './open';

export { createSequelize, SQLITE_BUSY_TIMEOUT_MS, SQLITE_PRAGMAS, type Dialect, type OpenOptions } from './open';
export { bookingOverlap, EXCLUSION_VIOLATION, toAppError } from './errors';
export { createMigrator, migrate, MIGRATIONS, MIGRATIONS_TABLE, type MigrationContext } from './migrate';
export * from './models';

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

  return { sequelize, dialect, models, write, close: () => sequelize.close() };
}
