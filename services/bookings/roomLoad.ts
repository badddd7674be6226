import type { Transaction } from 'sequelize';
import type { Role, RoomStatus } from '../../core/domain';
import { forbidden, notFound } from '../../core/errors';
import type { EngineRoom } from '../../core/rules';
import { scopeKeyOf, type Db } from '../../db';
import { canSeeRoom } from '../access';
import type { Ctx } from '../context';
import { effectiveRules, latestVersions, narrowestVersionId, versionsFor, type OfficeCalendar, type ScopeVersions } from './ruleLayers';
import { select, toJson } from './sql';

/**
 * Rooms as the engine sees them: the room, its office's calendar and time zone, its amenities and
 * its effective rules from the stored versions — two small queries for any number of rooms.
 */
export interface RoomRow {
  id: string;
  officeId: string;
  name: string;
  capacity: number;
  floor: number | null;
  status: RoomStatus;
  allowedRoles: Role[] | null;
  requiresApproval: boolean;
}

export interface LoadedRoom {
  engine: EngineRoom;
  row: RoomRow;
  office: OfficeCalendar;
  versions: ScopeVersions;
  ruleVersionId: string | null;
}

interface RawRoom {
  id: string;
  office_id: string;
  name: string;
  capacity: number;
  floor: number | null;
  status: RoomStatus;
  allowed_roles: unknown;
  requires_approval: unknown;
}

const toRoomRow = (r: RawRoom): RoomRow => ({
  id: r.id,
  officeId: r.office_id,
  name: r.name,
  capacity: Number(r.capacity),
  floor: r.floor === null ? null : Number(r.floor),
  status: r.status,
  allowedRoles: toJson<Role[] | null>(r.allowed_roles) ?? null,
  requiresApproval: r.requires_approval === true || Number(r.requires_approval) === 1,
});

async function officeOf(db: Db, officeId: string, transaction?: Transaction): Promise<OfficeCalendar> {
  const sql = 'SELECT id, time_zone, working_hours, holidays FROM offices WHERE id = :officeId';
  const [o] = await select<{ id: string; time_zone: string; working_hours: unknown; holidays: unknown }>(db, sql, { officeId }, transaction);
  if (!o) throw notFound('Office', officeId);
  return { id: o.id, timeZone: o.time_zone, workingHours: toJson(o.working_hours), holidays: toJson(o.holidays) };
}

async function amenitiesOf(db: Db, roomIds: readonly string[], transaction?: Transaction) {
  const map = new Map<string, string[]>(roomIds.map((id) => [id, []]));
  if (roomIds.length === 0) return map;
  const sql = 'SELECT room_id, amenity_code FROM room_amenities WHERE room_id IN (:roomIds)';
  const links = await select<{ room_id: string; amenity_code: string }>(db, sql, { roomIds: [...roomIds] }, transaction);
  for (const link of links) map.get(link.room_id)?.push(link.amenity_code);
  return map;
}

function toLoaded(row: RoomRow, office: OfficeCalendar, versions: ScopeVersions, amenities: string[]): LoadedRoom {
  const engine: EngineRoom = {
    id: row.id,
    name: row.name,
    officeId: row.officeId,
    timeZone: office.timeZone,
    capacity: row.capacity,
    amenities: [...amenities].sort(),
    status: row.status,
    allowedRoles: row.allowedRoles ?? null,
    requiresApproval: Boolean(row.requiresApproval),
    floor: row.floor ?? null,
    rules: effectiveRules(office, versions).rules,
  };
  return { engine, row, office, versions, ruleVersionId: narrowestVersionId(versions) };
}

/** Rooms with their office, amenities and effective rules. All rooms must share one office. */
export async function loadRooms(db: Db, rows: readonly RoomRow[], transaction?: Transaction): Promise<LoadedRoom[]> {
  const first = rows[0];
  if (!first) return [];
  const office = await officeOf(db, first.officeId, transaction);
  const keys = ['global', scopeKeyOf('office', office.id, null), ...rows.map((r) => scopeKeyOf('room', null, r.id))];
  const latest = await latestVersions(db, keys, transaction);
  const amenities = await amenitiesOf(db, rows.map((r) => r.id), transaction);
  return rows.map((row) => toLoaded(row, office, versionsFor(latest, office.id, row.id), amenities.get(row.id) ?? []));
}

