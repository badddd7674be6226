import { Op, type Transaction } from 'sequelize';
import type { Role } from '../../core/domain';
import { notFound } from '../../core/errors';
import type { EngineRoom, Occupant } from '../../core/rules';
import { scopeKeyOf, type Booking, type Db, type Room } from '../../db';
import { effectiveRules, latestVersions, narrowestVersionId, versionsFor, type OfficeCalendar, type ScopeVersions } from './ruleLayers';

/** Loading what the engine needs from the store: rooms with their rules, occupants, counts. */

export interface LoadedRoom {
  engine: EngineRoom;
  row: Room;
  office: OfficeCalendar;
  versions: ScopeVersions;
  ruleVersionId: string | null;
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
/**
 * The longest occupancy a booking can have: the rules cap a meeting at 7 days and each buffer at
 * 12 hours. Bounding `occupied_from` from below lets the (room_id, occupied_from) index find the
 * occupants of a window without scanning the room's whole history.
 */
export const MAX_OCCUPANCY_MS = 7 * DAY + DAY;

async function amenitiesOf(db: Db, roomIds: readonly string[], transaction?: Transaction) {
  const map = new Map<string, string[]>(roomIds.map((id) => [id, []]));
  if (roomIds.length === 0) return map;
  const links = await db.models.RoomAmenity.findAll({ where: { roomId: { [Op.in]: [...roomIds] } }, transaction });
  for (const link of links) map.get(link.roomId)?.push(link.amenityCode);
  return map;
}

async function officeOf(db: Db, officeId: string, transaction?: Transaction): Promise<OfficeCalendar> {
  const office = await db.models.Office.findByPk(officeId, { transaction });
  if (!office) throw notFound('Office', officeId);
  return { id: office.id, timeZone: office.timeZone, workingHours: office.workingHours, holidays: office.holidays };
}

function toEngineRoom(row: Room, office: OfficeCalendar, versions: ScopeVersions, amenities: string[]): LoadedRoom {
  const { rules } = effectiveRules(office, versions);
  const engine: EngineRoom = {
    id: row.id,
    name: row.name,
    officeId: row.officeId,
    timeZone: office.timeZone,
    capacity: row.capacity,
    amenities,
    status: row.status,
    allowedRoles: (row.allowedRoles as Role[] | null) ?? null,
    requiresApproval: Boolean(row.requiresApproval),
    floor: row.floor ?? null,
    rules,
  };
  return { engine, row, office, versions, ruleVersionId: narrowestVersionId(versions) };
}

/** Rooms (with their office, amenities and effective rules). All rooms must share one office. */
export async function loadRooms(db: Db, rows: readonly Room[], transaction?: Transaction): Promise<LoadedRoom[]> {
  const first = rows[0];
  if (!first) return [];
  const office = await officeOf(db, first.officeId, transaction);
  const keys = ['global', scopeKeyOf('office', office.id, null), ...rows.map((r) => scopeKeyOf('room', null, r.id))];
  const latest = await latestVersions(db, keys, transaction);
  const amenities = await amenitiesOf(db, rows.map((r) => r.id), transaction);
  return rows.map((row) => toEngineRoom(row, office, versionsFor(latest, office.id, row.id), amenities.get(row.id) ?? []));
}

export async function loadRoomRow(db: Db, row: Room, transaction?: Transaction): Promise<LoadedRoom> {
  const [loaded] = await loadRooms(db, [row], transaction);
  return loaded!;
}

export async function loadRoom(db: Db, roomId: string, transaction?: Transaction): Promise<LoadedRoom> {
  const row = await db.models.Room.findByPk(roomId, { transaction });
  if (!row) throw notFound('Room', roomId);
  return loadRoomRow(db, row, transaction);
}

/** The other rooms of the office that could be offered instead (active ones). */
export async function loadOtherRooms(db: Db, room: Room, transaction?: Transaction): Promise<LoadedRoom[]> {
  const rows = await db.models.Room.findAll({
    where: { officeId: room.officeId, status: 'active', id: { [Op.ne]: room.id } },
    order: [['name', 'ASC']],
    transaction,
  });
  return loadRooms(db, rows, transaction);
}

export const bookingOccupant = (b: Booking): Occupant => ({
  kind: 'booking',
  id: b.id,
  roomId: b.roomId,
  start: new Date(b.startAt),
  end: new Date(b.endAt),
  bufferBeforeMin: b.bufferBeforeMin,
  bufferAfterMin: b.bufferAfterMin,
  status: b.status,
  holdExpiresAt: b.holdExpiresAt ? new Date(b.holdExpiresAt) : null,
  title: b.title,
  organizerId: b.organizerId,
});

/** Pending and confirmed bookings whose occupancy overlaps [from, to), by an indexed range. */
export function occupyingBookings(db: Db, roomIds: readonly string[], from: number, to: number, transaction?: Transaction) {
  return db.models.Booking.findAll({
    where: {
      roomId: roomIds.length === 1 ? roomIds[0]! : { [Op.in]: [...roomIds] },
      occupiedFrom: { [Op.gte]: new Date(from - MAX_OCCUPANCY_MS), [Op.lt]: new Date(to) },
      occupiedTo: { [Op.gt]: new Date(from) },
      status: { [Op.in]: ['pending', 'confirmed'] },
    },
    transaction,
  });
}

/** Everything that holds the rooms during [from, to): occupying bookings and room blocks. */
export async function loadOccupants(
  db: Db,
  roomIds: readonly string[],
  from: number,
  to: number,
  transaction?: Transaction,
): Promise<Occupant[]> {
  if (roomIds.length === 0) return [];
  const bookings = await occupyingBookings(db, roomIds, from, to, transaction);
  const blocks = await db.models.Block.findAll({
    where: {
      roomId: roomIds.length === 1 ? roomIds[0]! : { [Op.in]: [...roomIds] },
      startAt: { [Op.lt]: new Date(to) },
      endAt: { [Op.gt]: new Date(from) },
    },
    transaction,
  });
  const blockOccupants: Occupant[] = blocks.map((b) => ({
    kind: 'block',
    id: b.id,
    roomId: b.roomId ?? '',
    start: new Date(b.startAt),
    end: new Date(b.endAt),
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    status: 'confirmed',
    title: b.reason,
  }));
  return [...bookings.map(bookingOccupant), ...blockOccupants];
}

/** The organizer's active bookings (pending or confirmed, not yet ended), without one of them. */
export function activeCount(db: Db, organizerId: string, now: Date, ignoreId: string | null, transaction?: Transaction) {
  return db.models.Booking.count({
    where: {
      organizerId,
      endAt: { [Op.gt]: now },
      status: { [Op.in]: ['pending', 'confirmed'] },
      ...(ignoreId ? { id: { [Op.ne]: ignoreId } } : {}),
    },
    transaction,
  });
}

export async function loadBooking(db: Db, id: string, transaction?: Transaction): Promise<Booking> {
  const booking = await db.models.Booking.findByPk(id, { transaction });
  if (!booking) throw notFound('Booking', id);
  return booking;
}

/**
 * The version a booking records. With no stored rules at all (a fresh install), the built-in
 * defaults are stored once as global version 1, so that every booking names a version. Two first
 * bookings racing both try; the second insert does nothing (ON CONFLICT / OR IGNORE) and reads
 * the first one's row.
 */
export async function ensureRuleVersion(db: Db, room: LoadedRoom, now: Date, transaction: Transaction): Promise<void> {
  if (room.ruleVersionId) return;
  const first = { scope: 'global' as const, scopeKey: 'global', version: 1, rules: {}, authorId: null, createdAt: now };
  const reason = 'The built-in defaults, stored with the first booking.';
  await db.models.RuleSet.bulkCreate([{ ...first, reason }], { ignoreDuplicates: true, transaction });
  const global = await db.models.RuleSet.findOne({ where: { scopeKey: 'global' }, order: [['version', 'DESC']], transaction });
  if (!global) throw new Error('The global rules could not be stored.');
  room.versions = { ...room.versions, global };
  room.ruleVersionId = global.id;
}
