import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { addDays } from '../booking/officeTime';

interface DayNavigatorProps {
  day: string;
  today: string;
  onChange(day: string): void;
  /** How far the arrows move: a day (the default) or a week. */
  step?: 1 | 7;
}

/** Previous day (or week), today, next day (or week), or any date. */
export function DayNavigator({ day, today, onChange, step = 1 }: DayNavigatorProps) {
  const { t } = useTranslation();
  const previous = step === 7 ? t('board.previousWeek') : t('board.previousDay');
  const next = step === 7 ? t('board.nextWeek') : t('board.nextDay');
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Tooltip title={previous}>
        <IconButton aria-label={previous} onClick={() => onChange(addDays(day, -step))} data-testid="board-prev" sx={{ border: 1, borderColor: 'divider' }}>
          <ChevronLeftIcon />
        </IconButton>
      </Tooltip>
      <Button variant="outlined" onClick={() => onChange(today)} disabled={day === today} data-testid="board-today">
        {t('board.today')}
      </Button>
      <Tooltip title={next}>
        <IconButton aria-label={next} onClick={() => onChange(addDays(day, step))} data-testid="board-next" sx={{ border: 1, borderColor: 'divider' }}>
          <ChevronRightIcon />
        </IconButton>
      </Tooltip>
      <TextField
        type="date"
        label={t('board.date')}
        value={day}
        onChange={(e) => e.target.value && onChange(e.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'board-date' } }}
        sx={{ width: 170 }}
      />
    </Stack>
  );
}
