import type { Transaction } from 'sequelize';
import { instantMs, type Db } from '../../db';

/**
 * Raw SQL for the booking hot path (one round trip per kind of row, no model instances), the same
 * text on SQLite and PostgreSQL. SQLite keeps a DATE as text 'YYYY-MM-DD HH:MM:SS.SSS +00:00',
 * which sorts like the instant; PostgreSQL hands back Date objects and parsed JSON.
 */
export function select<T extends object>(
  db: Db,
  sql: string,
  replacements: Record<string, unknown>,
  transaction?: Transaction,
): Promise<T[]> {
  return db.read<T>(sql, replacements, transaction);
}

/** An instant bound as the database compares it. */
export function instant(db: Db, at: Date | number): string {
  const iso = new Date(at).toISOString();
  return db.dialect === 'sqlite' ? `${iso.slice(0, 10)} ${iso.slice(11, 23)} +00:00` : iso;
}

/** A DATE read back raw. */
export const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(instantMs(value)));
export const toMaybeDate = (value: string | Date | null | undefined): Date | null => (value == null ? null : toDate(value));

/** JSON read back raw: text on SQLite, already parsed on PostgreSQL. */
export const toJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't';
