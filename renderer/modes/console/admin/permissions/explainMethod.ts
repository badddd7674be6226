import type { TFunction } from 'i18next';
import type { PermissionRow } from '../../../../../core/contract/permissions';

/**
 * What a method does, in the person's language: the translation when there is one, else the
 * contract's own summary (in English), so a method added later is never left unexplained.
 */
export function explainMethod(row: PermissionRow, t: TFunction, exists: (key: string) => boolean): { text: string; lang?: 'en' } {
  const key = `admin.permissions.method.${row.method}`;
  return exists(key) ? { text: t(key) } : { text: row.summary, lang: 'en' };
}
