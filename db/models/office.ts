import {
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import type { WorkingHours } from '../../core/domain';
import { common, date, idColumn, jsonType, text } from './common';
import type { Room } from './room';
import type { User } from './user';

export class Office extends Model<InferAttributes<Office>, InferCreationAttributes<Office>> {
  declare id: CreationOptional<string>;
  declare name: string;
  /** IANA time zone; working hours and holidays are read in it. */
  declare timeZone: string;
  declare workingHours: WorkingHours;
  /** Calendar days (`YYYY-MM-DD`) the office is closed. */
  declare holidays: CreationOptional<string[]>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare rooms?: NonAttribute<Room[]>;
  declare users?: NonAttribute<User[]>;
}

export function initOffice(sequelize: Sequelize): typeof Office {
  const M = class extends Office {};
  M.init(
    {
      id: idColumn(),
      name: text(),
      timeZone: text(),
      workingHours: { type: jsonType(sequelize), allowNull: false },
      holidays: { type: jsonType(sequelize), allowNull: false, defaultValue: [] },
      createdAt: date(),
      updatedAt: date(),
    },
    { sequelize, modelName: 'Office', tableName: 'offices', ...common },
  );
  return M;
}
