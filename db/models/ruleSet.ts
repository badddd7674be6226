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
import type { Office } from './office';
import type { Room } from './room';
import type { User } from './user';

export const RULE_SCOPES = ['global', 'office', 'room'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

/** The stored rules document. Its shape belongs to the rule engine, which validates it on load. */
export type RulesJson = Record<string, unknown>;

/** 'global' | 'office:<id>' | 'room:<id>': one key per scope, so (scope_key, version) can be unique. */
export function scopeKeyOf(scope: RuleScope, officeId: string | null, roomId: string | null): string {
  if (scope === 'global') return 'global';
  if (scope === 'office') return `office:${officeId}`;
  return `room:${roomId}`;
}

/** A version of the rules for one scope. Never updated: a change is a new row with version + 1. */
export class RuleSet extends Model<InferAttributes<RuleSet>, InferCreationAttributes<RuleSet>> {
  declare id: CreationOptional<string>;
  declare scope: RuleScope;
  declare scopeKey: CreationOptional<string>;
  declare officeId: CreationOptional<string | null>;
  declare roomId: CreationOptional<string | null>;
  declare version: number;
  declare rules: RulesJson;
  declare authorId: CreationOptional<string | null>;
  declare reason: CreationOptional<string>;
  declare createdAt: CreationOptional<Date>;

  declare office?: NonAttribute<Office | null>;
  declare room?: NonAttribute<Room | null>;
  declare author?: NonAttribute<User | null>;
}

export function initRuleSet(sequelize: Sequelize): typeof RuleSet {
  const M = class extends RuleSet {};
  M.init(
    {
      id: idColumn(),
      scope: oneOf(RULE_SCOPES),
      scopeKey: text(),
      officeId: { ...uuid(true), defaultValue: null },
      roomId: { ...uuid(true), defaultValue: null },
      version: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 1 } },
      rules: { type: jsonType(sequelize), allowNull: false },
      authorId: { ...uuid(true), defaultValue: null },
      reason: { ...text(), defaultValue: '' },
      createdAt: date(),
    },
    {
      sequelize,
      modelName: 'RuleSet',
      tableName: 'rule_sets',
      updatedAt: false,
      ...common,
      validate: {
        scopeMatchesIds(this: RuleSet) {
          const ok =
            (this.scope === 'global' && !this.officeId && !this.roomId) ||
            (this.scope === 'office' && !!this.officeId && !this.roomId) ||
            (this.scope === 'room' && !!this.roomId);
          if (!ok) throw new Error(`A ${this.scope} rule set needs ${this.scope === 'global' ? 'no' : `a ${this.scope}`} id`);
        },
      },
      hooks: {
        beforeValidate: (row: RuleSet) => {
          row.scopeKey = scopeKeyOf(row.scope, row.officeId ?? null, row.roomId ?? null);
        },
        beforeBulkCreate: (rows: RuleSet[]) => {
          for (const row of rows) row.scopeKey = scopeKeyOf(row.scope, row.officeId ?? null, row.roomId ?? null);
        },
      },
    },
  );
  return M;
}
