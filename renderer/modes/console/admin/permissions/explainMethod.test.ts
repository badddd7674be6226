import { describe, expect, it } from 'vitest';
import { contract, isMethodName } from '../../../../../core/contract';
import type { PermissionRow } from '../../../../../core/contract/permissions';
import en from '../../../../i18n/en.json';
import ru from '../../../../i18n/ru.json';
import { explainMethod } from './explainMethod';

type Tree = { [key: string]: string | Tree };
const explanations = (catalog: { admin: { permissions: { method: Tree } } }) =>
  Object.entries(catalog.admin.permissions.method).flatMap(([domain, verbs]) => Object.entries(verbs as Tree).map(([verb, text]) => [`${domain}.${verb}`, text as string] as const));

describe('what each method does, in the permission table', () => {
  it('says in English exactly what the contract says, so a changed summary is translated again', () => {
    const stale = explanations(en).filter(([method, text]) => !isMethodName(method) || contract[method].summary !== text);
    expect(stale).toEqual([]);
  });

  it('explains the same methods in Russian as in English', () => {
    expect(explanations(ru).map(([m]) => m).sort()).toEqual(explanations(en).map(([m]) => m).sort());
  });

  it('falls back to the contract summary, marked as English, for a method without a translation', () => {
    const row = { method: 'rooms.teleport', summary: 'Move a room.' } as PermissionRow;
    const t = ((key: string) => `t:${key}`) as never;
    expect(explainMethod(row, t, () => false)).toEqual({ text: 'Move a room.', lang: 'en' });
    expect(explainMethod(row, t, () => true)).toEqual({ text: 't:admin.permissions.method.rooms.teleport' });
  });
});
