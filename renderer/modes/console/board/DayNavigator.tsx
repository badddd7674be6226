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
}

/** Previous day, today, next day, or any date. */
export function DayNavigator({ day, today, onChange }: DayNavigatorProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Tooltip title={t('board.previousDay')}>
        <IconButton aria-label={t('board.previousDay')} onClick={() => onChange(addDays(day, -1))} data-testid="board-prev" sx={{ border: 1, borderColor: 'divider' }}>
          <ChevronLeftIcon />
        </IconButton>
      </Tooltip>
      <Button variant="outlined" onClick={() => onChange(today)} disabled={day === today} data-testid="board-today">
        {t('board.today')}
      </Button>
      <Tooltip title={t('board.nextDay')}>
        <IconButton aria-label={t('board.nextDay')} onClick={() => onChange(addDays(day, 1))} data-testid="board-next" sx={{ border: 1, borderColor: 'divider' }}>
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
