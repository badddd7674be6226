import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../core/domain';

interface RoleFieldProps {
  value: Role | '';
  onChange(role: Role | ''): void;
  label: string;
  /** Offer "any role" (a filter) as the empty choice. */
  anyLabel?: string;
  disabled?: boolean;
  helperText?: string;
  testId?: string;
  fullWidth?: boolean;
}

export function RoleField({ value, onChange, label, anyLabel, disabled, helperText, testId, fullWidth }: RoleFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as Role | '')}
      disabled={disabled}
      helperText={helperText}
      data-testid={testId}
      fullWidth={fullWidth}
      sx={fullWidth ? undefined : { minWidth: 190 }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: anyLabel !== undefined } }}
    >
      {anyLabel !== undefined ? <MenuItem value="">{anyLabel}</MenuItem> : null}
      {ROLES.map((role) => (
        <MenuItem key={role} value={role}>
          {t(`roles.${role}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
