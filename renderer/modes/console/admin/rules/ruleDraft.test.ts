import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type Rules } from '../../../../../core/rules/schema';
import { changedPaths, draftFrom, editDraft, getAt, patchKey, patchOf, resetDraft, setAt } from './ruleDraft';

const officeRules: Rules = { ...DEFAULT_RULES, bufferMin: { before: 5, after: 10 }, stepMin: 30 };
const sources = { 'bufferMin.before': 'office', 'bufferMin.after': 'global', stepMin: 'office', holidays: 'default', 'byRole.manager.horizonDays': 'global' };

describe('a scope draft', () => {
  it('owns the fields whose source is the scope, and saves only those', () => {
    const draft = draftFrom(officeRules, sources, 'office');
    expect(draft.own).toEqual(['bufferMin.before', 'stepMin']);
    expect(patchOf(draft)).toEqual({ bufferMin: { before: 5 }, stepMin: 30 });
  });

  it('takes over a field when it is edited, nested ones included', () => {
    let draft = draftFrom(officeRules, sources, 'office');
    draft = editDraft(draft, 'bufferMin.after', 15);
    draft = editDraft(draft, 'byRole.employee.horizonDays', 7);
    expect(patchOf(draft)).toEqual({ bufferMin: { before: 5, after: 15 }, stepMin: 30, byRole: { employee: { horizonDays: 7 } } });
    expect(draft.rules.byRole.manager).toEqual(DEFAULT_RULES.byRole.manager);
  });

  it('goes back to the wider scopes on reset, removing a per-role value they do not have', () => {
    let draft = editDraft(draftFrom(officeRules, sources, 'office'), 'byRole.employee.horizonDays', 7);
    draft = resetDraft(draft, 'byRole.employee.horizonDays', DEFAULT_RULES);
    draft = resetDraft(draft, 'stepMin', DEFAULT_RULES);
    expect(draft.rules.byRole.employee).toBeUndefined();
    expect(draft.rules.stepMin).toBe(15);
    expect(patchOf(draft)).toEqual({ bufferMin: { before: 5 } });
  });

  it('keeps null as a value (allowedRoles null means everyone)', () => {
    const draft = editDraft(draftFrom(officeRules, {}, 'room'), 'allowedRoles', null);
    expect(patchOf(draft)).toEqual({ allowedRoles: null });
  });

  it('lists what a change touches, and compares patches regardless of key order', () => {
    const before = draftFrom(officeRules, sources, 'office');
    const after = resetDraft(editDraft(before, 'bufferMin.before', 20), 'stepMin', DEFAULT_RULES);
    expect(changedPaths(before, after)).toEqual(['bufferMin.before', 'stepMin']);
    expect(patchKey({ stepMin: 5, bufferMin: { after: 1, before: 2 } })).toBe(patchKey({ bufferMin: { before: 2, after: 1 }, stepMin: 5 }));
  });

  it('reads and writes paths without touching the original', () => {
    const tree = { a: { b: 1 } };
    expect(setAt(tree, 'a.c', 2)).toEqual({ a: { b: 1, c: 2 } });
    expect(setAt(tree, 'a.b', undefined)).toEqual({});
    expect(tree).toEqual({ a: { b: 1 } });
    expect(getAt(tree, 'a.b')).toBe(1);
    expect(getAt(tree, 'a.b.c')).toBeUndefined();
  });
});
