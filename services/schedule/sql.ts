import { instantMs, type Db } from '../../db';

/**
 * Raw SQL for the hot paths, the same text on SQLite and PostgreSQL. SQLite keeps a DATE as text
 * 'YYYY-MM-DD HH:MM:SS.SSS +00:00', which sorts like the instant, so instants are bound in that
 * form there and as ISO strings on PostgreSQL.
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The rules cap a meeting at 7 days (and buffers at 12 hours each): a bound for range scans. */
export const MAX_BOOKING_MS = 8 * DAY;
/**
 * Occupancies at least this long are found through their own small index; shorter ones by a
 * range scan that starts `SHORT_SCAN_MS` before the window (an hour of slack either side of the cut).
 */
export const LONG_OCCUPANCY = { sqlite: 'julianday(occupied_to) - julianday(occupied_from) >= 0.1666', postgres: "occupied_to - occupied_from >= interval '4 hours'" };
export const SHORT_SCAN_MS = 5 * HOUR;

export const OCCUPYING = "status IN ('pending', 'confirmed')";

export type Instant = string;

/** An instant as the database compares it. */
export function at(db: Db, ms: number): Instant {
  const iso = new Date(ms).toISOString();
  return db.dialect === 'sqlite' ? `${iso.slice(0, 10)} ${iso.slice(11, 23)} +00:00` : iso;
}

/** A DATE read back raw (text on SQLite, a Date on PostgreSQL) as milliseconds. */
export const ms = instantMs;

/**
 * Many small rows as one text: 'a|b|c;a|b|c;…'. A call that reads a thousand rows spends most of
 * its time turning each row into an object (in the driver, then here); one row of text costs a
 * fraction of that. Only for columns that never hold '|' or ';' (ids, codes, numbers, instants).
 * Instants come as SQLite's own text, or epoch milliseconds on PostgreSQL; read them with `instant`.
 */
export type PackedColumn = readonly [column: string, kind: 'text' | 'instant'];

export function packSql(db: Db, columns: readonly PackedColumn[]): string {
  const fields = columns
    .map(([column, kind]) =>
      db.dialect === 'postgres'
        ? `coalesce(${kind === 'instant' ? `(EXTRACT(EPOCH FROM ${column}) * 1000)::bigint::text` : `${column}::text`}, '')`
        : `coalesce(${column}, '')`,
    )
    .join(" || '|' || ");
  return db.dialect === 'postgres' ? `string_agg(${fields}, ';')` : `group_concat(${fields}, ';')`;
}

export function unpack(list: string | null | undefined): string[][] {
  return list ? list.split(';').map((row) => row.split('|')) : [];
}

/** A packed instant as milliseconds; an empty field (NULL) as null. */
export function instant(field: string): number | null {
  if (field === '') return null;
  const c = field.charCodeAt(4);
  return c >= 48 && c <= 57 ? Number(field) : ms(field);
}

export const maybeMs = (value: string | Date | null | undefined): number | null =>
  value === null || value === undefined ? null : ms(value);

export function select<T extends object>(db: Db, sql: string, replacements: Record<string, unknown> = {}): Promise<T[]> {
  return db.read<T>(sql, replacements);
}

/** JSON columns: text on SQLite, already parsed on PostgreSQL. */
export function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export const bool = (value: unknown): boolean => value === true || value === 1 || value === '1';

/** Half-open spans in milliseconds. */
export interface Span {
  start: number;
  end: number;
}

export const clip = (s: Span, from: number, to: number): number => Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
