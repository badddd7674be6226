import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output, Room, RuleScopeInput, RuleVersionView } from '../../../../../core/contract';
import type { Rules } from '../../../../../core/rules/schema';
import { useApi } from '../../../../api/apiContext';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useAction } from '../shared/useAction';
import { changedPaths, draftFrom, editDraft, getAt, patchKey, patchOf, resetDraft, type RuleDraft, type RuleLevel } from './ruleDraft';
import { RuleFormContext, type RuleFormApi, type RuleSource } from './ruleFormContext';
import { RulesActions } from './RulesActions';
import { RulesForm } from './RulesForm';
import { RulesPreviewPanel } from './RulesPreviewPanel';
import { SaveRulesDialog } from './SaveRulesDialog';

export interface Inherited {
  rules: Rules;
  sources: Readonly<Record<string, string>>;
}

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
  const { t } = useTranslation();
  const api = useApi();
  const initial = useMemo(() => draftFrom(effective.rules as Rules, effective.sources, level), [effective, level]);
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const [isSaving, setIsSaving] = useState(false);
  const previewing = useAction();
  const [preview, setPreview] = useState<{ key: string; result: Output<'rules.preview'> } | null>(null);
  const changed = changedPaths(initial, draft);
  const key = patchKey(patchOf(draft));

  const form = useMemo<RuleFormApi>(() => ({
    level,
    isReadOnly,
    value: (path) => getAt(draft.rules, path),
    isOwn: (path) => draft.own.includes(path),
    canReset: (path) => !calendarPaths.includes(path),
    source: (path) => (draft.own.includes(path) ? level : ((inherited.sources[path] as RuleSource | undefined) ?? 'default')),
    edit: (path, value) => setDraft((d) => editDraft(d, path, value)),
    reset: (path) => setDraft((d) => resetDraft(d, path, inherited.rules)),
  }), [draft, inherited, isReadOnly, level, calendarPaths]);

  const runPreview = async () => {
    const result = await previewing.run(() => api.call('rules.preview', { scope, rules: patchOf(draft) }));
    if (result) setPreview({ key, result });
  };

  return (
    <RuleFormContext.Provider value={form}>
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 380px' }, alignItems: 'start' }}>
        <RulesForm />
        <Stack spacing={2} sx={{ position: { lg: 'sticky' }, top: { lg: 84 } }}>
          <Paper variant="outlined" sx={{ borderRadius: 3, p: 2 }}>
            <RulesActions
              changes={changed.length}
              isReadOnly={isReadOnly}
              isPreviewing={previewing.isBusy}
              onPreview={() => void runPreview()}
              onSave={() => setIsSaving(true)}
              onDiscard={() => setDraft(initial)}
            />
            {previewing.isBusy ? <LinearProgress sx={{ mt: 1.5 }} aria-label={t('admin.rules.previewing')} /> : null}
            {previewing.error ? <Box sx={{ mt: 1.5 }}><ErrorAlert title={t('admin.rules.previewFailed')} error={previewing.error} /></Box> : null}
            {preview ? <Box sx={{ mt: 1.5 }}><RulesPreviewPanel preview={preview.result} rooms={rooms} zoneOf={zoneOf} isStale={preview.key !== key} /></Box> : null}
          </Paper>
          <Paper variant="outlined" sx={{ borderRadius: 3, p: 2 }}>
            <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
              {t('admin.rules.history')}
            </Typography>
            {history}
          </Paper>
        </Stack>
      </Box>
      {isSaving ? (
        <SaveRulesDialog scope={scope} scopeName={scopeName} patch={patchOf(draft)} changed={changed} onClose={() => setIsSaving(false)} onSaved={onSaved} />
      ) : null}
    </RuleFormContext.Provider>
  );
}
