import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../core/domain';
import { isApiError } from '../api/ApiError';
import en from './en.json';
import ru from './ru.json';

export const LANGUAGES: readonly Locale[] = LOCALES;
export const resources = { en: { translation: en }, ru: { translation: ru } } as const;

/** An explicit choice made with the language switch, kept per browser / desktop profile. */
const CHOICE_KEY = 'roomly.language';

const isLocale = (value: unknown): value is Locale => LANGUAGES.includes(value as Locale);

/** The first of the browser's preferred languages Roomly speaks (`ru-RU` → `ru`), else English. */
export function languageFromBrowser(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

function storedChoice(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(CHOICE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

export const i18n: I18n = i18next.createInstance();

/** Starts i18n synchronously (resources are bundled): the explicit choice, else the browser's. */
export function initI18n(): I18n {
  if (i18n.isInitialized) return i18n;
  void i18n.use(initReactI18next).init({
    resources,
    lng: storedChoice() ?? languageFromBrowser(browserLanguages()),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  const mark = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  mark(i18n.language);
  i18n.on('languageChanged', mark);
  return i18n;
}

/** The language switch: changes now and remembers the choice. */
export function chooseLanguage(language: Locale): void {
  try {
    globalThis.localStorage?.setItem(CHOICE_KEY, language);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page only.
  }
  void i18n.changeLanguage(language);
}

/** After sign-in: the person's own locale applies unless they chose a language on this device. */
export function applyUserLocale(locale: string): void {
  if (!storedChoice() && isLocale(locale) && i18n.language !== locale) void i18n.changeLanguage(locale);
}

/** The active language as a Locale (i18next may report a regional tag or nothing yet). */
export const currentLanguage = (language: string = i18n.language): Locale => {
  const base = (language ?? '').toLowerCase().split('-')[0];
  return isLocale(base) ? base : 'en';
};

/**
 * What to tell a person about a failure: the translation of the error's key with its parameters
 * when we have one (and every placeholder is filled), else the server's own sentence.
 */
export function errorText(error: unknown, t: I18n['t'] = i18n.t.bind(i18n)): string {
  if (!isApiError(error)) return t('errors.INTERNAL');
  if (i18n.exists(error.key)) {
    const text = t(error.key, { ...error.params });
    if (!/\{\{\s*[\w.]+\s*\}\}/.test(text)) return text;
  }
  return error.message;
}
