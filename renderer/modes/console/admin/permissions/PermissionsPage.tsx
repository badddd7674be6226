import ManageSearchOutlinedIcon from '@mui/icons-material/ManageSearchOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermissionRow } from '../../../../../core/contract/permissions';
import { useApi } from '../../../../api/apiContext';
import { useApiQuery } from '../../../../api/useApiQuery';
import { usePermissions } from '../access/permissionsContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { useAction } from '../shared/useAction';
import { explainMethod } from './explainMethod';
import { changesOf, matchRows, NO_EDITS, resetToDefault, toggleRole, undoInputs, type PermissionChange, type PermissionEdits } from './permissionDiff';
import { PermissionsMatrix } from './PermissionsMatrix';
import { PermissionsToolbar } from './PermissionsToolbar';
import { SavePermissionsDialog } from './SavePermissionsDialog';

interface Saved {
  before: PermissionRow[];
  changes: PermissionChange[];
  reason: string;
}

/**
 * The permission table: which role may call which method, by default and now. Changes are
 * collected, confirmed in words with a reason, saved, and can be undone; the console's own
 * sections follow at once (`auth.permissions` is asked again).
 */
export function PermissionsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const permissions = usePermissions();
  const table = useApiQuery('permissions.get', {});
  const [edits, setEdits] = useState<PermissionEdits>(NO_EDITS);
  const [query, setQuery] = useState('');
  const [isOnlyChanged, setIsOnlyChanged] = useState(false);
  const [isReviewing, setIsReviewing] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const undo = useAction();
  const isReadOnly = !permissions.may('permissions.update');
  const rows = useMemo(() => table.data?.methods ?? [], [table.data]);
  const changes = useMemo(() => changesOf(rows, edits), [rows, edits]);
  const shown = matchRows(rows, query, (row) => explainMethod(row, t, (key) => i18n.exists(key)).text).filter((row) => !isOnlyChanged || row.isOverridden || edits.has(row.method));

  const refresh = () => {
    table.reload();
    permissions.reload();
  };
  const forget = (done: readonly PermissionChange[]) => setEdits((current) => new Map([...current].filter(([method]) => !done.some((c) => c.method === method))));
  const onSaved = (done: PermissionChange[], reason: string) => {
    setIsReviewing(false);
    setEdits(NO_EDITS);
    setSaved({ before: rows, changes: done, reason });
    setNotice(t('admin.permissions.saved', { count: done.length }));
    refresh();
  };
  const runUndo = async () => {
    if (!saved) return;
    const reason = t('admin.permissions.undoReason', { reason: saved.reason }).slice(0, 500);
    const isDone = await undo.run(async () => {
      for (const input of undoInputs(saved.before, saved.changes, reason)) await api.call('permissions.update', input);
      return true;
    });
    setSaved(null);
    setNotice(isDone ? t('admin.permissions.undone') : null);
    refresh();
  };
  const undoButton = saved ? (
    <Button color="inherit" size="small" onClick={() => void runUndo()} disabled={undo.isBusy} data-testid="undo-permissions">
      {t('admin.permissions.undo')}
    </Button>
  ) : undefined;

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.permissions.title')} subtitle={t('admin.permissions.subtitle')} />
      {isReadOnly ? <Alert severity="info">{t('admin.permissions.readOnly')}</Alert> : null}
      {undo.error ? <ErrorAlert title={t('admin.permissions.undoFailed')} error={undo.error} /> : null}
      <PermissionsToolbar
        query={query}
        onQuery={setQuery}
        isOnlyChanged={isOnlyChanged}
        onOnlyChanged={setIsOnlyChanged}
        changes={changes.length}
        isReadOnly={isReadOnly}
        onDiscard={() => setEdits(NO_EDITS)}
        onReview={() => setIsReviewing(true)}
      />
      {table.error ? (
        <ErrorAlert title={t('admin.permissions.loadFailed')} error={table.error} onRetry={table.reload} testId="permissions-error" />
      ) : !table.data ? (
        <LinearProgress aria-label={t('admin.loading')} />
      ) : shown.length === 0 ? (
        <EmptyState testId="permissions-empty" icon={<ManageSearchOutlinedIcon fontSize="large" />} title={t('admin.permissions.emptyTitle')} hint={t('admin.permissions.emptyHint')} />
      ) : (
        <PermissionsMatrix
          rows={shown}
          edits={edits}
          isReadOnly={isReadOnly}
          isBusy={table.isLoading}
          onToggle={(row, role, isAllowed) => setEdits((current) => toggleRole(current, row, role, isAllowed))}
          onReset={(row) => setEdits((current) => resetToDefault(current, row))}
        />
      )}
      {isReviewing && changes.length > 0 ? (
        <SavePermissionsDialog changes={changes} onClose={() => setIsReviewing(false)} onSaved={onSaved} onPartlySaved={(done) => (forget(done), refresh())} />
      ) : null}
      <SuccessSnackbar message={notice} onClose={() => (setNotice(null), setSaved(null))} action={notice && saved ? undoButton : undefined} />
    </Stack>
  );
}
