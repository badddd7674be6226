import { DataTypes, type ModelAttributeColumnOptions, type Transaction } from 'sequelize';
import type { MigrationContext, MigrationParams } from './context';

/**
 * The whole first schema. Self-contained on purpose: a landed migration must not change when shared
 * code changes, so its column helpers live here.
 *
 * Entity tables reference each other with foreign keys. Logs and sync bookkeeping (audit_entries,
 * office_versions, changes, device_sync, mutation_results, outbox) have none: they must accept a
 * row whatever happened to the entity it names.
 */

type Columns = Record<string, ModelAttributeColumnOptions>;
type TableSpec = { name: string; columns: Columns; checks?: Record<string, string> };

const text = (allowNull = false, defaultValue?: string): ModelAttributeColumnOptions =>
  defaultValue === undefined ? { type: DataTypes.TEXT, allowNull } : { type: DataTypes.TEXT, allowNull, defaultValue };
const int = (allowNull = false, defaultValue?: number): ModelAttributeColumnOptions =>
  defaultValue === undefined ? { type: DataTypes.INTEGER, allowNull } : { type: DataTypes.INTEGER, allowNull, defaultValue };
const bigint = (defaultValue?: number): ModelAttributeColumnOptions =>
  defaultValue === undefined ? { type: DataTypes.BIGINT, allowNull: false } : { type: DataTypes.BIGINT, allowNull: false, defaultValue };
const bool = (defaultValue: boolean): ModelAttributeColumnOptions => ({ type: DataTypes.BOOLEAN, allowNull: false, defaultValue });
const date = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.DATE, allowNull });
const uuid = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.UUID, allowNull });
const pk = (): ModelAttributeColumnOptions => ({ type: DataTypes.UUID, allowNull: false, primaryKey: true });
const ref = (table: string, allowNull: boolean, onDelete = 'NO ACTION'): ModelAttributeColumnOptions => ({
  type: DataTypes.UUID,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
  onUpdate: 'CASCADE',
});
const timestamps = (): Columns => ({ created_at: date(), updated_at: date() });

