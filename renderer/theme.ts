import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles';
import { enUS, ruRU } from '@mui/material/locale';
import type { Locale } from '../core/domain';

/**
 * Two faces of one brand. The console is compact for a desk and a mouse; the kiosk is for a
 * finger at arm's length and an eye three metres away: ≥ 48 px targets, large type, AAA contrast.
 */
export type ThemeVariant = 'console' | 'kiosk';

const FONT = '"Inter Variable", "Inter", "Segoe UI", "Liberation Sans", "DejaVu Sans", system-ui, sans-serif';
const MUI_LOCALES = { en: enUS, ru: ruRU } as const;

/** The smallest touch target the kiosk allows anywhere (WCAG 2.5.5 asks 44; door panels need more). */
export const KIOSK_MIN_TARGET_PX = 48;

const brand = {
  primary: { main: '#2847D9', dark: '#1B329F', light: '#E8EDFF', contrastText: '#FFFFFF' },
  secondary: { main: '#0E7C6B', contrastText: '#FFFFFF' },
};

const shared: ThemeOptions = {
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: FONT,
    h1: { fontWeight: 700, letterSpacing: '-0.02em' },
    h2: { fontWeight: 700, letterSpacing: '-0.02em' },
    h3: { fontWeight: 700, letterSpacing: '-0.015em' },
    h4: { fontWeight: 700, letterSpacing: '-0.01em' },
    h5: { fontWeight: 650 },
    h6: { fontWeight: 650 },
    subtitle1: { fontWeight: 600 },
    subtitle2: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600, letterSpacing: 0 },
    overline: { fontWeight: 700, letterSpacing: '0.08em' },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        body: { fontFeatureSettings: '"cv11", "ss01"', WebkitFontSmoothing: 'antialiased' },
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': { transitionDuration: '0.01ms !important', animationDuration: '0.01ms !important' },
        },
      },
    },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { styleOverrides: { outlined: { borderColor: '#E3E7EF' } } },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
};

const consoleOptions: ThemeOptions = {
  palette: {
    mode: 'light',
    ...brand,
    // Darker than MUI's defaults so outlined chips and badges pass WCAG AA on white.
    info: { main: '#0A64A0', contrastText: '#FFFFFF' },
    warning: { main: '#A14B00', contrastText: '#FFFFFF' },
    success: { main: '#1B7A3D', contrastText: '#FFFFFF' },
    background: { default: '#F4F6FA', paper: '#FFFFFF' },
    text: { primary: '#141A2E', secondary: '#535C72' },
    divider: '#E3E7EF',
    contrastThreshold: 4.5,
  },
  typography: { fontSize: 14, h4: { fontSize: '1.75rem' }, h5: { fontSize: '1.35rem' }, h6: { fontSize: '1.1rem' } },
  components: {
    MuiAppBar: { defaultProps: { elevation: 0, color: 'inherit' } },
    MuiToolbar: { styleOverrides: { root: { minHeight: 60 } } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiSelect: { defaultProps: { size: 'small' } },
    MuiFormControl: { defaultProps: { size: 'small' } },
    MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
  },
};

const kioskOptions: ThemeOptions = {
  palette: {
    mode: 'light',
    primary: { main: '#1A36B8', dark: '#10247F', light: '#E6EBFF', contrastText: '#FFFFFF' },
    secondary: brand.secondary,
    success: { main: '#0B6B2E', contrastText: '#FFFFFF' },
    error: { main: '#B3261E', contrastText: '#FFFFFF' },
    warning: { main: '#8A5300', contrastText: '#FFFFFF' },
    background: { default: '#FFFFFF', paper: '#FFFFFF' },
    text: { primary: '#000000', secondary: '#2B3140' },
    divider: '#9AA3B5',
    contrastThreshold: 7,
  },
  typography: {
    fontSize: 18,
    h1: { fontSize: '4.5rem' },
    h2: { fontSize: '3.25rem' },
    h3: { fontSize: '2.5rem' },
    h4: { fontSize: '2rem' },
    body1: { fontSize: '1.25rem', lineHeight: 1.5 },
    body2: { fontSize: '1.1rem', lineHeight: 1.5 },
    button: { fontSize: '1.25rem' },
  },
  components: {
    MuiButtonBase: { defaultProps: { disableRipple: false } },
    MuiButton: {
      defaultProps: { size: 'large' },
      styleOverrides: { root: { minHeight: 64, minWidth: 64, paddingInline: 28, borderRadius: 16 } },
    },
    MuiIconButton: { styleOverrides: { root: { minWidth: KIOSK_MIN_TARGET_PX, minHeight: KIOSK_MIN_TARGET_PX } } },
    MuiToggleButton: { styleOverrides: { root: { minHeight: 56, minWidth: 64, fontSize: '1.1rem' } } },
    MuiChip: { styleOverrides: { root: { minHeight: KIOSK_MIN_TARGET_PX, fontSize: '1.1rem', borderRadius: 24 } } },
  },
};

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lays the variant over the shared options, key by key, at every depth. */
function deepMerge<T>(base: T, over: T): T {
  if (!isPlain(base) || !isPlain(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in out ? deepMerge(out[key], value) : value;
  return out as T;
}

const cache = new Map<string, Theme>();

/** The theme for a mode and language (MUI's own texts, such as pagination, follow the language). */
export function roomlyTheme(variant: ThemeVariant, language: Locale): Theme {
  const id = `${variant}:${language}`;
  let theme = cache.get(id);
  if (!theme) {
    const options = deepMerge(shared, variant === 'kiosk' ? kioskOptions : consoleOptions);
    theme = createTheme(options, MUI_LOCALES[language]);
    cache.set(id, theme);
  }
  return theme;
}
