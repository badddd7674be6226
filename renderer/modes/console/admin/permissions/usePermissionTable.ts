import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermissionRow } from '../../../../../core/contract/permissions';
import type { Role } from '../../../../../core/domain';
import { useApi } from '../../../../api/apiContext';
import { useApiQuery } from '../../../../api/useApiQuery';
import { usePermissions } from '../access/permissionsContext';
import { useAction } from '../shared/useAction';
import { changesOf, NO_EDITS, resetToDefault, toggleRole, undoInputs, type PermissionChange, type PermissionEdits } from './permissionDiff';

interface Saved {
  before: PermissionRow[];
  changes: PermissionChange[];
  reason: string;
}

/**
 * The permission table and its unsaved edits; what was saved last, to undo it. After every write
 * the table and the console's own `auth.permissions` are asked again, so tabs follow at once.
 */
export function usePermissionTable() {
  const { t } = useTranslation();
  const api = useApi();
  const mine = usePermissions();
  const table = useApiQuery('permissions.get', {});
  const [edits, setEdits] = useState<PermissionEdits>(NO_EDITS);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const undo = useAction();
  const rows = useMemo(() => table.data?.methods ?? [], [table.data]);
  const changes = useMemo(() => changesOf(rows, edits), [rows, edits]);

  const refresh = () => {
    table.reload();
    mine.reload();
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

  return {
    table,
    rows,
    edits,
    changes,
    notice,
    canUndo: saved !== null && notice !== null,
    undo,
    toggle: (row: PermissionRow, role: Role, isAllowed: boolean) => setEdits((current) => toggleRole(current, row, role, isAllowed)),
    reset: (row: PermissionRow) => setEdits((current) => resetToDefault(current, row)),
    discard: () => setEdits(NO_EDITS),
    /** Every change was saved: nothing is left unsaved, and the save can be undone. */
    onSaved(done: PermissionChange[], reason: string) {
      setEdits(NO_EDITS);
      setSaved({ before: rows, changes: done, reason });
      setNotice(t('admin.permissions.saved', { count: done.length }));
      refresh();
    },
    /** Some were saved before one was refused: those are no longer unsaved. */
    onPartlySaved(done: readonly PermissionChange[]) {
      setEdits((current) => new Map([...current].filter(([method]) => !done.some((c) => c.method === method))));
      refresh();
    },
    runUndo,
    closeNotice() {
      setNotice(null);
      setSaved(null);
    },
  };
}