function tables(dialect: MigrationContext['dialect']): TableSpec[] {
  // JSON stays JSON on both databases; PostgreSQL gets the binary form that can be compared.
  const json = (allowNull = false): ModelAttributeColumnOptions => ({
    type: dialect === 'postgres' ? DataTypes.JSONB : DataTypes.JSON,
    allowNull,
  });
  return [
    {
      name: 'offices',
      columns: { id: pk(), name: text(), time_zone: text(), working_hours: json(), holidays: json(), ...timestamps() },
    },
    { name: 'amenities', columns: { code: { type: DataTypes.TEXT, allowNull: false, primaryKey: true }, label: text() } },
    {
      name: 'rooms',
      columns: {
        id: pk(), office_id: ref('offices', false), name: text(), type: text(false, 'meeting'), capacity: int(),
        floor: int(true), building: text(true), status: text(false, 'active'), allowed_roles: json(true),
        requires_approval: bool(false), description: text(false, ''), retired_at: date(true), ...timestamps(),
      },
      checks: { rooms_capacity_positive: 'capacity > 0' },
    },
    {
      name: 'room_amenities',
      columns: {
        room_id: { ...ref('rooms', false, 'CASCADE'), primaryKey: true },
        amenity_code: {
          type: DataTypes.TEXT,
          allowNull: false,
          primaryKey: true,
          references: { model: 'amenities', key: 'code' },
          onUpdate: 'CASCADE',
        },
      },
    },
    {
      name: 'users',
      columns: {
        id: pk(), email: text(), name: text(), role: text(false, 'employee'), office_id: ref('offices', true),
        locale: text(false, 'en'), password_hash: text(true), active: bool(true), token_version: int(false, 0),
        ...timestamps(),
      },
    },
    {
      name: 'rule_sets',
      columns: {
        id: pk(), scope: text(), scope_key: text(), office_id: ref('offices', true), room_id: ref('rooms', true),
        version: int(), rules: json(), author_id: ref('users', true), reason: text(false, ''),
        created_at: date(),
      },
      checks: { rule_sets_version_positive: 'version > 0' },
    },
    {
      name: 'booking_series',
      columns: {
        id: pk(), room_id: ref('rooms', false), organizer_id: ref('users', false), rrule: text(),
        time_zone: text(), first_start: date(), duration_min: int(), exdates: json(), until: date(true),
        ...timestamps(),
      },
    },
    {
      name: 'bookings',
      columns: {
        id: pk(), room_id: ref('rooms', false), organizer_id: ref('users', false),
        created_by_id: ref('users', false), title: text(), description: text(false, ''), is_private: bool(false),
        start_at: date(), end_at: date(), buffer_before_min: int(false, 0), buffer_after_min: int(false, 0),
        occupied_from: date(), occupied_to: date(), status: text(), series_id: ref('booking_series', true),
        recurrence_start: date(true), check_in_at: date(true), hold_expires_at: date(true),
        source: text(false, 'console'), rule_version_id: ref('rule_sets', true), cancel_reason: text(true),
        client_mutation_id: text(true), ...timestamps(),
      },
      checks: {
        bookings_end_after_start: 'end_at > start_at',
        bookings_buffers_not_negative: 'buffer_before_min >= 0 AND buffer_after_min >= 0',
      },
    },
    {
      name: 'booking_attendees',
      columns: {
        id: pk(), booking_id: ref('bookings', false, 'CASCADE'), user_id: ref('users', true), email: text(true),
        ...timestamps(),
      },
      checks: { booking_attendees_user_or_email: 'user_id IS NOT NULL OR email IS NOT NULL' },
    },
    {
      name: 'blocks',
      columns: {
        id: pk(), room_id: ref('rooms', true), user_id: ref('users', true), start_at: date(), end_at: date(),
        reason: text(false, ''), created_by_id: ref('users', true), ...timestamps(),
      },
      checks: {
        blocks_end_after_start: 'end_at > start_at',
        blocks_room_xor_user: '(room_id IS NULL) <> (user_id IS NULL)',
      },
    },
    {
      name: 'reviews',
      columns: {
        id: pk(), room_id: ref('rooms', false), user_id: ref('users', false), rating: int(),
        title: text(false, ''), comment: text(false, ''), pros: text(false, ''), cons: text(false, ''),
        helpful_count: int(false, 0), moderation_state: text(false, 'pending'), ...timestamps(),
      },
      checks: { reviews_rating_1_to_5: 'rating BETWEEN 1 AND 5' },
    },
    {
      name: 'devices',
      columns: {
        id: pk(), kind: text(), name: text(), room_id: ref('rooms', true), office_id: ref('offices', true),
        token_hash: text(true), enroll_code_hash: text(true), enroll_expires_at: date(true),
        enrolled_at: date(true), pin_hash: text(true), revoked_at: date(true), last_seen_at: date(true),
        ...timestamps(),
      },
    },
    {
      name: 'audit_entries',
      columns: {
        id: pk(), actor_user_id: uuid(true), actor_device_id: uuid(true), action: text(), entity_type: text(),
        entity_id: text(), reason: text(true), data: json(), at: date(),
      },
    },
    {
      name: 'notifications',
      columns: { id: pk(), user_id: ref('users', false, 'CASCADE'), kind: text(), data: json(), read_at: date(true), created_at: date() },
    },
    { name: 'settings', columns: { key: { type: DataTypes.TEXT, allowNull: false, primaryKey: true }, value: json(), ...timestamps() } },
    { name: 'office_versions', columns: { office_id: { ...uuid(), primaryKey: true }, version: bigint(0) } },
    {
      name: 'changes',
      columns: {
        id: { type: DataTypes.BIGINT, allowNull: false, primaryKey: true, autoIncrement: true },
        office_id: uuid(), version: bigint(), entity: text(), entity_id: text(), op: text(), data: json(true),
        at: date(),
      },
    },
    {
      name: 'device_sync',
      columns: { device_id: { ...uuid(), primaryKey: true }, last_mutation_id: bigint(0), cursor: bigint(0) },
    },
    {
      name: 'mutation_results',
      columns: {
        device_id: { ...uuid(), primaryKey: true },
        mutation_id: { type: DataTypes.BIGINT, allowNull: false, primaryKey: true },
        ok: { type: DataTypes.BOOLEAN, allowNull: false },
        result: json(), at: date(),
      },
    },
    {
      name: 'outbox',
      columns: {
        id: { type: DataTypes.BIGINT, allowNull: false, primaryKey: true },
        name: text(), args: json(), created_at: date(), status: text(false, 'queued'),
      },
    },
  ];
}

