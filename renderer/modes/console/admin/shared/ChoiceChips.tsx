import CheckIcon from '@mui/icons-material/Check';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactElement } from 'react';
import { SR_ONLY } from './srOnly';

interface ChoiceChipsProps<T extends string> {
  label: string;
  options: readonly T[];
  selected: readonly T[];
  onChange(next: T[]): void;
  optionLabel(option: T): string;
  optionIcon?: (option: T) => ReactElement;
  /** The data attribute each chip carries, for tests (`data-choice`). */
  testId?: string;
  disabled?: boolean;
  /** The label is read out but not shown (a row already names the field). */
  isLabelHidden?: boolean;
}

/** Several of a few choices (roles, amenities) as toggle chips; the order of `options` is kept. */
export function ChoiceChips<T extends string>({ label, options, selected, onChange, optionLabel, optionIcon, testId, disabled, isLabelHidden }: ChoiceChipsProps<T>) {
  const labelId = useId();
  const toggle = (option: T) =>
    onChange(selected.includes(option) ? selected.filter((o) => o !== option) : options.filter((o) => o === option || selected.includes(o)));
  return (
    <Stack spacing={0.75} data-testid={testId}>
      <Typography id={labelId} variant="body2" sx={isLabelHidden ? SR_ONLY : { color: 'text.secondary', fontWeight: 600 }}>
        {label}
      </Typography>
      <Stack role="group" aria-labelledby={labelId} direction="row" useFlexGap spacing={0.75} sx={{ flexWrap: 'wrap' }}>
        {options.map((option) => {
          const isOn = selected.includes(option);
          return (
            <Chip
              key={option}
              component="button"
              type="button"
              size="small"
              aria-pressed={isOn}
              data-choice={option}
              clickable
              disabled={disabled}
              color={isOn ? 'primary' : 'default'}
              variant={isOn ? 'filled' : 'outlined'}
              icon={isOn ? <CheckIcon /> : optionIcon?.(option)}
              label={optionLabel(option)}
              onClick={() => toggle(option)}
            />
          );
        })}
      </Stack>
    </Stack>
  );
}
