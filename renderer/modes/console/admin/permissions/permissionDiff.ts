import type { Input } from '../../../../../core/contract';
import type { PermissionRow } from '../../../../../core/contract/permissions';
import { ROLES, type Role } from '../../../../../core/domain';

/**
 * Unsaved edits of the permission table, per method: the roles wanted, or 'default' to go back to
 * the contract's default (the override is removed, so later changes to the default apply again).
 */
export type PermissionEdit = readonly Role[] | 'default';
export type PermissionEdits = ReadonlyMap<string, PermissionEdit>;

export const NO_EDITS: PermissionEdits = new Map();

const inOrder = (roles: readonly Role[]): Role[] => ROLES.filter((role) => roles.includes(role));
const sameRoles = (a: readonly Role[], b: readonly Role[]) => inOrder(a).join() === inOrder(b).join();

/** Whether a role's cell may change: never for public methods, nor for roles the service keeps. */
export const canChange = (row: PermissionRow, role: Role): boolean => !row.isPublic && !row.lockedRoles.includes(role);

/** The roles a method would have with the edits applied. */
export function rolesWith(row: PermissionRow, edits: PermissionEdits): Role[] {
  const edit = edits.get(row.method);
  return inOrder(edit === 'default' ? row.defaultRoles : (edit ?? row.roles));
}

/** Records wanted roles: no edit when they are today's, 'default' when they are the default's. */
function withRoles(edits: PermissionEdits, row: PermissionRow, roles: readonly Role[]): PermissionEdits {
  const next = new Map(edits);
  if (sameRoles(roles, row.roles)) next.delete(row.method);
  else if (sameRoles(roles, row.defaultRoles)) next.set(row.method, 'default');
  else next.set(row.method, inOrder(roles));
  return next;
}

/** A cell ticked or cleared. Cells that may not change are left as they are. */
export function toggleRole(edits: PermissionEdits, row: PermissionRow, role: Role, isAllowed: boolean): PermissionEdits {
  if (!canChange(row, role)) return edits;
  const current = rolesWith(row, edits);
  return withRoles(edits, row, isAllowed ? [...current, role] : current.filter((r) => r !== role));
}

/** "Back to the default" for one method: removes its override (or any unsaved edit). */
export function resetToDefault(edits: PermissionEdits, row: PermissionRow): PermissionEdits {
  const next = new Map(edits);
  if (row.isOverridden) next.set(row.method, 'default');
  else next.delete(row.method);
  return next;
}

export interface PermissionChange {
  method: string;
  from: Role[];
  to: Role[];
  added: Role[];
  removed: Role[];
  /** The override goes: the method follows its default again. */
  isToDefault: boolean;
}

/** What saving would do, method by method, in the table's order. */
export function changesOf(rows: readonly PermissionRow[], edits: PermissionEdits): PermissionChange[] {
  return rows
    .filter((row) => edits.has(row.method))
    .map((row) => {
      const from = inOrder(row.roles);
      const to = rolesWith(row, edits);
      return {
        method: row.method,
        from,
        to,
        added: to.filter((r) => !from.includes(r)),
        removed: from.filter((r) => !to.includes(r)),
        isToDefault: edits.get(row.method) === 'default',
      };
    });
}

/** The `permissions.update` call for one change. */
export const updateInput = (change: PermissionChange, reason: string): Input<'permissions.update'> => ({
  method: change.method,
  roles: change.isToDefault ? null : change.to,
  reason,
});

/** The calls that put saved changes back as they were (an override again, or the default). */
export function undoInputs(before: readonly PermissionRow[], changes: readonly PermissionChange[], reason: string): Input<'permissions.update'>[] {
  const byMethod = new Map(before.map((row) => [row.method, row]));
  return changes.flatMap((change) => {
    const row = byMethod.get(change.method);
    return row ? [{ method: row.method, roles: row.isOverridden ? inOrder(row.roles) : null, reason }] : [];
  });
}

/** The order domains are shown in: what people and rooms are, then booking, then the machinery. */
const DOMAIN_ORDER = ['bookings', 'blocks', 'schedule', 'availability', 'rooms', 'offices', 'users', 'auth', 'stats', 'reports', 'rules', 'devices', 'kiosk', 'audit', 'permissions'];

export interface PermissionGroup {
  domain: string;
  rows: PermissionRow[];
}

/** Methods by domain (`bookings.create` → bookings); unknown domains last, by name. */
export function groupByDomain(rows: readonly PermissionRow[]): PermissionGroup[] {
  const groups = new Map<string, PermissionRow[]>();
  for (const row of rows) {
    const domain = row.method.split('.')[0] ?? row.method;
    groups.set(domain, [...(groups.get(domain) ?? []), row]);
  }
  const rank = (domain: string) => {
    const i = DOMAIN_ORDER.indexOf(domain);
    return i === -1 ? DOMAIN_ORDER.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([domain, list]) => ({ domain, rows: list.sort((a, b) => a.method.localeCompare(b.method)) }));
}

/** Rows whose method or explanation contains every word typed (case does not matter). */
export function matchRows(rows: readonly PermissionRow[], query: string, explain: (row: PermissionRow) => string): PermissionRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = `${row.method} ${explain(row)}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
