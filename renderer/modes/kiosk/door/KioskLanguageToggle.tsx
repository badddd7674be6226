import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../core/domain';
import { currentLanguage, LANGUAGES } from '../../../i18n';

/**
 * EN / RU side by side, one tap each, every language named in itself. The choice lasts for this
 * visitor only: the door returns to the room's language when it goes idle.
 */
export function KioskLanguageToggle({ onChoose, tone = 'light' }: { onChoose: (language: Locale) => void; tone?: 'light' | 'dark' }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const isDark = tone === 'dark';
  return (
    <ToggleButtonGroup
      exclusive
      value={language}
      onChange={(_event, value: Locale | null) => value && onChoose(value)}
      aria-label={t('language.label')}
      data-testid="kiosk-language"
      sx={{
        bgcolor: isDark ? 'rgba(255,255,255,0.12)' : '#EEF1F6',
        borderRadius: 999,
        p: 0.5,
        '& .MuiToggleButtonGroup-grouped': { border: 0, borderRadius: '999px !important', mx: 0.25 },
      }}
    >
      {LANGUAGES.map((lng) => (
        <ToggleButton
          key={lng}
          value={lng}
          lang={lng}
          data-language={lng}
          aria-label={t(`language.${lng}`)}
          sx={{
            minWidth: 72,
            minHeight: 52,
            fontWeight: 700,
            fontSize: '1.1rem',
            color: isDark ? '#FFFFFF' : '#1F2633',
            '&.Mui-selected, &.Mui-selected:hover': {
              bgcolor: isDark ? '#FFFFFF' : '#141A2E',
              color: isDark ? '#141A2E' : '#FFFFFF',
            },
          }}
        >
          {lng.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
