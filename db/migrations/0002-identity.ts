import { DataTypes, type ModelAttributeColumnOptions } from 'sequelize';
import type { MigrationContext, MigrationParams } from './context';

/**
 * Identity and access: sign-in sessions with their single-use refresh tokens, invitations, and the
 * permission table's overrides. Self-contained like every landed migration: its helpers live here.
 *
 * A session is a refresh-token family: every refresh spends one token and issues the next in the
 * same family; revoking the session (logout, reuse of a spent token, role change) ends them all.
 */

type Columns = Record<string, ModelAttributeColumnOptions>;

const text = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.TEXT, allowNull });
const date = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.DATE, allowNull });
const uuid = (allowNull = false): ModelAttributeColumnOptions => ({ type: DataTypes.UUID, allowNull });
const pk = (): ModelAttributeColumnOptions => ({ type: DataTypes.UUID, allowNull: false, primaryKey: true });
const ref = (table: string, allowNull: boolean, onDelete: string): ModelAttributeColumnOptions => ({
  type: DataTypes.UUID,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
  onUpdate: 'CASCADE',
});

function tables(dialect: MigrationContext['dialect']): Array<{ name: string; columns: Columns }> {
  const json = (): ModelAttributeColumnOptions => ({
    type: dialect === 'postgres' ? DataTypes.JSONB : DataTypes.JSON,
    allowNull: false,
  });
  return [
    {
      name: 'sessions',
      columns: {
        id: pk(), user_id: ref('users', false, 'CASCADE'), client_address: text(true), created_at: date(),
        last_used_at: date(), expires_at: date(), revoked_at: date(true), revoked_reason: text(true),
      },
    },
    {
      name: 'refresh_tokens',
      columns: {
        id: pk(), session_id: ref('sessions', false, 'CASCADE'), token_hash: text(), created_at: date(),
        expires_at: date(), used_at: date(true), replaced_by_id: uuid(true),
      },
    },
    {
      name: 'invitations',
      columns: {
        id: pk(), email: text(), role: text(), office_id: ref('offices', true, 'SET NULL'), code_hash: text(),
        expires_at: date(), used_at: date(true), created_by_id: ref('users', true, 'SET NULL'), created_at: date(),
      },
    },
    {
      name: 'permission_overrides',
      columns: {
        method: { type: DataTypes.TEXT, allowNull: false, primaryKey: true }, roles: json(), reason: text(),
        updated_by_id: uuid(true), updated_at: date(),
      },
    },
  ];
}

const INDEXES: Array<{ table: string; fields: string[]; name: string; unique?: boolean }> = [
  { table: 'sessions', fields: ['user_id'], name: 'sessions_user_id' },
  { table: 'refresh_tokens', fields: ['session_id'], name: 'refresh_tokens_session_id' },
  { table: 'refresh_tokens', fields: ['token_hash'], name: 'refresh_tokens_token_hash_unique', unique: true },
  { table: 'invitations', fields: ['code_hash'], name: 'invitations_code_hash_unique', unique: true },
  { table: 'devices', fields: ['enroll_code_hash'], name: 'devices_enroll_code_hash' },
  { table: 'devices', fields: ['room_id'], name: 'devices_room_id' },
];

export async function up({ context }: MigrationParams): Promise<void> {
  const { sequelize, queryInterface, dialect } = context;
  await sequelize.transaction(async (transaction) => {
    for (const spec of tables(dialect)) await queryInterface.createTable(spec.name, spec.columns, { transaction });
    for (const { table, fields, name, unique } of INDEXES) {
      await queryInterface.addIndex(table, fields, { name, unique: unique ?? false, transaction });
    }
  });
}

export async function down({ context }: MigrationParams): Promise<void> {
  const { sequelize, queryInterface, dialect } = context;
  await sequelize.transaction(async (transaction) => {
    for (const { table, name } of INDEXES.filter((i) => i.table === 'devices')) {
      await queryInterface.removeIndex(table, name, { transaction });
    }
    for (const spec of tables(dialect).reverse()) await queryInterface.dropTable(spec.name, { transaction });
  });
}
