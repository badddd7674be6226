import { useMemo, useState } from 'react';
import type { Rules } from '../../../../../core/rules/schema';
import { changedPaths, editDraft, getAt, patchKey, patchOf, resetDraft, type RuleDraft, type RuleLevel } from './ruleDraft';
import type { RuleFormApi, RuleSource } from './ruleFormContext';

export interface Inherited {
  rules: Rules;
  sources: Readonly<Record<string, string>>;
}

/** The draft of a scope's rules and the form's view of it: values, sources, edits, resets. */
export function useRuleFormState(initial: RuleDraft, level: RuleLevel, inherited: Inherited, isReadOnly: boolean, calendarPaths: readonly string[]) {
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const form = useMemo<RuleFormApi>(
    () => ({
      level,
      isReadOnly,
      value: (path) => getAt(draft.rules, path),
      isOwn: (path) => draft.own.includes(path),
      canReset: (path) => !calendarPaths.includes(path),
      source: (path) => (draft.own.includes(path) ? level : ((inherited.sources[path] as RuleSource | undefined) ?? 'default')),
      edit: (path, value) => setDraft((d) => editDraft(d, path, value)),
      reset: (path) => setDraft((d) => resetDraft(d, path, inherited.rules)),
    }),
    [draft, inherited, isReadOnly, level, calendarPaths],
  );
  const patch = useMemo(() => patchOf(draft), [draft]);
  return { form, patch, key: patchKey(patch), changed: changedPaths(initial, draft), discard: () => setDraft(initial) };
}
