import type { Rules, RulesPatch } from '../../../../../core/rules/schema';

/**
 * A scope's rules as the form edits them. The form shows the effective rules (every field has a
 * value); `own` lists the leaf paths ("bufferMin.before", "workingHours.mon",
 * "byRole.manager.horizonDays") this scope sets itself. Saving sends exactly those: a scope's
 * version is a patch over the wider scopes, and a field left alone keeps following them.
 */
export type RuleLevel = 'global' | 'office' | 'room';

export interface RuleDraft {
  rules: Rules;
  own: readonly string[];
}

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

export function getAt(tree: unknown, path: string): unknown {
  let node: unknown = tree;
  for (const key of path.split('.')) {
    if (!isTree(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** A copy of `tree` with `path` set (undefined removes it, and then any object it leaves empty). */
export function setAt<T>(tree: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const node: Tree = isTree(tree) ? { ...tree } : {};
  const next = rest.length === 0 ? value : setAt(node[key], rest.join('.'), value);
  if (next === undefined || (isTree(next) && Object.keys(next).length === 0 && rest.length > 0)) delete node[key];
  else node[key] = next;
  return node as T;
}

/** The draft of a scope as stored: the paths whose source is this scope are its own. */
export function draftFrom(rules: Rules, sources: Readonly<Record<string, string>>, level: RuleLevel): RuleDraft {
  const own = Object.entries(sources)
    .filter(([, source]) => source === level)
    .map(([path]) => path)
    .sort();
  return { rules, own };
}

const withPath = (own: readonly string[], path: string) => (own.includes(path) ? own : [...own, path].sort());

/** A field changed in the form: this scope now sets it. */
export const editDraft = (draft: RuleDraft, path: string, value: unknown): RuleDraft => ({
  rules: setAt(draft.rules, path, value),
  own: withPath(draft.own, path),
});

/** Back to what the wider scopes say (`inherited` is their effective rules). */
export const resetDraft = (draft: RuleDraft, path: string, inherited: Rules): RuleDraft => ({
  rules: setAt(draft.rules, path, getAt(inherited, path)),
  own: draft.own.filter((p) => p !== path),
});

/** What this scope stores: its own paths with the form's values. */
export function patchOf(draft: RuleDraft): RulesPatch {
  let patch: RulesPatch = {};
  for (const path of draft.own) {
    const value = getAt(draft.rules, path);
    if (value !== undefined) patch = setAt(patch, path, value);
  }
  return patch;
}

/** A stable text of a patch, to tell whether anything changed. */
export const patchKey = (patch: RulesPatch): string =>
  JSON.stringify(patch, (_key, value: unknown) =>
    isTree(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );

/** Leaf paths that differ between two patches (added, removed or changed), for the save summary. */
export function changedPaths(before: RuleDraft, after: RuleDraft): string[] {
  const paths = new Set([...before.own, ...after.own]);
  return [...paths]
    .filter((p) => JSON.stringify(before.own.includes(p) ? getAt(before.rules, p) : undefined) !== JSON.stringify(after.own.includes(p) ? getAt(after.rules, p) : undefined))
    .sort();
}
