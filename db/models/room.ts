import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import { ROLES, ROOM_STATUSES, ROOM_TYPES, type Role, type RoomStatus, type RoomType } from '../../core/domain';
import { common, date, idColumn, jsonType, oneOf, text, uuid } from './common';
import type { Office } from './office';

export class Room extends Model<InferAttributes<Room>, InferCreationAttributes<Room>> {
  declare id: CreationOptional<string>;
  declare officeId: string;
  declare name: string;
  declare type: CreationOptional<RoomType>;
  declare capacity: number;
  declare floor: CreationOptional<number | null>;
  declare building: CreationOptional<string | null>;
  declare status: CreationOptional<RoomStatus>;
  /** Roles that may book the room; null means everyone. */
  declare allowedRoles: CreationOptional<Role[] | null>;
  declare requiresApproval: CreationOptional<boolean>;
  declare description: CreationOptional<string>;
  declare retiredAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare office?: NonAttribute<Office>;
  declare amenities?: NonAttribute<Amenity[]>;
  declare amenityLinks?: NonAttribute<RoomAmenity[]>;
}

export class Amenity extends Model<InferAttributes<Amenity>, InferCreationAttributes<Amenity>> {
  declare code: string;
  declare label: string;
}

export class RoomAmenity extends Model<InferAttributes<RoomAmenity>, InferCreationAttributes<RoomAmenity>> {
  declare roomId: string;
  declare amenityCode: string;
}

function validRoles(value: unknown): void {
  if (value === null || value === undefined) return;
  if (!Array.isArray(value) || !value.every((r) => (ROLES as readonly unknown[]).includes(r))) {
    throw new Error(`allowedRoles must be null or a list of ${ROLES.join(', ')}`);
  }
}

export function initRoom(sequelize: Sequelize): typeof Room {
  const M = class extends Room {};
  M.init(
    {
      id: idColumn(),
      officeId: uuid(),
      name: text(),
      type: { ...oneOf(ROOM_TYPES), defaultValue: 'meeting' },
      capacity: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 1 } },
      floor: { type: DataTypes.INTEGER, allowNull: true, defaultValue: null },
      building: { ...text(true), defaultValue: null },
      status: { ...oneOf(ROOM_STATUSES), defaultValue: 'active' },
      allowedRoles: { type: jsonType(sequelize), allowNull: true, defaultValue: null, validate: { validRoles } },
      requiresApproval: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      description: { ...text(), defaultValue: '' },
      retiredAt: { ...date(true), defaultValue: null },
      createdAt: date(),
      updatedAt: date(),
    },
    { sequelize, modelName: 'Room', tableName: 'rooms', ...common },
  );
  return M;
}

export function initAmenity(sequelize: Sequelize): typeof Amenity {
  const M = class extends Amenity {};
  M.init(
    { code: { type: DataTypes.TEXT, allowNull: false, primaryKey: true }, label: text() },
    { sequelize, modelName: 'Amenity', tableName: 'amenities', timestamps: false, ...common },
  );
  return M;
}

export function initRoomAmenity(sequelize: Sequelize): typeof RoomAmenity {
  const M = class extends RoomAmenity {};
  M.init(
    {
      roomId: { ...uuid(), primaryKey: true },
      amenityCode: { type: DataTypes.TEXT, allowNull: false, primaryKey: true },
    },
    { sequelize, modelName: 'RoomAmenity', tableName: 'room_amenities', timestamps: false, ...common },
  );
  return M;
}
