import { describe, expect, it } from 'vitest';
import { AMENITIES, ROLES, ROOM_STATUSES, ROOM_TYPES } from '../../core/domain';
import { ERROR_CODES } from '../../core/errors';
import { ApiError } from '../api/ApiError';
import en from './en.json';
import ru from './ru.json';
import { errorText, i18n, initI18n, languageFromBrowser } from './index';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as `a.b.c` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Plural forms collapse to one key: languages need different forms of the same message. */
const baseKeys = (flat: Map<string, string>) => new Set([...flat.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]));

const catalogs = { en: flatten(en), ru: flatten(ru) };

describe('translations', () => {
  it('English and Russian have exactly the same keys', () => {
    const enKeys = [...baseKeys(catalogs.en)].sort();
    const ruKeys = [...baseKeys(catalogs.ru)].sort();
    expect(ruKeys).toEqual(enKeys);
  });

  it('every message uses the same {{placeholders}} in both languages', () => {
    const mismatches: string[] = [];
    for (const [key, enText] of catalogs.en) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const ruForms = [...catalogs.ru].filter(([k]) => k.replace(PLURAL_SUFFIX, '') === base);
      for (const [ruKey, ruText] of ruForms) {
        const a = [...placeholders(enText)].sort().join(',');
        const b = [...placeholders(ruText)].sort().join(',');
        if (a !== b) mismatches.push(`${key} {${a}} ≠ ${ruKey} {${b}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(Object.keys(catalogs) as (keyof typeof catalogs)[])('%s has every plural form its grammar needs', (lng) => {
    const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const plural = [...catalogs[lng].keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, ''));
    for (const base of new Set(plural)) {
      for (const form of needed) expect(catalogs[lng].has(`${base}_${form}`), `${base}_${form}`).toBe(true);
    }
  });

  it('names every error code, role, room type, room status and amenity', () => {
    const required = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      'errors.OFFLINE',
      ...ROLES.map((r) => `roles.${r}`),
      ...ROOM_TYPES.map((t) => `roomTypes.${t}`),
      ...ROOM_STATUSES.map((s) => `roomStatus.${s}`),
      ...AMENITIES.map((a) => `amenities.${a}`),
    ];
    expect(required.filter((key) => !catalogs.en.has(key))).toEqual([]);
  });

  it('has no empty message', () => {
    for (const catalog of Object.values(catalogs)) {
      expect([...catalog].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
    }
  });
});

describe('language detection', () => {
  it('takes the first preferred language Roomly speaks, by its base tag', () => {
    expect(languageFromBrowser(['ru-RU', 'en-US'])).toBe('ru');
    expect(languageFromBrowser(['de-DE', 'en-GB'])).toBe('en');
    expect(languageFromBrowser(['fr'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });
});

describe('errorText', () => {
  initI18n();
  const apiError = (key: string, params?: Record<string, string>) =>
    new ApiError({ code: 'VALIDATION', message: 'Server sentence.', key, ...(params ? { params } : {}) }, 'rooms.list');

  it('translates a known key with its parameters', async () => {
    await i18n.changeLanguage('ru');
    expect(errorText(apiError('errors.VALIDATION', { fields: 'minCapacity' }))).toBe('Проверьте поля: minCapacity.');
    await i18n.changeLanguage('en');
    expect(errorText(apiError('errors.VALIDATION', { fields: 'minCapacity' }))).toBe('Some fields are not valid: minCapacity.');
  });

  it("falls back to the server's sentence for an unknown key or a missing parameter", async () => {
    await i18n.changeLanguage('en');
    expect(errorText(apiError('errors.somethingNew'))).toBe('Server sentence.');
    expect(errorText(apiError('errors.VALIDATION'))).toBe('Server sentence.');
  });

  it('never shows a raw exception', () => {
    expect(errorText(new Error('stack trace here'))).toBe('Something went wrong on our side. Please try again.');
  });
});
