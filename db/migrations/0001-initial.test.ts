import { afterEach, describe, expect, it } from 'vitest';
import { createMigrator, MIGRATIONS_TABLE } from '../migrate';
import { openEmptyTestDb, type TestDb } from '../testing';

const TABLES = [
  'amenities',
  'audit_entries',
  'blocks',
  'booking_attendees',
  'booking_series',
  'bookings',
  'changes',
  'device_sync',
  'devices',
  'mutation_results',
  'notifications',
  'office_versions',
  'offices',
  'outbox',
  'reviews',
  'room_amenities',
  'rooms',
  'rule_sets',
  'settings',
  'users',
];

async function tableNames(db: TestDb): Promise<string[]> {
  const tables = (await db.sequelize.getQueryInterface().showAllTables()) as Array<string | { tableName: string }>;
  return tables.map((t) => (typeof t === 'string' ? t : t.tableName)).sort();
}

describe('migration 0001-initial', () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.cleanup();
    db = undefined;
  });

  it('creates every table of the domain on an empty database', async () => {
    db = await openEmptyTestDb();
    expect(await tableNames(db)).toEqual([]);
    await createMigrator(db.sequelize, db.dialect).up({ to: '0001-initial' });
    expect(await tableNames(db)).toEqual([...TABLES, MIGRATIONS_TABLE].sort());
  });

  it('down removes every table it made, and up again rebuilds them', async () => {
    db = await openEmptyTestDb();
    const migrator = createMigrator(db.sequelize, db.dialect);
    await migrator.up({ to: '0001-initial' });
    await migrator.down({ to: '0001-initial' });
    expect(await tableNames(db)).toEqual([MIGRATIONS_TABLE]);
    expect(await migrator.executed()).toEqual([]);
    await migrator.up({ to: '0001-initial' });
    expect(await tableNames(db)).toEqual([...TABLES, MIGRATIONS_TABLE].sort());
  });

  it('leaves tables that take rows written through the models', async () => {
    db = await openEmptyTestDb();
    await createMigrator(db.sequelize, db.dialect).up({ to: '0001-initial' });
    const { Office, Room } = db.models;
    const office = await Office.create({ name: 'Berlin', timeZone: 'Europe/Berlin', workingHours: {} });
    await Room.create({ officeId: office.id, name: 'Spree', capacity: 8, allowedRoles: ['manager'] });
    const room = await Room.findOne({ where: { name: 'Spree' } });
    expect(room?.allowedRoles).toEqual(['manager']);
    expect(room?.status).toBe('active');
    expect((await Office.findByPk(office.id))?.holidays).toEqual([]);
  });

  it.runIf(process.env.ROOMLY_TEST_DB === 'postgres')(
    'adds the no-overlap exclusion constraint on PostgreSQL',
    async () => {
      db = await openEmptyTestDb();
      await createMigrator(db.sequelize, db.dialect).up({ to: '0001-initial' });
      const [rows] = await db.sequelize.query(
        "SELECT conname FROM pg_constraint WHERE conname = 'bookings_no_overlap' AND contype = 'x'",
      );
      expect(rows).toHaveLength(1);
    },
  );
});
