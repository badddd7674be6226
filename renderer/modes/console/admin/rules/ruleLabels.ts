import type { TFunction } from 'i18next';

/** A rule's name for a leaf path: "Working hours: Monday", "Manager: bookable ahead", "Buffer before". */
export function pathLabel(path: string, t: TFunction): string {
  const [head, second, ...rest] = path.split('.');
  if (head === 'workingHours' && second) return `${t('admin.rules.section.hours')}: ${t(`admin.rules.weekday.${second}`)}`;
  if (head === 'byRole' && second) {
    const field = rest.join('.');
    const name = t(`admin.rules.byRoleField.${field}`, { defaultValue: field });
    return `${t(`roles.${second}`)}: ${name}`;
  }
  if (head === 'holidays') return t('admin.rules.holidays');
  return t(`admin.rules.field.${path}`, { defaultValue: path });
}

/** Every leaf path of a stored patch (for a version's summary). */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}
