import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';
import { ROLES, type Role } from '../../core/domain';
import { common, date, idColumn, jsonType, oneOf, text, uuid } from './common';

/** A sign-in session: one family of refresh tokens. Revoking it ends every token of the family. */
export class Session extends Model<InferAttributes<Session>, InferCreationAttributes<Session>> {
  declare id: CreationOptional<string>;
  declare userId: string;
  declare clientAddress: CreationOptional<string | null>;
  declare createdAt: Date;
  declare lastUsedAt: Date;
  /** The family's absolute end: refreshing never extends a session past it. */
  declare expiresAt: Date;
  declare revokedAt: CreationOptional<Date | null>;
  declare revokedReason: CreationOptional<string | null>;
}

/** One single-use refresh token, stored only as a hash. `usedAt` is set when it is spent. */
export class RefreshToken extends Model<InferAttributes<RefreshToken>, InferCreationAttributes<RefreshToken>> {
  declare id: CreationOptional<string>;
  declare sessionId: string;
  declare tokenHash: string;
  declare createdAt: Date;
  declare expiresAt: Date;
  declare usedAt: CreationOptional<Date | null>;
  declare replacedById: CreationOptional<string | null>;
}

/** A one-time code that lets one e-mail address register with a given role. Stored as a hash. */
export class Invitation extends Model<InferAttributes<Invitation>, InferCreationAttributes<Invitation>> {
  declare id: CreationOptional<string>;
  declare email: string;
  declare role: Role;
  declare officeId: CreationOptional<string | null>;
  declare codeHash: string;
  declare expiresAt: Date;
  declare usedAt: CreationOptional<Date | null>;
  declare createdById: CreationOptional<string | null>;
  declare createdAt: Date;
}

/** An admin's change to the permission table: the roles that may call one method. */
export class PermissionOverride extends Model<
  InferAttributes<PermissionOverride>,
  InferCreationAttributes<PermissionOverride>
> {
  declare method: string;
  declare roles: Role[];
  declare reason: string;
  declare updatedById: CreationOptional<string | null>;
  declare updatedAt: Date;
}

const noTimestamps = { timestamps: false, ...common } as const;

export function initIdentityModels(sequelize: Sequelize) {
  // Fresh objects per attribute: Sequelize writes each attribute's column name into its definition.
  const maybeDate = () => ({ ...date(true), defaultValue: null });

  const SessionM = class extends Session {};
  SessionM.init(
    {
      id: idColumn(),
      userId: uuid(),
      clientAddress: { ...text(true), defaultValue: null },
      createdAt: date(),
      lastUsedAt: date(),
      expiresAt: date(),
      revokedAt: maybeDate(),
      revokedReason: { ...text(true), defaultValue: null },
    },
    { sequelize, modelName: 'Session', tableName: 'sessions', ...noTimestamps },
  );

  const RefreshTokenM = class extends RefreshToken {};
  RefreshTokenM.init(
    {
      id: idColumn(),
      sessionId: uuid(),
      tokenHash: text(),
      createdAt: date(),
      expiresAt: date(),
      usedAt: maybeDate(),
      replacedById: { ...uuid(true), defaultValue: null },
    },
    { sequelize, modelName: 'RefreshToken', tableName: 'refresh_tokens', ...noTimestamps },
  );

  const InvitationM = class extends Invitation {};
  InvitationM.init(
    {
      id: idColumn(),
      email: text(),
      role: oneOf(ROLES),
      officeId: { ...uuid(true), defaultValue: null },
      codeHash: text(),
      expiresAt: date(),
      usedAt: maybeDate(),
      createdById: { ...uuid(true), defaultValue: null },
      createdAt: date(),
    },
    { sequelize, modelName: 'Invitation', tableName: 'invitations', ...noTimestamps },
  );

  const PermissionOverrideM = class extends PermissionOverride {};
  PermissionOverrideM.init(
    {
      method: { type: DataTypes.TEXT, allowNull: false, primaryKey: true },
      roles: { type: jsonType(sequelize), allowNull: false },
      reason: text(),
      updatedById: { ...uuid(true), defaultValue: null },
      updatedAt: date(),
    },
    { sequelize, modelName: 'PermissionOverride', tableName: 'permission_overrides', ...noTimestamps },
  );

  return {
    Session: SessionM as typeof Session,
    RefreshToken: RefreshTokenM as typeof RefreshToken,
    Invitation: InvitationM as typeof Invitation,
    PermissionOverride: PermissionOverrideM as typeof PermissionOverride,
  };
}
