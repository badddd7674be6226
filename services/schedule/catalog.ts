import { literal } from 'sequelize';
import type { RoomBrief } from '../../core/contract/availability';
import type { Caller, Role, RoomStatus, RoomType } from '../../core/domain';
import type { EngineRoom, Rules } from '../../core/rules';
import type { Db, RuleSet } from '../../db';
import { notFound } from '../../core/errors';
import { canSeeRoom, refuseOtherDeviceRoom } from '../access';
import { effectiveRules, versionsFor, type OfficeCalendar } from '../bookings/ruleLayers';
import { bool, json, select } from './sql';

/**
 * Rooms with everything the engine needs, in one query per kind of row: rooms (with amenities),
 * offices, and the latest rule version of each scope. Effective rules are resolved by the booking
 * services' layers, once per office and room rule set.
 */
export interface CatalogRoom {
  brief: RoomBrief;
  engine: EngineRoom;
  status: RoomStatus;
}

export interface Office extends OfficeCalendar {
  name: string;
}

export interface RoomFilter {
  officeId?: string | undefined;
  type?: RoomType | undefined;
  roomIds?: readonly string[];
  includeRetired?: boolean;
}

interface RoomRow {
  id: string;
  office_id: string;
  name: string;
  type: RoomType;
  capacity: number;
  floor: number | null;
  building: string | null;
  status: RoomStatus;
  allowed_roles: unknown;
  requires_approval: unknown;
  amenities: string | null;
}

export async function loadOffices(db: Db): Promise<Map<string, Office>> {
  const rows = await db.models.Office.findAll({ order: [['name', 'ASC']] });
  return new Map(
    rows.map((o) => [o.id, { id: o.id, name: o.name, timeZone: o.timeZone, workingHours: o.workingHours, holidays: o.holidays }]),
  );
}

/** The latest version of every scope that has one (a few rows: rule sets change rarely). */
export async function latestRuleSets(db: Db): Promise<Map<string, RuleSet>> {
  const rows = await db.models.RuleSet.findAll({
    where: literal('"RuleSet"."version" = (SELECT MAX(r2.version) FROM rule_sets r2 WHERE r2.scope_key = "RuleSet"."scope_key")'),
  });
  return new Map(rows.map((r) => [r.scopeKey, r]));
}

/** Effective rules per office and room, resolved once per distinct pair of rule versions. */
export function rulesResolver(latest: Map<string, RuleSet>) {
  const memo = new Map<string, Rules>();
  return (office: OfficeCalendar | null, roomId: string | null): Rules => {
    const versions = versionsFor(latest, office?.id ?? null, roomId);
    const key = `${office?.id ?? ''}|${versions.room?.id ?? ''}`;
    let rules = memo.get(key);
    if (!rules) memo.set(key, (rules = effectiveRules(office, versions).rules));
    return rules;
  };
}

const ROOM_SQL = (db: Db) => `SELECT r.id, r.office_id, r.name, r.type, r.capacity, r.floor, r.building, r.status, r.allowed_roles,
    r.requires_approval, ${db.dialect === 'postgres' ? "string_agg(a.amenity_code, ',')" : 'group_concat(a.amenity_code)'} AS amenities
  FROM rooms r LEFT JOIN room_amenities a ON a.room_id = r.id
  GROUP BY r.id, r.office_id, r.name, r.type, r.capacity, r.floor, r.building, r.status, r.allowed_roles, r.requires_approval`;

/**
 * What changes whenever a room, its amenities, an office or a rule version changes: counts, the
 * latest change times, and for amenities (rows replaced, never updated) the sum of row ids on
 * SQLite or of row hashes on PostgreSQL. One cheap query decides whether the catalog is current.
 */
const FINGERPRINT_SQL = (db: Db) => `SELECT
  (SELECT COUNT(*) FROM rooms) AS rooms, (SELECT MAX(updated_at) FROM rooms) AS rooms_at,
  (SELECT COUNT(*) FROM offices) AS offices, (SELECT MAX(updated_at) FROM offices) AS offices_at,
  (SELECT COUNT(*) FROM rule_sets) AS rules, (SELECT MAX(created_at) FROM rule_sets) AS rules_at,
  (SELECT COUNT(*) FROM room_amenities) AS amenities,
  (SELECT ${db.dialect === 'postgres' ? 'SUM(hashtext(room_id::text || amenity_code))' : 'TOTAL(rowid)'} FROM room_amenities) AS amenities_sum`;

