import type { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import type { MigrationContext } from './migrations/context';
import * as m0001 from './migrations/0001-initial';
import * as m0002 from './migrations/0002-identity';
import * as m0004 from './migrations/0004-schedule-queries';
import type { Dialect } from './open';

export type { MigrationContext } from './migrations/context';

/**
 * Every migration, in order. Listed by hand (no glob) so that a bundler sees each one.
 * Add a new file as `NNNN-what-it-does.ts`, append it here, and never edit a landed one.
 */
export const MIGRATIONS = [
  { name: '0001-initial', module: m0001 },
  { name: '0002-identity', module: m0002 },
  { name: '0004-schedule-queries', module: m0004 },
] as const;

export const MIGRATIONS_TABLE = 'schema_migrations';

export function createMigrator(sequelize: Sequelize, dialect: Dialect): Umzug<MigrationContext> {
  const context: MigrationContext = { queryInterface: sequelize.getQueryInterface(), sequelize, dialect };
  return new Umzug<MigrationContext>({
    migrations: MIGRATIONS.map(({ name, module }) => ({ name, up: module.up, down: module.down })),
    context,
    storage: new SequelizeStorage({ sequelize, tableName: MIGRATIONS_TABLE, modelName: 'SchemaMigration' }),
    logger: undefined,
  });
}

/** Brings the schema to the latest migration. Returns the names of the migrations it ran. */
export async function migrate(db: { sequelize: Sequelize; dialect: Dialect }): Promise<string[]> {
  const done = await createMigrator(db.sequelize, db.dialect).up();
  return done.map((m) => m.name);
}
