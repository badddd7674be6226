import { describe, expect, it } from 'vitest';
import type { PermissionRow } from '../../../../../core/contract/permissions';
import { ROLES } from '../../../../../core/domain';
import { canChange, changesOf, groupByDomain, matchRows, NO_EDITS, resetToDefault, rolesWith, toggleRole, undoInputs, updateInput } from './permissionDiff';

const row = (method: string, patch: Partial<PermissionRow> = {}): PermissionRow => ({
  method,
  summary: `${method} summary`,
  isPublic: false,
  defaultRoles: ['facility_manager', 'admin'],
  roles: ['facility_manager', 'admin'],
  isOverridden: false,
  lockedRoles: [],
  devices: false,
  ...patch,
});

const devicesList = row('devices.list');
const approve = row('bookings.approve', { roles: ['assistant', 'facility_manager', 'admin'], isOverridden: true });
const update = row('permissions.update', { defaultRoles: ['admin'], roles: ['admin'], lockedRoles: ['admin'] });
const login = row('auth.login', { isPublic: true, defaultRoles: [...ROLES], roles: [...ROLES] });

describe('editing the permission table', () => {
  it('takes a role away and lists the change with what it removes', () => {
    const edits = toggleRole(NO_EDITS, devicesList, 'facility_manager', false);
    expect(rolesWith(devicesList, edits)).toEqual(['admin']);
    expect(changesOf([devicesList], edits)).toEqual([{ method: 'devices.list', from: ['facility_manager', 'admin'], to: ['admin'], added: [], removed: ['facility_manager'], isToDefault: false }]);
    expect(updateInput(changesOf([devicesList], edits)[0]!, 'tablets are IT’s')).toEqual({ method: 'devices.list', roles: ['admin'], reason: 'tablets are IT’s' });
  });

  it('forgets an edit that is undone by hand: ticking the box again leaves nothing to save', () => {
    const off = toggleRole(NO_EDITS, devicesList, 'facility_manager', false);
    expect(toggleRole(off, devicesList, 'facility_manager', true).size).toBe(0);
  });

  it('keeps roles in the table order whatever order they were ticked in', () => {
    const edits = toggleRole(toggleRole(NO_EDITS, devicesList, 'moderator', true), devicesList, 'employee', true);
    expect(rolesWith(devicesList, edits)).toEqual(['employee', 'facility_manager', 'moderator', 'admin']);
  });

  it('goes back to the default (removing the override) when the ticks match the default again', () => {
    const edits = toggleRole(NO_EDITS, approve, 'assistant', false);
    expect(edits.get('bookings.approve')).toBe('default');
    expect(updateInput(changesOf([approve], edits)[0]!, 'back')).toMatchObject({ roles: null });
  });

  it('resets a changed method to its default, and an unchanged one to no edit at all', () => {
    expect(changesOf([approve], resetToDefault(NO_EDITS, approve))).toEqual([{ method: 'bookings.approve', from: ['assistant', 'facility_manager', 'admin'], to: ['facility_manager', 'admin'], added: [], removed: ['assistant'], isToDefault: true }]);
    const edited = toggleRole(NO_EDITS, devicesList, 'admin', false);
    expect(resetToDefault(edited, devicesList).size).toBe(0);
  });

  it('never changes what the service keeps fixed: public methods, and admins on the permission methods', () => {
    expect(canChange(update, 'admin')).toBe(false);
    expect(canChange(update, 'manager')).toBe(true);
    expect(canChange(login, 'employee')).toBe(false);
    expect(toggleRole(NO_EDITS, update, 'admin', false)).toBe(NO_EDITS);
    expect(toggleRole(NO_EDITS, login, 'employee', false)).toBe(NO_EDITS);
  });

  it('undoes saved changes: an override comes back as it was, a default stays a default', () => {
    const edits = toggleRole(toggleRole(NO_EDITS, devicesList, 'facility_manager', false), approve, 'manager', true);
    const changes = changesOf([devicesList, approve], edits);
    expect(undoInputs([devicesList, approve], changes, 'Undo: test')).toEqual([
      { method: 'devices.list', roles: null, reason: 'Undo: test' },
      { method: 'bookings.approve', roles: ['assistant', 'facility_manager', 'admin'], reason: 'Undo: test' },
    ]);
  });
});

describe('showing the table', () => {
  it('groups methods by domain, bookings first, unknown domains last', () => {
    const groups = groupByDomain([row('zebra.feed'), devicesList, row('bookings.reject'), approve, row('audit.list')]);
    expect(groups.map((g) => [g.domain, g.rows.map((r) => r.method)])).toEqual([
      ['bookings', ['bookings.approve', 'bookings.reject']],
      ['devices', ['devices.list']],
      ['audit', ['audit.list']],
      ['zebra', ['zebra.feed']],
    ]);
  });

  it('finds methods by any words of their name or explanation', () => {
    const rows = [devicesList, approve, update];
    expect(matchRows(rows, 'DEVICES', (r) => r.summary).map((r) => r.method)).toEqual(['devices.list']);
    expect(matchRows(rows, 'approve summary', (r) => r.summary).map((r) => r.method)).toEqual(['bookings.approve']);
    expect(matchRows(rows, '  ', (r) => r.summary)).toHaveLength(3);
  });
});
