import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useOffice } from '../../officeContext';

interface OfficeFieldProps {
  /** '' stands for the empty choice. */
  value: string;
  onChange(officeId: string): void;
  label: string;
  /** The empty choice's words ("No office", "Any office"); without it an office must be chosen. */
  emptyLabel?: string;
  disabled?: boolean;
  testId?: string;
  fullWidth?: boolean;
  required?: boolean;
}

/** One of the offices the console knows. */
export function OfficeField({ value, onChange, label, emptyLabel, disabled, testId, fullWidth, required }: OfficeFieldProps) {
  const { offices } = useOffice();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      data-testid={testId}
      fullWidth={fullWidth}
      required={required}
      sx={fullWidth ? undefined : { minWidth: 180 }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: emptyLabel !== undefined } }}
    >
      {emptyLabel !== undefined ? <MenuItem value="">{emptyLabel}</MenuItem> : null}
      {offices.map((office) => (
        <MenuItem key={office.id} value={office.id}>
          {office.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
