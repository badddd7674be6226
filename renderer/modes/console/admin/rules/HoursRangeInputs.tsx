import CloseIcon from '@mui/icons-material/Close';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { isValidRange } from './hoursText';

interface HoursRangeInputsProps {
  range: readonly [string, string];
  /** "Monday 2", for screen readers. */
  label: string;
  isReadOnly: boolean;
  /** Names the two inputs `<name>.from` and `<name>.to`. */
  name?: string;
  /** Marks both inputs as refused even when the range itself reads well (overlaps, the server said no). */
  isInvalid?: boolean;
  /** The id of the text that says what is wrong. */
  describedBy?: string;
  onChange(range: [string, string]): void;
  onRemove(): void;
}

/** One opening range as two HH:MM fields and a way to remove it. */
export function HoursRangeInputs({ range, label, isReadOnly, name, isInvalid = false, describedBy, onChange, onRemove }: HoursRangeInputsProps) {
  const { t } = useTranslation();
  const [from, to] = range;
  const isValid = isValidRange(from, to) && !isInvalid;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      {(['from', 'to'] as const).map((side) => (
        <TextField
          key={side}
          value={side === 'from' ? from : to}
          onChange={(e) => onChange(side === 'from' ? [e.target.value, to] : [from, e.target.value])}
          name={name ? `${name}.${side}` : undefined}
          disabled={isReadOnly}
          error={!isValid}
          placeholder="09:00"
          sx={{ width: 74 }}
          slotProps={{ htmlInput: { 'aria-label': `${label} ${t(`admin.rules.${side}`)}`, 'aria-describedby': isValid ? undefined : describedBy, maxLength: 5, inputMode: 'numeric' } }}
        />
      ))}
      {!isReadOnly ? (
        <IconButton size="small" aria-label={`${t('admin.rules.removeRange')}: ${label}`} onClick={onRemove}>
          <CloseIcon sx={{ fontSize: 16 }} />
        </IconButton>
      ) : null}
    </Stack>
  );
}
