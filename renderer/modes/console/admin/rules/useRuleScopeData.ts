import { useMemo } from 'react';
import { DEFAULT_RULES } from '../../../../../core/rules/schema';
import { useApiQuery } from '../../../../api/useApiQuery';
import { answers, getInputs, scopeInput, type ScopeChoice } from './ruleScope';
import type { Inherited } from './useRuleFormState';

const DEFAULTS: Inherited = { rules: DEFAULT_RULES, sources: {} };

/**
 * What the rules page needs for a scope: its effective rules, the rules above it (what a reset
 * goes back to), and its versions. `isReady` only once the answers belong to this scope.
 */
export function useRuleScopeData(choice: ScopeChoice) {
  const scope = scopeInput(choice);
  const inputs = getInputs(choice);
  const own = useApiQuery('rules.get', inputs.own, scope !== null);
  const above = useApiQuery('rules.get', inputs.above ?? {}, scope !== null && inputs.above !== null);
  const history = useApiQuery('rules.history', { scope: scope ?? { level: 'global' } }, scope !== null);
  const aboveData = above.data;
  const hasAbove = inputs.above !== null;
  const inherited = useMemo(() => (!hasAbove ? DEFAULTS : aboveData ? { rules: aboveData.rules, sources: aboveData.sources } : null), [hasAbove, aboveData]);
  const isReady = scope !== null && answers(own.data, inputs.own) && (inputs.above === null || answers(aboveData, inputs.above));
  return {
    scope,
    own,
    history,
    inherited,
    isReady,
    error: own.error ?? above.error,
    reload: () => (own.reload(), above.reload()),
  };
}
