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
  onChange(range: [string, string]): void;
  onRemove(): void;
}

/** One opening range as two HH:MM fields and a way to remove it. */
export function HoursRangeInputs({ range, label, isReadOnly, onChange, onRemove }: HoursRangeInputsProps) {
  const { t } = useTranslation();
  const [from, to] = range;
  const isValid = isValidRange(from, to);
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      {(['from', 'to'] as const).map((side) => (
        <TextField
          key={side}
          value={side === 'from' ? from : to}
          onChange={(e) => onChange(side === 'from' ? [e.target.value, to] : [from, e.target.value])}
          disabled={isReadOnly}
          error={!isValid}
          placeholder="09:00"
          sx={{ width: 74 }}
          slotProps={{ htmlInput: { 'aria-label': `${label} ${t(`admin.rules.${side}`)}`, maxLength: 5, inputMode: 'numeric' } }}
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
