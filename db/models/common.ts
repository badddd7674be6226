import { DataTypes, type ModelAttributeColumnOptions, type Sequelize } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';

/** Column helpers shared by the models. Tables are snake_case; attributes camelCase (`underscored`). */

export const idColumn = (): ModelAttributeColumnOptions => ({
  type: DataTypes.UUID,
  primaryKey: true,
  allowNull: false,
  defaultValue: () => uuidv7(),
});

/** JSON on SQLite; JSONB on PostgreSQL (same values, and they can be compared and indexed). */
export const jsonType = (sequelize: Sequelize) =>
  sequelize.getDialect() === 'postgres' ? DataTypes.JSONB : DataTypes.JSON;

export const text = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.TEXT, allowNull });

/** A text column restricted to a closed list (roles, statuses, …); checked before the row is written. */
export const oneOf = (values: readonly string[], allowNull = false): ModelAttributeColumnOptions => ({
  type: DataTypes.TEXT,
  allowNull,
  validate: { isIn: { args: [values as string[]], msg: `must be one of ${values.join(', ')}` } },
});

export const date = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.DATE, allowNull });

export const uuid = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.UUID, allowNull });

/**
 * BIGINT counters. PostgreSQL hands int8 back as a string unless told otherwise; the connection
 * parses it (see open.ts), and this getter keeps the attribute a number whatever the driver does.
 */
export const counter = (name: string, primaryKey = false): ModelAttributeColumnOptions => ({
  type: DataTypes.BIGINT,
  allowNull: false,
  primaryKey,
  get(this: { getDataValue(key: string): unknown }) {
    const value = this.getDataValue(name);
    return value === null || value === undefined ? value : Number(value);
  },
});

/** Every model is a fresh subclass per connection, so two databases can be open in one process. */
export const common = { underscored: true } as const;