const INDEXES: Array<{ table: string; fields: string[]; name: string; unique?: boolean }> = [
  { table: 'rooms', fields: ['office_id', 'name'], name: 'rooms_office_id_name_unique', unique: true },
  { table: 'users', fields: ['email'], name: 'users_email_unique', unique: true },
  { table: 'users', fields: ['office_id'], name: 'users_office_id' },
  { table: 'rule_sets', fields: ['scope_key', 'version'], name: 'rule_sets_scope_key_version_unique', unique: true },
  { table: 'bookings', fields: ['room_id', 'start_at'], name: 'bookings_room_id_start_at' },
  { table: 'bookings', fields: ['room_id', 'occupied_from'], name: 'bookings_room_id_occupied_from' },
  { table: 'bookings', fields: ['organizer_id', 'start_at'], name: 'bookings_organizer_id_start_at' },
  { table: 'bookings', fields: ['status', 'end_at'], name: 'bookings_status_end_at' },
  { table: 'bookings', fields: ['series_id'], name: 'bookings_series_id' },
  { table: 'booking_attendees', fields: ['booking_id'], name: 'booking_attendees_booking_id' },
  { table: 'booking_attendees', fields: ['user_id'], name: 'booking_attendees_user_id' },
  { table: 'blocks', fields: ['room_id', 'start_at'], name: 'blocks_room_id_start_at' },
  { table: 'blocks', fields: ['user_id', 'start_at'], name: 'blocks_user_id_start_at' },
  { table: 'reviews', fields: ['room_id'], name: 'reviews_room_id' },
  { table: 'audit_entries', fields: ['entity_type', 'entity_id'], name: 'audit_entries_entity' },
  { table: 'audit_entries', fields: ['at'], name: 'audit_entries_at' },
  { table: 'notifications', fields: ['user_id', 'created_at'], name: 'notifications_user_id_created_at' },
  { table: 'changes', fields: ['office_id', 'version'], name: 'changes_office_id_version' },
];

/** PostgreSQL refuses a second occupying booking whose occupancy overlaps, whatever the code does. */
const NO_OVERLAP = `ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
  EXCLUDE USING gist (room_id WITH =, tstzrange(occupied_from, occupied_to, '[)') WITH &&)
  WHERE (status IN ('pending', 'confirmed'))`;

async function createTable(ctx: MigrationContext, spec: TableSpec, transaction: Transaction): Promise<void> {
  const { queryInterface, sequelize, dialect } = ctx;
  const checks = Object.entries(spec.checks ?? {});
  if (dialect === 'postgres') {
    await queryInterface.createTable(spec.name, spec.columns, { transaction });
    for (const [name, expr] of checks) {
      await sequelize.query(`ALTER TABLE "${spec.name}" ADD CONSTRAINT "${name}" CHECK (${expr})`, { transaction });
    }
    return;
  }
  // SQLite cannot add a CHECK to an existing table, so the checks go into CREATE TABLE itself.
  const generator = queryInterface.queryGenerator as unknown as {
    attributesToSQL(attributes: Columns, options: object): Record<string, string>;
    createTableQuery(table: string, attributes: Record<string, string>, options: object): string;
  };
  const columns: Columns = {};
  const normalize = (sequelize as unknown as { normalizeAttribute(c: object): ModelAttributeColumnOptions }).normalizeAttribute;
  for (const [key, column] of Object.entries(spec.columns)) columns[key] = normalize.call(sequelize, column);
  const sql = generator.createTableQuery(
    spec.name,
    generator.attributesToSQL(columns, { table: spec.name, context: 'createTable' }),
    {},
  );
  const constraints = checks.map(([name, expr]) => `, CONSTRAINT \`${name}\` CHECK (${expr})`).join('');
  const end = sql.lastIndexOf(')');
  await sequelize.query(`${sql.slice(0, end)}${constraints}${sql.slice(end)}`, { transaction });
}

export async function up({ context }: MigrationParams): Promise<void> {
  await context.sequelize.transaction(async (transaction) => {
    if (context.dialect === 'postgres') {
      await context.sequelize.query('CREATE EXTENSION IF NOT EXISTS btree_gist', { transaction });
    }
    for (const spec of tables(context.dialect)) await createTable(context, spec, transaction);
    for (const { table, fields, name, unique } of INDEXES) {
      await context.queryInterface.addIndex(table, fields, { name, unique: unique ?? false, transaction });
    }
    if (context.dialect === 'postgres') await context.sequelize.query(NO_OVERLAP, { transaction });
  });
}

/** Drops every table of this migration. The btree_gist extension stays: other schemas may use it. */
export async function down({ context }: MigrationParams): Promise<void> {
  await context.sequelize.transaction(async (transaction) => {
    for (const spec of tables(context.dialect).reverse()) {
      await context.queryInterface.dropTable(spec.name, { transaction });
    }
  });
}
