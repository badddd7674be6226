import path from 'node:path';
import { Sequelize, Transaction } from 'sequelize';
import type { Database as SqliteConnection } from 'sqlite3';
import { AppError } from '../core/errors';

export type Dialect = 'sqlite' | 'postgres';

export interface OpenOptions {
  /** postgres://… opens PostgreSQL; otherwise `file` (or `:memory:`) opens embedded SQLite. */
  url?: string | undefined;
  file?: string | undefined;
  logging?: false | ((sql: string) => void);
}

/** SQLite settings applied to every connection, because Sequelize opens one per transaction. */
export const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA foreign_keys = ON',
] as const;
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

const configured = new WeakMap<object, Promise<void>>();

function runSql(connection: SqliteConnection, sql: string): Promise<void> {
  return new Promise((resolve, reject) => connection.run(sql, (err) => (err ? reject(err) : resolve())));
}

async function configure(connection: SqliteConnection): Promise<void> {
  connection.configure('busyTimeout', SQLITE_BUSY_TIMEOUT_MS);
  for (const pragma of SQLITE_PRAGMAS) await runSql(connection, pragma);
}

/**
 * Wraps Sequelize's SQLite connection factory so that every new connection gets our pragmas.
 * Callers that race for the same connection all wait for the one configuration.
 */
function configureEveryConnection(sequelize: Sequelize): void {
  const manager = sequelize.connectionManager as unknown as {
    getConnection: (options?: unknown) => Promise<SqliteConnection>;
  };
  const original = manager.getConnection.bind(manager);
  manager.getConnection = async (options?: unknown) => {
    const connection = await original(options);
    let ready = configured.get(connection);
    if (!ready) {
      ready = configure(connection);
      configured.set(connection, ready);
    }
    await ready;
    return connection;
  };
}

/** Transaction connections kept open for the next transaction instead of being closed. */
const IDLE_TRANSACTION_CONNECTIONS = 2;

type PooledConnection = SqliteConnection & { uuid?: string; filename?: string };
interface SqliteManager {
  connections: Record<string, SqliteConnection>;
  getConnection(options?: { uuid?: string }): Promise<SqliteConnection>;
  releaseConnection(connection: PooledConnection, force?: boolean): void;
  _onProcessExit(): Promise<void>;
}

/**
 * Sequelize opens (and configures) a fresh SQLite connection for every transaction and closes it
 * at the end: about two milliseconds a write. Finished transaction connections wait here for the
 * next transaction instead; they are closed with the database.
 */
function reuseTransactionConnections(sequelize: Sequelize): void {
  const manager = sequelize.connectionManager as unknown as SqliteManager;
  const idle: SqliteConnection[] = [];
  const get = manager.getConnection.bind(manager);
  manager.getConnection = async (options) => {
    const uuid = options?.uuid;
    const reusable = uuid && uuid !== 'default' && !manager.connections[uuid] ? idle.pop() : undefined;
    if (!reusable) return get(options);
    manager.connections[uuid as string] = reusable;
    return reusable;
  };
  const release = manager.releaseConnection.bind(manager);
  manager.releaseConnection = (connection, force) => {
    const keep = connection.uuid && !force && connection.filename !== ':memory:' && idle.length < IDLE_TRANSACTION_CONNECTIONS;
    if (!keep) return release(connection, force);
    delete manager.connections[connection.uuid as string];
    idle.push(connection);
  };
  const exit = manager._onProcessExit.bind(manager);
  manager._onProcessExit = async () => {
    await Promise.all(idle.splice(0).map((c) => new Promise<void>((resolve) => c.close(() => resolve()))));
    return exit();
  };
}

/** PostgreSQL's int8 (BIGINT, COUNT(*)) arrives as a string; counters here fit a JS number. */
const INT8_OID = 20;
const parseInt8 = (value: string): number | string => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
};

function parseInt8AsNumber(sequelize: Sequelize): void {
  const manager = sequelize.connectionManager as unknown as { oidParserMap?: Map<number, (v: string) => unknown> };
  manager.oidParserMap?.set(INT8_OID, parseInt8);
}

export function createSequelize(options: OpenOptions): { sequelize: Sequelize; dialect: Dialect } {
  const logging = options.logging ?? false;
  if (options.url) {
    if (!/^postgres(ql)?:\/\//.test(options.url)) {
      throw new AppError('VALIDATION', 'DATABASE_URL must start with postgres:// or postgresql://.');
    }
    const sequelize = new Sequelize(options.url, {
      dialect: 'postgres',
      logging,
      pool: { max: 10, min: 0, idle: 10_000 },
      define: { underscored: true },
    });
    parseInt8AsNumber(sequelize);
    return { sequelize, dialect: 'postgres' };
  }
  const storage = options.file ?? ':memory:';
  const sequelize = new Sequelize({
    dialect: 'sqlite',
    storage: storage === ':memory:' ? storage : path.resolve(storage),
    logging,
    transactionType: Transaction.TYPES.IMMEDIATE,
    define: { underscored: true },
  });
  reuseTransactionConnections(sequelize);
  configureEveryConnection(sequelize);
  return { sequelize, dialect: 'sqlite' };
}
