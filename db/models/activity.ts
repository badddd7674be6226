import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import { common, date, idColumn, jsonType, oneOf, text, uuid } from './common';
import type { Room } from './room';
import type { User } from './user';

export const MODERATION_STATES = ['pending', 'approved', 'rejected'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

/** A span marked unavailable, for exactly one room or one user. */
export class Block extends Model<InferAttributes<Block>, InferCreationAttributes<Block>> {
  declare id: CreationOptional<string>;
  declare roomId: CreationOptional<string | null>;
  declare userId: CreationOptional<string | null>;
  declare startAt: Date;
  declare endAt: Date;
  declare reason: CreationOptional<string>;
  declare createdById: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare room?: NonAttribute<Room | null>;
  declare user?: NonAttribute<User | null>;
}

export class Review extends Model<InferAttributes<Review>, InferCreationAttributes<Review>> {
  declare id: CreationOptional<string>;
  declare roomId: string;
  declare userId: string;
  declare rating: number;
  declare title: CreationOptional<string>;
  declare comment: CreationOptional<string>;
  declare pros: CreationOptional<string>;
  declare cons: CreationOptional<string>;
  declare helpfulCount: CreationOptional<number>;
  declare moderationState: CreationOptional<ModerationState>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare room?: NonAttribute<Room>;
  declare user?: NonAttribute<User>;
}

/** Who did what to which entity, when, and why. Written in the same transaction as the change. */
export class AuditEntry extends Model<InferAttributes<AuditEntry>, InferCreationAttributes<AuditEntry>> {
  declare id: CreationOptional<string>;
  declare actorUserId: CreationOptional<string | null>;
  declare actorDeviceId: CreationOptional<string | null>;
  declare action: string;
  declare entityType: string;
  declare entityId: string;
  declare reason: CreationOptional<string | null>;
  declare data: CreationOptional<Record<string, unknown>>;
  declare at: Date;
}

export class Notification extends Model<InferAttributes<Notification>, InferCreationAttributes<Notification>> {
  declare id: CreationOptional<string>;
  declare userId: string;
  declare kind: string;
  declare data: CreationOptional<Record<string, unknown>>;
  declare readAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  declare user?: NonAttribute<User>;
}

export function initBlock(sequelize: Sequelize): typeof Block {
  const M = class extends Block {};
  M.init(
    {
      id: idColumn(),
      roomId: { ...uuid(true), defaultValue: null },
      userId: { ...uuid(true), defaultValue: null },
      startAt: date(),
      endAt: date(),
      reason: { ...text(), defaultValue: '' },
      createdById: { ...uuid(true), defaultValue: null },
      createdAt: date(),
      updatedAt: date(),
    },
    {
      sequelize,
      modelName: 'Block',
      tableName: 'blocks',
      ...common,
      validate: {
        roomXorUser(this: Block) {
          if (!this.roomId === !this.userId) throw new Error('A block is for exactly one room or one user');
        },
      },
    },
  );
  return M;
}

export function initReview(sequelize: Sequelize): typeof Review {
  const M = class extends Review {};
  // Fresh objects per attribute: Sequelize writes each attribute's column name into its definition.
  const long = () => ({ ...text(), defaultValue: '' });
  M.init(
    {
      id: idColumn(),
      roomId: uuid(),
      userId: uuid(),
      rating: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 1, max: 5 } },
      title: long(),
      comment: long(),
      pros: long(),
      cons: long(),
      helpfulCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      moderationState: { ...oneOf(MODERATION_STATES), defaultValue: 'pending' },
      createdAt: date(),
      updatedAt: date(),
    },
    { sequelize, modelName: 'Review', tableName: 'reviews', ...common },
  );
  return M;
}

export function initAuditEntry(sequelize: Sequelize): typeof AuditEntry {
  const M = class extends AuditEntry {};
  M.init(
    {
      id: idColumn(),
      actorUserId: { ...uuid(true), defaultValue: null },
      actorDeviceId: { ...uuid(true), defaultValue: null },
      action: text(),
      entityType: text(),
      entityId: text(),
      reason: { ...text(true), defaultValue: null },
      data: { type: jsonType(sequelize), allowNull: false, defaultValue: {} },
      at: date(),
    },
    { sequelize, modelName: 'AuditEntry', tableName: 'audit_entries', timestamps: false, ...common },
  );
  return M;
}

export function initNotification(sequelize: Sequelize): typeof Notification {
  const M = class extends Notification {};
  M.init(
    {
      id: idColumn(),
      userId: uuid(),
      kind: text(),
      data: { type: jsonType(sequelize), allowNull: false, defaultValue: {} },
      readAt: { ...date(true), defaultValue: null },
      createdAt: date(),
    },
    { sequelize, modelName: 'Notification', tableName: 'notifications', updatedAt: false, ...common },
  );
  return M;
}
