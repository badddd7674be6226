import { Op, type Transaction } from 'sequelize';
import type { BookingView } from '../core/contract/bookings';
import type { KioskEntry } from '../core/contract/kiosk';
import { checkInWindow, type Occupant, type Rules } from '../core/rules';
import type { Block, Booking, Db } from '../db';
import { isWalkUpEmail } from './kioskWalkUp';

/**
 * Rows → what a door shows. A tablet sees its own room's public meetings in full; a private one
 * is only "busy" (no title, no organizer), as the record rules say for devices.
 */
const iso = (d: Date | string) => new Date(d).toISOString();

export interface Organizer {
  name: string;
  isWalkUp: boolean;
}

/** The check-in window under the room's rules, on the wire. */
function checkInView(start: Date | string, end: Date | string, rules: Rules): KioskEntry['checkIn'] {
  const window = checkInWindow({ start: new Date(start), end: new Date(end) }, rules);
  return {
    required: window.required,
    opensAt: window.opensAt.toISOString(),
    closesAt: window.closesAt.toISOString(),
    releaseAt: window.releaseAt?.toISOString() ?? null,
  };
}

export async function organizersOf(db: Db, ids: readonly string[], transaction?: Transaction): Promise<Map<string, Organizer>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.models.User.findAll({ attributes: ['id', 'name', 'email'], where: { id: { [Op.in]: unique } }, transaction });
  return new Map(users.map((u) => [u.id, { name: u.name, isWalkUp: isWalkUpEmail(u.email) }]));
}

export function bookingEntry(row: Booking, organizer: Organizer | undefined, rules: Rules): KioskEntry {
  const isPrivate = Boolean(row.isPrivate);
  const isWalkUp = organizer?.isWalkUp ?? false;
  return {
    id: row.id,
    kind: 'booking',
    title: isPrivate ? '' : row.title,
    isPrivate,
    organizerName: isPrivate || isWalkUp ? null : (organizer?.name ?? null),
    isWalkUp,
    start: iso(row.startAt),
    end: iso(row.endAt),
    status: row.status,
    checkInAt: row.checkInAt ? iso(row.checkInAt) : null,
    checkIn: checkInView(row.startAt, row.endAt, rules),
  };
}

/** A walk-up just made at a door, from the booking's answer (its organizer is the room's walk-up account). */
export function walkUpEntry(view: BookingView, rules: Rules): KioskEntry {
  return {
    id: view.id,
    kind: 'booking',
    title: view.isMasked || view.isPrivate ? '' : view.title,
    isPrivate: view.isPrivate,
    organizerName: null,
    isWalkUp: true,
    start: view.start,
    end: view.end,
    status: view.status,
    checkInAt: view.checkInAt,
    checkIn: checkInView(view.start, view.end, rules),
  };
}

export const blockEntry = (block: Block): KioskEntry => ({
  id: block.id,
  kind: 'block',
  title: block.reason ?? '',
  isPrivate: false,
  organizerName: null,
  isWalkUp: false,
  start: iso(block.startAt),
  end: iso(block.endAt),
  status: 'confirmed',
  checkInAt: null,
  checkIn: null,
});

export const blockOccupant = (b: Block): Occupant => ({
  kind: 'block',
  id: b.id,
  roomId: b.roomId ?? '',
  start: new Date(b.startAt),
  end: new Date(b.endAt),
  bufferBeforeMin: 0,
  bufferAfterMin: 0,
  status: 'confirmed',
  title: b.reason,
});

/** A room's blocks that overlap [from, to). */
export function roomBlocks(db: Db, roomId: string, from: number, to: number, transaction?: Transaction) {
  return db.models.Block.findAll({
    where: { roomId, startAt: { [Op.lt]: new Date(to) }, endAt: { [Op.gt]: new Date(from) } },
    order: [['startAt', 'ASC']],
    transaction,
  });
}
