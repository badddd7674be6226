import { OCCUPYING_STATUSES } from '../domain';
import { MINUTE, type Span } from './localTime';
import type { Occupant } from './types';

/**
 * Occupancy (DESIGN.md): a booking holds its room over [start − bufferBefore, end + bufferAfter);
 * a block holds exactly its span. Two occupancies conflict when they overlap (half-open, so
 * touching is fine). Only pending (hold not expired) and confirmed bookings, and blocks, occupy.
 */
export function occupies(o: Occupant, now: number): boolean {
  if (o.kind === 'block') return true;
  if (!OCCUPYING_STATUSES.includes(o.status)) return false;
  return !(o.status === 'pending' && o.holdExpiresAt && o.holdExpiresAt.getTime() <= now);
}

export function occupancyOf(o: Occupant): Span {
  const [before, after] = o.kind === 'block' ? [0, 0] : [o.bufferBeforeMin, o.bufferAfterMin];
  return { start: o.start.getTime() - before * MINUTE, end: o.end.getTime() + after * MINUTE };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The occupants that hold this room at `now`, without the booking being moved. */
export function occupyingIn(
  existing: readonly Occupant[],
  roomId: string,
  now: number,
  ignoreBookingId?: string,
): Occupant[] {
  const found: Occupant[] = [];
  for (const o of existing) {
    if (o.roomId !== roomId || !occupies(o, now)) continue;
    if (o.kind === 'booking' && o.id === ignoreBookingId) continue;
    found.push(o);
  }
  return found;
}

/** Occupants whose occupancy overlaps `span`, earliest first. */
export function conflictsWith(occupants: readonly Occupant[], span: Span): Occupant[] {
  const found: Occupant[] = [];
  for (const o of occupants) {
    const isBlock = o.kind === 'block';
    const start = o.start.getTime() - (isBlock ? 0 : o.bufferBeforeMin) * MINUTE;
    const end = o.end.getTime() + (isBlock ? 0 : o.bufferAfterMin) * MINUTE;
    if (start < span.end && span.start < end) found.push(o);
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

/** True when `end` plus our after-buffer touches exactly where some occupant's occupancy begins. */
export function touchesNextOccupant(occupants: readonly Occupant[], end: number, bufferAfterMin: number): boolean {
  const ours = end + bufferAfterMin * MINUTE;
  return occupants.some((o) => occupancyOf(o).start === ours);
}
