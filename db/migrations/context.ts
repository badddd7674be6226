import type { QueryInterface, Sequelize } from 'sequelize';
import type { Dialect } from '../open';

/** What every migration receives. Migrations only use this; they never import models. */
export interface MigrationContext {
  queryInterface: QueryInterface;
  sequelize: Sequelize;
  dialect: Dialect;
}

export interface MigrationParams {
  context: MigrationContext;
}
