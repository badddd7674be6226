import type { Sequelize, Transaction } from 'sequelize';
import type { Dialect } from './open';

/**
 * Raw SELECTs for the hot read paths, straight to the driver.
 *
 * Each `sequelize.query` on SQLite costs more than many of the queries it runs: it renders an
 * Error's stack for every statement (with source maps on, that walks them), parses the text for
 * replacements, and a model query adds a `PRAGMA table_info` round trip first. Finding rooms and
 * schedules asks a handful of small questions per call, so here the text is compiled once
 * (`:name` → positional placeholders, arrays spread into lists) and handed to the driver.
 *
 * Inside a write transaction (the one in hand, or the `write` running) the read goes to that
 * transaction's connection, so it sees what the transaction has written.
 */
export type ReadParams = Record<string, unknown>;

interface Compiled {
  /** The text split around the parameters: parts.length === names.length + 1. */
  parts: string[];
  names: string[];
}

// A `:name` that is not a PostgreSQL cast (`::type`) and not inside a quoted literal.
const PARAM = /'(?:[^']|'')*'|::|:([A-Za-z_][A-Za-z0-9_]*)/g;

function compile(sql: string): Compiled {
  const parts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of sql.matchAll(PARAM)) {
    const name = match[1];
    if (!name) continue;
    parts.push(sql.slice(last, match.index));
    names.push(name);
    last = match.index + match[0].length;
  }
  parts.push(sql.slice(last));
  return { parts, names };
}

/** Renders placeholders for one call: `?` on SQLite, `$n` on PostgreSQL; an array becomes a list. */
export function bind(dialect: Dialect, compiled: Compiled, params: ReadParams): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const placeholder = () => (dialect === 'sqlite' ? '?' : `$${values.length}`);
  let text = compiled.parts[0]!;
  compiled.names.forEach((name, i) => {
    if (!(name in params)) throw new Error(`No value for the query parameter :${name}.`);
    const value = params[name];
    if (Array.isArray(value)) {
      // `IN ()` is not SQL; an empty list matches nothing, as the caller meant.
      if (value.length === 0) text += 'NULL';
      else
        text += value
          .map((v) => {
            if (v instanceof Date) throw new Error(`Bind :${name} as the database compares instants, not as a Date.`);
            values.push(v);
            return placeholder();
          })
          .join(', ');
    } else {
      if (value instanceof Date) throw new Error(`Bind :${name} as the database compares instants, not as a Date.`);
      values.push(value);
      text += placeholder();
    }
    text += compiled.parts[i + 1]!;
  });
  return { text, values };
}

interface SqliteConnection {
  all(sql: string, params: unknown[], callback: (err: Error | null, rows: unknown[]) => void): void;
}

interface PgClient {
  query(config: { text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface Manager {
  getConnection(options?: object): Promise<unknown>;
  releaseConnection(connection: unknown): unknown;
}

export type Read = <T extends object>(sql: string, params?: ReadParams, transaction?: Transaction) => Promise<T[]>;

const allOf = <T>(connection: SqliteConnection, text: string, values: unknown[]) =>
  new Promise<T[]>((resolve, reject) =>
    connection.all(text, values, (err, rows) => (err ? reject(Object.assign(err, { sql: text })) : resolve(rows as T[]))),
  );

export function createRead(sequelize: Sequelize, dialect: Dialect, current: () => Transaction | undefined): Read {
  const compiled = new Map<string, Compiled>();
  const manager = sequelize.connectionManager as unknown as Manager;
  const compiledOf = (sql: string) => {
    let c = compiled.get(sql);
    if (!c) compiled.set(sql, (c = compile(sql)));
    return c;
  };
  return async <T extends object>(sql: string, params: ReadParams = {}, transaction?: Transaction): Promise<T[]> => {
    const { text, values } = bind(dialect, compiledOf(sql), params);
    // Inside a transaction, on its own connection: the read sees what the transaction wrote.
    const t = transaction ?? current();
    const own = t ? (t as unknown as { connection?: unknown }).connection : undefined;
    if (dialect === 'sqlite') {
      // Outside one, the connection Sequelize reads with (configured with our pragmas).
      return allOf<T>((own ?? (await manager.getConnection({}))) as SqliteConnection, text, values);
    }
    if (own) return ((await (own as PgClient).query({ text, values })).rows as T[]);
    const client = (await manager.getConnection()) as PgClient;
    try {
      return (await client.query({ text, values })).rows as T[];
    } finally {
      manager.releaseConnection(client);
    }
  };
}

const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
};

/**
 * A DATE read back raw (text on SQLite, a Date on PostgreSQL) as milliseconds. SQLite's own
 * 'YYYY-MM-DD HH:MM:SS.SSS +00:00' is read digit by digit: with thousands of rows a call,
 * Date.parse of that text shows up in profiles.
 */
export function instantMs(value: string | Date | null): number {
  if (value === null) return NaN;
  if (value instanceof Date) return value.getTime();
  if (value.length === 30 && value[10] === ' ' && value.endsWith(' +00:00')) {
    return Date.UTC(
      digits(value, 0, 4), digits(value, 5, 7) - 1, digits(value, 8, 10),
      digits(value, 11, 13), digits(value, 14, 16), digits(value, 17, 19), digits(value, 20, 23),
    );
  }
  return Date.parse(value);
}
