import {
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import { common, date, idColumn, oneOf, text, uuid } from './common';
import type { Office } from './office';
import type { Room } from './room';

export const DEVICE_KINDS = ['kiosk', 'console'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** An enrolled door tablet (bound to one room) or console. Secrets are stored only as hashes. */
export class Device extends Model<InferAttributes<Device>, InferCreationAttributes<Device>> {
  declare id: CreationOptional<string>;
  declare kind: DeviceKind;
  declare name: string;
  declare roomId: CreationOptional<string | null>;
  declare officeId: CreationOptional<string | null>;
  declare tokenHash: CreationOptional<string | null>;
  declare enrollCodeHash: CreationOptional<string | null>;
  declare enrollExpiresAt: CreationOptional<Date | null>;
  declare enrolledAt: CreationOptional<Date | null>;
  declare pinHash: CreationOptional<string | null>;
  declare revokedAt: CreationOptional<Date | null>;
  declare lastSeenAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare room?: NonAttribute<Room | null>;
  declare office?: NonAttribute<Office | null>;
}

export function initDevice(sequelize: Sequelize): typeof Device {
  const M = class extends Device {};
  // Fresh objects per attribute: Sequelize writes each attribute's column name into its definition.
  const maybeText = () => ({ ...text(true), defaultValue: null });
  const maybeDate = () => ({ ...date(true), defaultValue: null });
  M.init(
    {
      id: idColumn(),
      kind: oneOf(DEVICE_KINDS),
      name: text(),
      roomId: { ...uuid(true), defaultValue: null },
      officeId: { ...uuid(true), defaultValue: null },
      tokenHash: maybeText(),
      enrollCodeHash: maybeText(),
      enrollExpiresAt: maybeDate(),
      enrolledAt: maybeDate(),
      pinHash: maybeText(),
      revokedAt: maybeDate(),
      lastSeenAt: maybeDate(),
      createdAt: date(),
      updatedAt: date(),
    },
    { sequelize, modelName: 'Device', tableName: 'devices', ...common },
  );
  return M;
}