interface Catalog {
  fingerprint: string;
  rooms: CatalogRoom[];
  byId: Map<string, CatalogRoom>;
  offices: Map<string, Office>;
  rulesOf: (office: OfficeCalendar | null, roomId: string | null) => Rules;
}

const catalogs = new WeakMap<Db, Catalog>();

function catalogRoom(row: RoomRow, office: Office, rules: Rules): CatalogRoom {
  const amenities = row.amenities ? row.amenities.split(',').sort() : [];
  const floor = row.floor === null ? null : Number(row.floor);
  const brief: RoomBrief = {
    id: row.id, officeId: row.office_id, name: row.name, type: row.type, capacity: Number(row.capacity), floor,
    building: row.building ?? null, amenities,
  };
  const engine: EngineRoom = {
    id: row.id, name: row.name, officeId: row.office_id, timeZone: office.timeZone, capacity: brief.capacity, amenities,
    status: row.status, allowedRoles: json<Role[] | null>(row.allowed_roles) ?? null, requiresApproval: bool(row.requires_approval),
    floor, rules,
  };
  return { brief, engine, status: row.status };
}

async function buildCatalog(db: Db, fingerprint: string): Promise<Catalog> {
  const [rows, offices, latest] = await Promise.all([select<RoomRow>(db, ROOM_SQL(db)), loadOffices(db), latestRuleSets(db)]);
  const rulesOf = rulesResolver(latest);
  const rooms: CatalogRoom[] = [];
  for (const row of rows) {
    const office = offices.get(row.office_id);
    if (office) rooms.push(catalogRoom(row, office, rulesOf(office, row.id)));
  }
  rooms.sort((a, b) => byName(a.brief, b.brief));
  return { fingerprint, rooms, byId: new Map(rooms.map((r) => [r.engine.id, r])), offices, rulesOf };
}

/** The whole catalog, rebuilt only when the fingerprint moved (per open database). */
async function currentCatalog(db: Db): Promise<Catalog> {
  const [row] = await select<Record<string, unknown>>(db, FINGERPRINT_SQL(db));
  const fingerprint = JSON.stringify(row);
  const cached = catalogs.get(db);
  if (cached?.fingerprint === fingerprint) return cached;
  const built = await buildCatalog(db, fingerprint);
  catalogs.set(db, built);
  return built;
}

/** Code-point order: the same on every machine, whatever its locale. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => compare(a.name, b.name) || compare(a.id, b.id);

/**
 * The rooms the caller may see (restricted rooms stay hidden from other roles), with their
 * effective rules, by name. Retired rooms are left out unless asked for.
 */
export async function loadCatalog(db: Db, caller: Caller | null, filter: RoomFilter = {}) {
  const catalog = await currentCatalog(db);
  const ids = filter.roomIds ? new Set(filter.roomIds) : null;
  const rooms = catalog.rooms.filter(
    (r) =>
      (filter.includeRetired || r.status !== 'retired') &&
      (!filter.officeId || r.engine.officeId === filter.officeId) &&
      (!filter.type || r.brief.type === filter.type) &&
      (!ids || ids.has(r.engine.id)) &&
      canSeeRoom(caller, { id: r.engine.id, allowedRoles: r.engine.allowedRoles }),
  );
  return { rooms, offices: catalog.offices };
}

/**
 * Offices and the effective rules of an office (`null`: the global rules, for people without an
 * office), from the same cached catalog.
 */
export async function loadCalendars(db: Db): Promise<{ offices: Map<string, Office>; officeRules(office: Office | null): Rules }> {
  const catalog = await currentCatalog(db);
  return { offices: catalog.offices, officeRules: (office) => catalog.rulesOf(office, null) };
}

/**
 * One room the caller may see, from the catalog (retired ones too), with the same answers as
 * `requireRoomAccess`: FORBIDDEN for a door tablet's other rooms, NOT_FOUND for rooms hidden from
 * the caller's role or absent.
 */
export async function requireCatalogRoom(db: Db, caller: Caller | null, roomId: string): Promise<CatalogRoom> {
  refuseOtherDeviceRoom(caller, roomId);
  const room = (await currentCatalog(db)).byId.get(roomId);
  if (!room || !canSeeRoom(caller, { id: room.engine.id, allowedRoles: room.engine.allowedRoles })) throw notFound('Room', roomId);
  return room;
}

export { byName };
