import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { MAX_REPEAT_COUNT, REPEATS, type BookingDraft, type Repeat } from './bookingDraft';
import { formatDayShort } from './officeTime';

interface RepeatFieldProps {
  draft: BookingDraft;
  change(patch: Partial<BookingDraft>): void;
  timeZone: string;
  locale: string;
}

/** A simple recurrence: every day, every working day or every week, so many times in all. */
export function RepeatField({ draft, change, timeZone, locale }: RepeatFieldProps) {
  const { t } = useTranslation();
  const weekday = draft.day ? formatDayShort(draft.day, timeZone, locale).split(',')[0] : '';
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' } }}>
      <TextField
        select
        label={t('booking.form.repeat')}
        value={draft.repeat}
        onChange={(e) => change({ repeat: e.target.value as Repeat })}
        data-testid="booking-repeat"
      >
        {REPEATS.map((r) => (
          <MenuItem key={r} value={r}>
            {t(`booking.repeat.${r}`, { weekday })}
          </MenuItem>
        ))}
      </TextField>
      {draft.repeat !== 'none' ? (
        <TextField
          type="number"
          label={t('booking.form.repeatCount')}
          value={draft.repeatCount}
          onChange={(e) => change({ repeatCount: Math.min(MAX_REPEAT_COUNT, Math.max(2, Number(e.target.value) || 2)) })}
          slotProps={{ htmlInput: { min: 2, max: MAX_REPEAT_COUNT } }}
        />
      ) : null}
    </Box>
  );
}
