import type { Transaction } from 'sequelize';
import type { WorkingHours } from '../../core/domain';
import { resolveRules, type ResolvedRules, type RulesPatch } from '../../core/rules';
import { scopeKeyOf, type Db } from '../../db';
import { select, toDate, toJson } from './sql';

/**
 * The rule layers of a room: the latest stored version of the global, office and room scopes,
 * with the office's own working hours and holidays (from `offices`) under its rule set. Stored
 * versions are never rewritten, so a resolved rule set is cached by the versions it came from.
 */
/** One stored version of a scope's rules (a `rule_sets` row). Never updated once written. */
export interface StoredVersion {
  id: string;
  scope: 'global' | 'office' | 'room';
  scopeKey: string;
  officeId: string | null;
  roomId: string | null;
  version: number;
  rules: unknown;
  authorId: string | null;
  reason: string;
  createdAt: Date;
}

export interface ScopeVersions {
  global: StoredVersion | null;
  office: StoredVersion | null;
  room: StoredVersion | null;
}

export interface OfficeCalendar {
  id: string;
  timeZone: string;
  workingHours: WorkingHours | null;
  holidays: string[] | null;
}

interface VersionRow {
  id: string;
  scope: StoredVersion['scope'];
  scope_key: string;
  office_id: string | null;
  room_id: string | null;
  version: number;
  rules: unknown;
  author_id: string | null;
  reason: string | null;
  created_at: string | Date;
}

/** The latest version of each scope key: one query for any number of keys. */
export async function latestVersions(db: Db, keys: readonly string[], transaction?: Transaction) {
  const rows = await select<VersionRow>(
    db,
    `SELECT id, scope, scope_key, office_id, room_id, version, rules, author_id, reason, created_at
       FROM rule_sets r WHERE r.scope_key IN (:keys)
        AND r.version = (SELECT MAX(r2.version) FROM rule_sets r2 WHERE r2.scope_key = r.scope_key)`,
    { keys: [...new Set(keys)] },
    transaction,
  );
  const latest = new Map<string, StoredVersion>();
  for (const r of rows) {
    latest.set(r.scope_key, {
      id: r.id,
      scope: r.scope,
      scopeKey: r.scope_key,
      officeId: r.office_id,
      roomId: r.room_id,
      version: Number(r.version),
      rules: toJson(r.rules),
      authorId: r.author_id,
      reason: r.reason ?? '',
      createdAt: toDate(r.created_at),
    });
  }
  return latest;
}

export function versionsFor(latest: ReadonlyMap<string, StoredVersion>, officeId: string | null, roomId: string | null): ScopeVersions {
  return {
    global: latest.get('global') ?? null,
    office: officeId ? (latest.get(scopeKeyOf('office', officeId, null)) ?? null) : null,
    room: roomId ? (latest.get(scopeKeyOf('room', null, roomId)) ?? null) : null,
  };
}

/** The narrowest stored version that applies: what a booking records as `ruleVersionId`. */
export const narrowestVersionId = (v: ScopeVersions): string | null => (v.room ?? v.office ?? v.global)?.id ?? null;

function officeLayer(office: OfficeCalendar | null, stored: RulesPatch | undefined): RulesPatch | null {
  const days = Object.fromEntries(
    Object.entries(office?.workingHours ?? {}).filter(([, ranges]) => Array.isArray(ranges)),
  ) as RulesPatch['workingHours'];
  const hasDays = days && Object.keys(days).length > 0;
  if (!hasDays && !stored) return null;
  return {
    ...(stored ?? {}),
    ...(hasDays || stored?.workingHours ? { workingHours: { ...days, ...(stored?.workingHours ?? {}) } } : {}),
  };
}

const cache = new Map<string, ResolvedRules>();
const CACHE_LIMIT = 5000;

/**
 * Effective rules: defaults < global < office (its calendar, then its rule set) < room. The
 * office's holidays are added to whatever holidays the layers give.
 */
export function effectiveRules(office: OfficeCalendar | null, versions: ScopeVersions): ResolvedRules {
  const key = JSON.stringify([
    versions.global?.id,
    versions.office?.id,
    versions.room?.id,
    office?.workingHours ?? null,
    office?.holidays ?? null,
  ]);
  const hit = cache.get(key);
  if (hit) return hit;
  const resolved = resolveRules({
    global: (versions.global?.rules ?? {}) as RulesPatch,
    office: officeLayer(office, versions.office?.rules as RulesPatch | undefined),
    room: (versions.room?.rules as RulesPatch | undefined) ?? null,
  });
  const extra = office?.holidays ?? [];
  const result: ResolvedRules = extra.length
    ? {
        rules: { ...resolved.rules, holidays: [...new Set([...resolved.rules.holidays, ...extra])].sort() },
        sources: { ...resolved.sources, holidays: resolved.sources['holidays'] === 'room' ? 'room' : 'office' },
      }
    : resolved;
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