export async function loadRoomRow(db: Db, row: RoomRow, transaction?: Transaction): Promise<LoadedRoom> {
  const [loaded] = await loadRooms(db, [row], transaction);
  return loaded!;
}

interface RawJoined extends RawRoom {
  time_zone: string;
  working_hours: unknown;
  holidays: unknown;
  amenities: string | null;
}

/** Rooms with their office's calendar and their amenities, in one query. */
function joinedSql(db: Db, where: string): string {
  const concat = db.dialect === 'postgres' ? "string_agg(a.amenity_code, ',')" : 'group_concat(a.amenity_code)';
  return `SELECT r.id, r.office_id, r.name, r.capacity, r.floor, r.status, r.allowed_roles, r.requires_approval,
      o.time_zone, o.working_hours, o.holidays, ${concat} AS amenities
    FROM rooms r JOIN offices o ON o.id = r.office_id LEFT JOIN room_amenities a ON a.room_id = r.id
    WHERE ${where}
    GROUP BY r.id, r.office_id, r.name, r.capacity, r.floor, r.status, r.allowed_roles, r.requires_approval,
      o.time_zone, o.working_hours, o.holidays
    ORDER BY r.name`;
}

async function loadJoined(db: Db, where: string, params: Record<string, unknown>, transaction?: Transaction) {
  const rows = await select<RawJoined>(db, joinedSql(db, where), params, transaction);
  const first = rows[0];
  if (!first) return [];
  const office: OfficeCalendar = {
    id: first.office_id,
    timeZone: first.time_zone,
    workingHours: toJson(first.working_hours),
    holidays: toJson(first.holidays),
  };
  const keys = ['global', scopeKeyOf('office', office.id, null), ...rows.map((r) => scopeKeyOf('room', null, r.id))];
  const latest = await latestVersions(db, keys, transaction);
  return rows.map((r) => {
    const amenities = r.amenities ? r.amenities.split(',') : [];
    return toLoaded(toRoomRow(r), office, versionsFor(latest, office.id, r.id), amenities);
  });
}

export async function loadRoom(db: Db, roomId: string, transaction?: Transaction): Promise<LoadedRoom> {
  const [room] = await loadJoined(db, 'r.id = :roomId', { roomId }, transaction);
  if (!room) throw notFound('Room', roomId);
  return room;
}

/**
 * A room the caller may book, with the same answers as `requireRoomAccess`: a door tablet only its
 * own room (FORBIDDEN), a person only rooms offered to their role (NOT_FOUND, as if absent).
 */
export async function loadRoomFor(ctx: Ctx, roomId: string, transaction?: Transaction): Promise<LoadedRoom> {
  const caller = ctx.caller;
  if (caller?.kind === 'device' && caller.roomId !== roomId) throw forbidden('This door tablet belongs to another room.');
  const [room] = await loadJoined(ctx.store.db, 'r.id = :roomId', { roomId }, transaction);
  if (!room || !canSeeRoom(caller, room.row)) throw notFound('Room', roomId);
  return room;
}

/** The other active rooms of the office, which could be offered instead. */
export function loadOtherRooms(db: Db, room: RoomRow, transaction?: Transaction): Promise<LoadedRoom[]> {
  const where = "r.office_id = :officeId AND r.status = 'active' AND r.id <> :roomId";
  return loadJoined(db, where, { officeId: room.officeId, roomId: room.id }, transaction);
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
  const global = (await latestVersions(db, ['global'], transaction)).get('global');
  if (!global) throw new Error('The global rules could not be stored.');
  room.versions = { ...room.versions, global };
  room.ruleVersionId = global.id;
}
