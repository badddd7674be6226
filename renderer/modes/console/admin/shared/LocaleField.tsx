import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../../core/domain';

/** English or Russian, each named in itself. */
export function LocaleField({ value, onChange, label }: { value: Locale; onChange(locale: Locale): void; label: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as Locale)}
      fullWidth
      data-testid="locale-field"
      slotProps={{ inputLabel: { shrink: true } }}
    >
      {LOCALES.map((locale) => (
        <MenuItem key={locale} value={locale} lang={locale}>
          {t(`language.${locale}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
