import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';
import { common, counter, date, jsonType, oneOf, text, uuid } from './common';

/** Settings, and the bookkeeping of sync: server side (versions, changes, devices) and client side (outbox). */

export const CHANGE_OPS = ['upsert', 'delete'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];
export const OUTBOX_STATUSES = ['queued', 'sent'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export class Setting extends Model<InferAttributes<Setting>, InferCreationAttributes<Setting>> {
  declare key: string;
  declare value: unknown;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** The per-office version counter, bumped inside each write transaction. */
export class OfficeVersion extends Model<InferAttributes<OfficeVersion>, InferCreationAttributes<OfficeVersion>> {
  declare officeId: string;
  declare version: CreationOptional<number>;
}

/** One changed entity at one office version; `delete` rows are tombstones. */
export class Change extends Model<InferAttributes<Change>, InferCreationAttributes<Change>> {
  declare id: CreationOptional<number>;
  declare officeId: string;
  declare version: number;
  declare entity: string;
  declare entityId: string;
  declare op: ChangeOp;
  declare data: CreationOptional<unknown>;
  declare at: Date;
}

export class DeviceSync extends Model<InferAttributes<DeviceSync>, InferCreationAttributes<DeviceSync>> {
  declare deviceId: string;
  declare lastMutationId: CreationOptional<number>;
  declare cursor: CreationOptional<number>;
}

export class MutationResult extends Model<InferAttributes<MutationResult>, InferCreationAttributes<MutationResult>> {
  declare deviceId: string;
  declare mutationId: number;
  declare ok: boolean;
  declare result: unknown;
  declare at: Date;
}

/** Client side: a write applied locally and waiting to be pushed. `id` is the device's own counter. */
export class OutboxEntry extends Model<InferAttributes<OutboxEntry>, InferCreationAttributes<OutboxEntry>> {
  declare id: number;
  declare name: string;
  declare args: unknown;
  declare createdAt: CreationOptional<Date>;
  declare status: CreationOptional<OutboxStatus>;
}

const noTimestamps = { timestamps: false, ...common } as const;

export function initSyncModels(sequelize: Sequelize) {
  const json = (allowNull = false) => ({ type: jsonType(sequelize), allowNull });

  const SettingM = class extends Setting {};
  SettingM.init(
    { key: { type: DataTypes.TEXT, allowNull: false, primaryKey: true }, value: json(), createdAt: date(), updatedAt: date() },
    { sequelize, modelName: 'Setting', tableName: 'settings', ...common },
  );

  const OfficeVersionM = class extends OfficeVersion {};
  OfficeVersionM.init(
    { officeId: { ...uuid(), primaryKey: true }, version: { ...counter('version'), defaultValue: 0 } },
    { sequelize, modelName: 'OfficeVersion', tableName: 'office_versions', ...noTimestamps },
  );

  const ChangeM = class extends Change {};
  ChangeM.init(
    {
      id: { ...counter('id', true), autoIncrement: true },
      officeId: uuid(),
      version: counter('version'),
      entity: text(),
      entityId: text(),
      op: oneOf(CHANGE_OPS),
      data: { ...json(true), defaultValue: null },
      at: date(),
    },
    { sequelize, modelName: 'Change', tableName: 'changes', ...noTimestamps },
  );

  const DeviceSyncM = class extends DeviceSync {};
  DeviceSyncM.init(
    {
      deviceId: { ...uuid(), primaryKey: true },
      lastMutationId: { ...counter('lastMutationId'), defaultValue: 0 },
      cursor: { ...counter('cursor'), defaultValue: 0 },
    },
    { sequelize, modelName: 'DeviceSync', tableName: 'device_sync', ...noTimestamps },
  );

  const MutationResultM = class extends MutationResult {};
  MutationResultM.init(
    {
      deviceId: { ...uuid(), primaryKey: true },
      mutationId: counter('mutationId', true),
      ok: { type: DataTypes.BOOLEAN, allowNull: false },
      result: json(),
      at: date(),
    },
    { sequelize, modelName: 'MutationResult', tableName: 'mutation_results', ...noTimestamps },
  );

  const OutboxEntryM = class extends OutboxEntry {};
  OutboxEntryM.init(
    {
      id: counter('id', true),
      name: text(),
      args: json(),
      createdAt: date(),
      status: { ...oneOf(OUTBOX_STATUSES), defaultValue: 'queued' },
    },
    { sequelize, modelName: 'OutboxEntry', tableName: 'outbox', updatedAt: false, ...common },
  );

  return {
    Setting: SettingM as typeof Setting,
    OfficeVersion: OfficeVersionM as typeof OfficeVersion,
    Change: ChangeM as typeof Change,
    DeviceSync: DeviceSyncM as typeof DeviceSync,
    MutationResult: MutationResultM as typeof MutationResult,
    OutboxEntry: OutboxEntryM as typeof OutboxEntry,
  };
}
