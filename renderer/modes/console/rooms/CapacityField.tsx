import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CAPACITY } from './roomFilterParams';

interface CapacityFieldProps {
  value: number | null;
  onChange(value: number | null): void;
}

/** Typing waits this long before asking the server, so "12" does not first ask for "1". */
const SETTLE_MS = 300;

const parse = (text: string): number | null | 'invalid' => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= MAX_CAPACITY ? n : 'invalid';
};

/** "Seats at least": a whole number, sent once typing pauses. */
export function CapacityField({ value, onChange }: CapacityFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shownValue, setShownValue] = useState(value);

  // The filter changed elsewhere (cleared, back button): show it.
  if (value !== shownValue) {
    setShownValue(value);
    if (parse(text) !== value) setText(value === null ? '' : String(value));
  }

  // The latest callback, so a re-render of the page does not restart the pause.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const parsed = parse(text);
  useEffect(() => {
    if (parsed === 'invalid' || parsed === value) return;
    const timer = setTimeout(() => onChangeRef.current(parsed), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [parsed, value]);

  return (
    <TextField
      label={t('rooms.filters.minCapacity')}
      type="number"
      name="minCapacity"
      value={text}
      error={parsed === 'invalid'}
      onChange={(event) => setText(event.target.value)}
      sx={{ width: 170 }}
      slotProps={{
        htmlInput: { min: 1, max: MAX_CAPACITY, step: 1, inputMode: 'numeric' },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <PeopleAltOutlinedIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
