import { createContext, useContext } from 'react';
import type { RuleLevel } from './ruleDraft';

/** Where a field's value comes from, as the form shows it. */
export type RuleSource = 'default' | RuleLevel;

/** What every field of the rules form needs: its value, its source, and how to change it. */
export interface RuleFormApi {
  level: RuleLevel;
  isReadOnly: boolean;
  value(path: string): unknown;
  source(path: string): RuleSource;
  isOwn(path: string): boolean;
  /** False where this scope cannot give a value back (an office's own calendar: its hours and holidays). */
  canReset(path: string): boolean;
  edit(path: string, value: unknown): void;
  reset(path: string): void;
}

export const RuleFormContext = createContext<RuleFormApi | null>(null);

export function useRuleForm(): RuleFormApi {
  const api = useContext(RuleFormContext);
  if (!api) throw new Error('useRuleForm() needs a <RuleFormContext.Provider> above it.');
  return api;
}
