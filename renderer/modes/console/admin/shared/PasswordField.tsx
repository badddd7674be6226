import AutorenewIcon from '@mui/icons-material/Autorenew';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A password nobody has to invent: 16 characters without look-alikes (0/O, 1/l). */
export function generatePassword(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

interface PasswordFieldProps {
  value: string;
  onChange(value: string): void;
  label: string;
  error?: string | null;
  helperText?: string;
  required?: boolean;
}

/** A new password for someone else: visible on demand, or generated. */
export function PasswordField({ value, onChange, label, error, helperText, required }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [isShown, setIsShown] = useState(false);
  return (
    <TextField
      label={label}
      name="password"
      type={isShown ? 'text' : 'password'}
      autoComplete="new-password"
      value={value}
      required={required}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? helperText}
      fullWidth
      slotProps={{
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Tooltip title={t('admin.users.generatePassword')}>
                <IconButton
                  aria-label={t('admin.users.generatePassword')}
                  onClick={() => {
                    onChange(generatePassword());
                    setIsShown(true);
                  }}
                >
                  <AutorenewIcon fontSize="small" />
                </IconButton>
              </Tooltip>
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
