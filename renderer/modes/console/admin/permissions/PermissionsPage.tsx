import ManageSearchOutlinedIcon from '@mui/icons-material/ManageSearchOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../access/permissionsContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { explainMethod } from './explainMethod';
import { matchRows } from './permissionDiff';
import { PermissionsMatrix } from './PermissionsMatrix';
import { PermissionsToolbar } from './PermissionsToolbar';
import { SavePermissionsDialog } from './SavePermissionsDialog';
import { usePermissionTable } from './usePermissionTable';

/**
 * The permission table: which role may call which method, by default and now. Changes are
 * collected, confirmed in words with a reason, saved, and can be undone.
 */
export function PermissionsPage() {
  const { t, i18n } = useTranslation();
  const isReadOnly = !usePermissions().may('permissions.update');
  const state = usePermissionTable();
  const [query, setQuery] = useState('');
  const [isOnlyChanged, setIsOnlyChanged] = useState(false);
  const [isReviewing, setIsReviewing] = useState(false);
  const explain = (row: Parameters<typeof explainMethod>[0]) => explainMethod(row, t, (key) => i18n.exists(key)).text;
  const shown = matchRows(state.rows, query, explain).filter((row) => !isOnlyChanged || row.isOverridden || state.edits.has(row.method));
  const undoButton = (
    <Button color="inherit" size="small" onClick={() => void state.runUndo()} disabled={state.undo.isBusy} data-testid="undo-permissions">
      {t('admin.permissions.undo')}
    </Button>
  );

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.permissions.title')} subtitle={t('admin.permissions.subtitle')} />
      {isReadOnly ? <Alert severity="info">{t('admin.permissions.readOnly')}</Alert> : null}
      {state.undo.error ? <ErrorAlert title={t('admin.permissions.undoFailed')} error={state.undo.error} /> : null}
      <PermissionsToolbar
        query={query}
        onQuery={setQuery}
        isOnlyChanged={isOnlyChanged}
        onOnlyChanged={setIsOnlyChanged}
        changes={state.changes.length}
        isReadOnly={isReadOnly}
        onDiscard={state.discard}
        onReview={() => setIsReviewing(true)}
      />
      {state.table.error ? (
        <ErrorAlert title={t('admin.permissions.loadFailed')} error={state.table.error} onRetry={state.table.reload} testId="permissions-error" />
      ) : !state.table.data ? (
        <LinearProgress aria-label={t('admin.loading')} />
      ) : shown.length === 0 ? (
        <EmptyState testId="permissions-empty" icon={<ManageSearchOutlinedIcon fontSize="large" />} title={t('admin.permissions.emptyTitle')} hint={t('admin.permissions.emptyHint')} />
      ) : (
        <PermissionsMatrix rows={shown} edits={state.edits} isReadOnly={isReadOnly} isBusy={state.table.isLoading} onToggle={state.toggle} onReset={state.reset} />
      )}
      {isReviewing && state.changes.length > 0 ? (
        <SavePermissionsDialog
          changes={state.changes}
          onClose={() => setIsReviewing(false)}
          onSaved={(done, reason) => (setIsReviewing(false), state.onSaved(done, reason))}
          onPartlySaved={state.onPartlySaved}
        />
      ) : null}
      <SuccessSnackbar message={state.notice} onClose={state.closeNotice} action={state.canUndo ? undoButton : undefined} />
    </Stack>
  );
}
