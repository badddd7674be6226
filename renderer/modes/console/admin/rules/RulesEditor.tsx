import Box from '@mui/material/Box';
import { useMemo, useState, type ReactNode } from 'react';
import type { Output, Room, RuleScopeInput, RuleVersionView } from '../../../../../core/contract';
import type { Rules } from '../../../../../core/rules/schema';
import { useApi } from '../../../../api/apiContext';
import { useAction } from '../shared/useAction';
import { draftFrom, patchOf, type RuleLevel } from './ruleDraft';
import { RuleFormContext } from './ruleFormContext';
import { RulesForm } from './RulesForm';
import { RulesSidePanel } from './RulesSidePanel';
import { SaveRulesDialog } from './SaveRulesDialog';
import { useRuleFormState, type Inherited } from './useRuleFormState';

interface RulesEditorProps {
  level: RuleLevel;
  scope: RuleScopeInput;
  scopeName: string;
  effective: Output<'rules.get'>;
  inherited: Inherited;
  isReadOnly: boolean;
  /** Paths the office's own calendar sets (they cannot be given back to the wider scopes). */
  calendarPaths: readonly string[];
  rooms: ReadonlyMap<string, Room>;
  zoneOf(room: Room | undefined): string;
  history: ReactNode;
  onSaved(version: RuleVersionView): void;
}

/** The form over a scope's rules, with the impact preview, saving and the version history beside it. */
export function RulesEditor(props: RulesEditorProps) {
  const { level, scope, scopeName, effective, inherited, isReadOnly, calendarPaths, rooms, zoneOf, history, onSaved } = props;
  const api = useApi();
  const initial = useMemo(() => draftFrom(effective.rules as Rules, effective.sources, level), [effective, level]);
  const { form, patch, key, changed, discard } = useRuleFormState(initial, level, inherited, isReadOnly, calendarPaths);
  const [isSaving, setIsSaving] = useState(false);
  const previewing = useAction();
  const [preview, setPreview] = useState<{ key: string; result: Output<'rules.preview'>; already: ReadonlySet<string> } | null>(null);
  // The preview judges every future booking again, so it also lists ones that break today's rules
  // (a booth over capacity): the same question for the stored rules tells those apart.
  const runPreview = async () => {
    const both = await previewing.run(() =>
      Promise.all([api.call('rules.preview', { scope, rules: patch }), api.call('rules.preview', { scope, rules: patchOf(initial) })]),
    );
    if (both) setPreview({ key, result: both[0], already: new Set(both[1].broken.map((b) => b.booking.id)) });
  };

  return (
    <RuleFormContext.Provider value={form}>
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 380px' }, alignItems: 'start' }}>
        <RulesForm />
        <RulesSidePanel
          changes={changed.length}
          isReadOnly={isReadOnly}
          preview={preview ? { result: preview.result, already: preview.already, isStale: preview.key !== key } : null}
          isPreviewing={previewing.isBusy}
          previewError={previewing.error}
          rooms={rooms}
          zoneOf={zoneOf}
          history={history}
          onPreview={() => void runPreview()}
          onSave={() => setIsSaving(true)}
          onDiscard={discard}
        />
      </Box>
      {isSaving ? <SaveRulesDialog scope={scope} scopeName={scopeName} patch={patch} changed={changed} onClose={() => setIsSaving(false)} onSaved={onSaved} /> : null}
    </RuleFormContext.Provider>
  );
}
