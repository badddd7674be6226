import type { Role } from '../domain';
import { DEFAULT_RULES, invalidRules, normalizeRules, ZRulesPatch, type Rules, type RulesPatch } from './schema';

/**
 * Rules come in layers: defaults, then global, office and room patches. A narrower scope overrides
 * a wider one field by field; nested objects (bufferMin, workingHours, byRole.manager, …) merge by
 * field; arrays (a day's ranges, holidays, role lists) and null replace.
 */
export const RULE_SCOPES = ['default', 'global', 'office', 'room'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export interface RuleLayers {
  global: RulesPatch;
  office?: RulesPatch | null;
  room?: RulesPatch | null;
}

/** `sources` maps every leaf of the rules, as a dotted path ("bufferMin.before"), to its scope. */
export interface ResolvedRules {
  rules: Rules;
  sources: Record<string, RuleScope>;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const isPlainObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge: `patch` over `base`, copying; `onLeaf` hears each leaf the patch sets. */
function mergeInto(base: JsonObject, patch: JsonObject, onLeaf?: (path: string) => void, prefix = ''): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const current = out[key];
    if (isPlainObject(value)) {
      out[key] = mergeInto(isPlainObject(current) ? current : {}, value, onLeaf, path);
    } else {
      out[key] = Array.isArray(value) ? structuredClone(value) : value;
      onLeaf?.(path);
    }
  }
  return out;
}

function leafPaths(value: Json, prefix = ''): string[] {
  if (!isPlainObject(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

function parsePatch(patch: unknown, where: string): RulesPatch {
  const parsed = ZRulesPatch.safeParse(patch);
  if (!parsed.success) throw invalidRules(where, parsed.error.issues);
  return parsed.data;
}

/**
 * The effective rules for a room and where each field came from. Every layer is validated (it is
 * persisted JSON) and the merged result is normalised once; invalid rules throw VALIDATION.
 */
export function resolveRules(layers: RuleLayers): ResolvedRules {
  const sources: Record<string, RuleScope> = {};
  for (const path of leafPaths(DEFAULT_RULES)) sources[path] = 'default';
  let merged = structuredClone(DEFAULT_RULES) as unknown as JsonObject;
  const ordered: [RuleScope, RulesPatch | null | undefined][] = [
    ['global', layers.global],
    ['office', layers.office],
    ['room', layers.room],
  ];
  for (const [scope, patch] of ordered) {
    if (!patch) continue;
    const valid = parsePatch(patch, `${scope} rules`) as JsonObject;
    merged = mergeInto(merged, valid, (path) => {
      for (const known of Object.keys(sources)) if (known.startsWith(`${path}.`)) delete sources[known];
      sources[path] = scope;
    });
  }
  return { rules: normalizeRules(merged, 'effective rules'), sources };
}

/** Merges a patch over complete rules without tracking sources (e.g. a proposed change). */
export function applyPatch(rules: Rules, patch: RulesPatch): Rules {
  const valid = parsePatch(patch, 'proposed rules');
  return normalizeRules(mergeInto(rules as unknown as JsonObject, valid as JsonObject), 'rules');
}

const roleCache = new WeakMap<Rules, Map<Role, Rules>>();

/**
 * The rules as they apply to one role: `byRole[role]` merged over the rest. Rules were validated
 * for every role when normalised, so this never throws. Results are cached per rules object.
 */
export function rulesForRole(rules: Rules, role: Role): Rules {
  const patch = rules.byRole[role];
  if (!patch) return rules;
  let perRole = roleCache.get(rules);
  if (!perRole) roleCache.set(rules, (perRole = new Map()));
  const cached = perRole.get(role);
  if (cached) return cached;
  const merged = mergeInto(rules as unknown as JsonObject, patch as JsonObject) as unknown as Rules;
  perRole.set(role, merged);
  return merged;
}
