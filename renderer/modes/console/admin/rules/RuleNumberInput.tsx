import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

interface RuleNumberInputProps {
  value: number | null;
  onChange(value: number): void;
  min: number;
  max: number;
  unit?: string;
  label: string;
  disabled?: boolean;
  /** Shown greyed when the field has no value of its own (a per-role cell). */
  placeholder?: string;
  /** An empty input means "no value of its own" (per-role cells); otherwise it is kept as typed. */
  onClear?: () => void;
  name?: string;
  isCompact?: boolean;
}

/** A whole number within limits; the form hears only valid numbers, the input keeps what is typed. */
export function RuleNumberInput({ value, onChange, min, max, unit, label, disabled, placeholder, onClear, name, isCompact }: RuleNumberInputProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The value changed from outside (reset, another scope): show it.
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const parsed = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  const isInvalid = text.trim() !== '' && !(parsed >= min && parsed <= max);

  const change = (next: string) => {
    setText(next);
    if (next.trim() === '' && onClear) {
      setShown(null);
      onClear();
      return;
    }
    const n = /^\d+$/.test(next.trim()) ? Number(next) : NaN;
    if (n >= min && n <= max) {
      setShown(n);
      onChange(n);
    }
  };

  return (
    <TextField
      value={text}
      onChange={(e) => change(e.target.value)}
      disabled={disabled}
      error={isInvalid}
      name={name}
      placeholder={placeholder}
      size="small"
      sx={{ width: isCompact ? 92 : 150 }}
      slotProps={{
        htmlInput: { inputMode: 'numeric', 'aria-label': label, 'aria-invalid': isInvalid, title: `${min}–${max}` },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
  );
}
