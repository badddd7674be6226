import { DataTypes, type Transaction } from 'sequelize';
import type { MigrationContext, MigrationParams } from './context';
import {
  backfillStatements,
  createTriggerStatements,
  DERIVED_TABLES,
  dropTriggerStatements,
  tableStatements,
} from './0004-schedule-queries-sql';

/**
 * What the schedule, availability and statistics queries read fast at campus scale (a year of a
 * million bookings), all kept by triggers in the database whatever code writes bookings (the
 * services, a sync replay, an import); the services only read them:
 *
 * - `participations`: a row per person in a booking (organizer, and each attendee who is a user)
 *   with the booking's room, times and status, so a person's meetings are one indexed range.
 * - `bookings.headcount`: organizer, attendees and guests.
 * - rollups of counted bookings shorter than a day: per room and UTC day, per organizer and day,
 *   and booked milliseconds per office and UTC quarter hour (busiest hours in local time).
 * - indexes: occupying bookings by occupancy (short and long ones apart), room blocks by end.
 */

const INDEXES: Array<{ table: string; fields: string[]; name: string }> = [
  { table: 'participations', fields: ['user_id', 'start_at', 'end_at', 'status'], name: 'participations_user_id_start_at' },
  { table: 'participations', fields: ['booking_id'], name: 'participations_booking_id' },
];

/** Occupancies of 4 hours or more, and bookings of almost a day or more: few, each found by its own index. */
const LONG = { sqlite: 'julianday(occupied_to) - julianday(occupied_from) >= 0.1666', postgres: "occupied_to - occupied_from >= interval '4 hours'" };
const DAYLONG = { sqlite: 'julianday(end_at) - julianday(start_at) >= 0.99', postgres: "end_at - start_at >= interval '23 hours'" };

function indexStatements(dialect: MigrationContext['dialect']): string[] {
  const occupying = "status IN ('pending', 'confirmed')";
  return [
    // Covering: finding the occupants of every room in a window reads the index alone.
    `CREATE INDEX bookings_occupying ON bookings (occupied_from, occupied_to, room_id, start_at, end_at, buffer_before_min,
      buffer_after_min, status, hold_expires_at, id) WHERE ${occupying}`,
    `CREATE INDEX bookings_occupying_long ON bookings (occupied_to) WHERE ${occupying} AND ${LONG[dialect]}`,
    `CREATE INDEX bookings_daylong ON bookings (end_at) WHERE ${DAYLONG[dialect]}`,
    // Statistics read the bookings that start within a day of the range's edges.
    'CREATE INDEX bookings_start_at ON bookings (start_at, end_at, status)',
    'CREATE INDEX blocks_room_end_at ON blocks (end_at) WHERE room_id IS NOT NULL',
  ];
}

async function run(ctx: MigrationContext, statements: string[], transaction: Transaction): Promise<void> {
  for (const sql of statements) await ctx.sequelize.query(sql, { transaction });
}

/** Stops the triggers (for a bulk load that derives its rows set-wise afterwards). */
export async function suspendDerived(ctx: MigrationContext, transaction: Transaction): Promise<void> {
  await run(ctx, dropTriggerStatements(ctx.dialect), transaction);
}

/** Fills the derived rows from the stored bookings and starts the triggers again. */
export async function resumeDerived(ctx: MigrationContext, transaction: Transaction): Promise<void> {
  await run(ctx, [...dropTriggerStatements(ctx.dialect), ...backfillStatements(ctx.dialect), ...createTriggerStatements(ctx.dialect)], transaction);
}

export async function up({ context }: MigrationParams): Promise<void> {
  const { sequelize, queryInterface, dialect } = context;
  await sequelize.transaction(async (transaction) => {
    await queryInterface.createTable(
      'participations',
      {
        booking_id: { type: DataTypes.UUID, allowNull: false, references: { model: 'bookings', key: 'id' }, onDelete: 'CASCADE', onUpdate: 'CASCADE' },
        user_id: { type: DataTypes.UUID, allowNull: false },
        /** The attendee row it came from; null for the organizer. */
        attendee_id: { type: DataTypes.UUID, allowNull: true },
        room_id: { type: DataTypes.UUID, allowNull: false },
        start_at: { type: DataTypes.DATE, allowNull: false },
        end_at: { type: DataTypes.DATE, allowNull: false },
        status: { type: DataTypes.TEXT, allowNull: false },
      },
      { transaction },
    );
    await queryInterface.addColumn('bookings', 'headcount', { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 }, { transaction });
    await run(context, tableStatements(dialect), transaction);
    for (const { table, fields, name } of INDEXES) await queryInterface.addIndex(table, fields, { name, transaction });
    await run(context, indexStatements(dialect), transaction);
    await resumeDerived(context, transaction);
  });
}

export async function down({ context }: MigrationParams): Promise<void> {
  const { sequelize } = context;
  await sequelize.transaction(async (transaction) => {
    await suspendDerived(context, transaction);
    const drops = [
      ...['bookings_occupying', 'bookings_occupying_long', 'bookings_daylong', 'bookings_start_at', 'blocks_room_end_at'].map((i) => `DROP INDEX IF EXISTS ${i}`),
      ...[...DERIVED_TABLES, 'quarter_steps'].map((t) => `DROP TABLE ${t}`),
      // A plain DROP COLUMN: Sequelize's SQLite fallback would rebuild the table without its checks.
      'ALTER TABLE bookings DROP COLUMN headcount',
    ];
    await run(context, drops, transaction);
  });
}
