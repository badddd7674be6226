import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../../i18n';
import { formatDate } from '../shared/time';

interface HolidayDaysInputProps {
  /** Calendar days, `YYYY-MM-DD`, sorted. */
  days: readonly string[];
  isReadOnly: boolean;
  onChange(days: string[]): void;
}

/** Days closed all day: a date to add, and the days so far as chips to remove. */
export function HolidayDaysInput({ days, isReadOnly, onChange }: HolidayDaysInputProps) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState('');
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || days.includes(day)) return;
    onChange([...days, day].sort());
    setDay('');
  };
  return (
    <Stack spacing={1}>
      {!isReadOnly ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField type="date" name="holidayDay" value={day} onChange={(e) => setDay(e.target.value)} slotProps={{ htmlInput: { 'aria-label': t('admin.rules.holidayDay') } }} sx={{ width: 170 }} />
          <Button size="small" startIcon={<AddIcon />} onClick={add} disabled={!day} data-testid="add-holiday">
            {t('admin.rules.addHoliday')}
          </Button>
        </Stack>
      ) : null}
      <Stack direction="row" useFlexGap spacing={0.75} sx={{ flexWrap: 'wrap' }}>
        {days.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('admin.rules.noHolidays')}
          </Typography>
        ) : (
          days.map((d) => (
            // A day is a day: no time zone needed to name it.
            <Chip key={d} size="small" data-day={d} label={formatDate(d, 'UTC', currentLanguage(i18n.language))} onDelete={isReadOnly ? undefined : () => onChange(days.filter((x) => x !== d))} />
          ))
        )}
      </Stack>
    </Stack>
  );
}
