import {
  BaseError,
  ExclusionConstraintError,
  ForeignKeyConstraintError,
  UniqueConstraintError,
  type DatabaseError,
} from 'sequelize';
import { AppError } from '../core/errors';

/** SQLSTATE of PostgreSQL's exclusion violation: the no-overlap constraint on bookings. */
export const EXCLUSION_VIOLATION = '23P01';

const sqlState = (e: BaseError): string | undefined => {
  const parent = (e as DatabaseError).parent as { code?: unknown } | undefined;
  return typeof parent?.code === 'string' ? parent.code : undefined;
};

export const bookingOverlap = () =>
  new AppError('CONFLICT', 'This room is already booked for an overlapping time.', { key: 'errors.bookingOverlap' });

/**
 * Turns the database's refusals into errors a person can read: an overlapping booking or a
 * duplicate is a CONFLICT, a reference to something missing is a VALIDATION error. Anything else
 * (including AppErrors) comes back unchanged.
 */
export function toAppError(e: unknown): unknown {
  if (!(e instanceof BaseError)) return e;
  if (e instanceof ExclusionConstraintError || sqlState(e) === EXCLUSION_VIOLATION) return bookingOverlap();
  if (e instanceof UniqueConstraintError) {
    const fields = Object.keys(e.fields ?? {});
    return new AppError('CONFLICT', 'Something with these details already exists.', {
      key: 'errors.alreadyExists',
      details: { fields },
    });
  }
  if (e instanceof ForeignKeyConstraintError) {
    return new AppError('VALIDATION', 'This refers to something that does not exist.', {
      key: 'errors.missingReference',
      details: { fields: Array.isArray(e.fields) ? e.fields : Object.keys(e.fields ?? {}) },
    });
  }
  return e;
}
