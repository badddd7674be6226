import type { Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { RuleScopeInput, RuleVersionView, ZEffectiveRules } from '../core/contract/rules';
import type { Handlers } from '../core/dispatcher';
import { forbidden, notFound } from '../core/errors';
import type { RulesPatch } from '../core/rules';
import { scopeKeyOf, type Db } from '../db';
import { isAdmin, isFacilityStaffFor } from './access';
import { previewRules, roomsWithProposal } from './bookings/preview';
import { effectiveRules, latestVersions, versionsFor, type OfficeCalendar, type StoredVersion } from './bookings/ruleLayers';
import type { Ctx } from './context';
import { mutate } from './mutate';

/**
 * Rules as versioned data: read the effective rules with each field's source, store a new version
 * of a scope (never rewriting an old one), and preview what a change would break.
 */
type RuleHandlers = Pick<Handlers<Ctx>, 'rules.get' | 'rules.update' | 'rules.preview' | 'rules.history'>;

export const toRuleVersion = (r: StoredVersion): RuleVersionView => ({
  id: r.id,
  scope: r.scope,
  officeId: r.officeId ?? null,
  roomId: r.roomId ?? null,
  version: r.version,
  rules: r.rules as RulesPatch,
  authorId: r.authorId ?? null,
  reason: r.reason ?? '',
  createdAt: new Date(r.createdAt).toISOString(),
});

export interface ScopeTarget {
  scope: 'global' | 'office' | 'room';
  officeId: string | null;
  roomId: string | null;
  key: string;
}

/** Checks that the scope's office or room exists; a room's office comes with it. */
export async function targetOf(db: Db, scope: RuleScopeInput, transaction?: Transaction): Promise<ScopeTarget> {
  if (scope.level === 'global') return { scope: 'global', officeId: null, roomId: null, key: 'global' };
  if (scope.level === 'office') {
    if (!(await db.models.Office.findByPk(scope.officeId, { transaction }))) throw notFound('Office', scope.officeId);
    return { scope: 'office', officeId: scope.officeId, roomId: null, key: scopeKeyOf('office', scope.officeId, null) };
  }
  const room = await db.models.Room.findByPk(scope.roomId, { transaction });
  if (!room) throw notFound('Room', scope.roomId);
  return { scope: 'room', officeId: room.officeId, roomId: room.id, key: scopeKeyOf('room', null, room.id) };
}

/** Global rules: admins. An office or a room: facility staff of that office. */
export function requireRulesEditor(ctx: Ctx, target: ScopeTarget): void {
  const ok = target.scope === 'global' ? isAdmin(ctx.caller) : isFacilityStaffFor(ctx.caller, target.officeId);
  if (!ok) throw forbidden(target.scope === 'global' ? 'Only admins may change the global rules.' : 'Only facility staff of this office may change its rules.');
}

export async function calendarOf(db: Db, officeId: string | null, transaction?: Transaction): Promise<OfficeCalendar | null> {
  if (!officeId) return null;
  const office = await db.models.Office.findByPk(officeId, { transaction });
  if (!office) throw notFound('Office', officeId);
  return { id: office.id, timeZone: office.timeZone, workingHours: office.workingHours, holidays: office.holidays };
}

async function getRules(ctx: Ctx, input: { officeId?: string | undefined; roomId?: string | undefined }) {
  const { db } = ctx.store;
  const room = input.roomId ? await db.models.Room.findByPk(input.roomId) : null;
  if (input.roomId && !room) throw notFound('Room', input.roomId);
  const officeId = room?.officeId ?? input.officeId ?? null;
  const office = await calendarOf(db, officeId);
  const keys = ['global', ...(officeId ? [scopeKeyOf('office', officeId, null)] : []), ...(room ? [scopeKeyOf('room', null, room.id)] : [])];
  const versions = versionsFor(await latestVersions(db, keys), officeId, room?.id ?? null);
  const { rules, sources } = effectiveRules(office, versions);
  const view = (r: StoredVersion | null) => (r ? toRuleVersion(r) : null);
  const value: z.input<typeof ZEffectiveRules> = {
    officeId,
    roomId: room?.id ?? null,
    rules,
    sources,
    versions: { global: view(versions.global), office: view(versions.office), room: view(versions.room) },
  };
  return value;
}

async function updateRules(ctx: Ctx, input: { scope: RuleScopeInput; rules: RulesPatch; reason: string }) {
  return mutate(ctx, async (t) => {
    const { db } = ctx.store;
    const target = await targetOf(db, input.scope, t);
    requireRulesEditor(ctx, target);
    // The new patch must give valid rules in every room it applies to (cross-field checks included).
    await roomsWithProposal(db, target, input.rules, t);
    const previous = (await db.models.RuleSet.max('version', { where: { scopeKey: target.key }, transaction: t })) as number | null;
    const row = await db.models.RuleSet.create(
      {
        id: uuidv7(),
        scope: target.scope,
        officeId: target.scope === 'office' ? target.officeId : null,
        roomId: target.roomId,
        version: (previous ?? 0) + 1,
        rules: input.rules,
        authorId: ctx.caller?.kind === 'user' ? ctx.caller.userId : null,
        reason: input.reason,
        createdAt: ctx.now,
      },
      { transaction: t },
    );
    return {
      value: toRuleVersion(row),
      audit: [{ action: 'rules.update', entityType: 'rule_set', entityId: row.id, reason: input.reason, data: { scope: target.key, version: row.version, rules: input.rules } }],
      changes: [{ entity: 'rules', id: row.id, officeId: target.officeId, op: 'upsert' as const }],
    };
  });
}

async function history(ctx: Ctx, scope: RuleScopeInput) {
  const target = await targetOf(ctx.store.db, scope);
  const rows = await ctx.store.db.models.RuleSet.findAll({ where: { scopeKey: target.key }, order: [['version', 'DESC']] });
  return rows.map(toRuleVersion);
}

export const ruleHandlers: RuleHandlers = {
  'rules.get': getRules,
  'rules.update': updateRules,
  'rules.preview': async (ctx, input) => {
    const target = await targetOf(ctx.store.db, input.scope);
    requireRulesEditor(ctx, target);
    return previewRules(ctx, target, input.rules);
  },
  'rules.history': (ctx, input) => history(ctx, input.scope),
};
