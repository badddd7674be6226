import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { roomlyTheme, type ThemeVariant } from '../theme';

/** The theme of a mode in the current language; switching language re-themes MUI's own texts. */
export function ModeTheme({ variant, children }: { variant: ThemeVariant; children: ReactNode }) {
  const { i18n } = useTranslation();
  const theme = roomlyTheme(variant, currentLanguage(i18n.language));
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
