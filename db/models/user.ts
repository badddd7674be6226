import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import { LOCALES, ROLES, type Locale, type Role } from '../../core/domain';
import { common, date, idColumn, oneOf, text, uuid } from './common';
import type { Office } from './office';

export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<string>;
  /** Stored lower-cased and trimmed, so lookups by e-mail are exact. */
  declare email: string;
  declare name: string;
  declare role: CreationOptional<Role>;
  declare officeId: CreationOptional<string | null>;
  declare locale: CreationOptional<Locale>;
  declare passwordHash: CreationOptional<string | null>;
  declare active: CreationOptional<boolean>;
  /** Bumped to sign the user out everywhere (tokens carry the version they were issued under). */
  declare tokenVersion: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare office?: NonAttribute<Office | null>;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function initUser(sequelize: Sequelize): typeof User {
  const M = class extends User {};
  M.init(
    {
      id: idColumn(),
      email: {
        ...text(),
        set(this: User, value: string) {
          this.setDataValue('email', typeof value === 'string' ? normalizeEmail(value) : value);
        },
      },
      name: text(),
      role: { ...oneOf(ROLES), defaultValue: 'employee' },
      officeId: { ...uuid(true), defaultValue: null },
      locale: { ...oneOf(LOCALES), defaultValue: 'en' },
      passwordHash: { ...text(true), defaultValue: null },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      tokenVersion: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      createdAt: date(),
      updatedAt: date(),
    },
    { sequelize, modelName: 'User', tableName: 'users', ...common },
  );
  return M;
}
