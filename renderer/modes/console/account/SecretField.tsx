import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SecretFieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** `new-password` or `current-password`, so password managers fill and save the right one. */
  autoComplete: 'new-password' | 'current-password';
  /** What is wrong with it (shown in red, read out with the field); otherwise the hint. */
  error?: string | undefined;
  hint?: string;
  required?: boolean;
}

/** One's own password: hidden, shown on demand. */
export function SecretField({ name, label, value, onChange, autoComplete, error, hint, required }: SecretFieldProps) {
  const { t } = useTranslation();
  const [isShown, setIsShown] = useState(false);
  return (
    <TextField
      label={label}
      name={name}
      type={isShown ? 'text' : 'password'}
      autoComplete={autoComplete}
      value={value}
      required={required}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? hint}
      fullWidth
      slotProps={{
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton edge="end" aria-label={isShown ? t('signIn.hidePassword') : t('signIn.showPassword')} onClick={() => setIsShown((s) => !s)}>
                {isShown ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
