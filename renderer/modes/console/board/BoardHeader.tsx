import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { formatDayLong, wallTime, zoneCity, zoneOffset } from '../booking/officeTime';
import { BoardLegend } from './BoardLegend';
import { DayNavigator } from './DayNavigator';

interface BoardHeaderProps {
  office: Office;
  day: string;
  today: string;
  canBook: boolean;
  onDay(day: string): void;
  onNewBooking(): void;
}

/** The board's title, the office and its clock, the day being shown, and the legend. */
export function BoardHeader({ office, day, today, canBook, onDay, onNewBooking }: BoardHeaderProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const offset = zoneOffset(office.timeZone, wallTime(day, '12:00', office.timeZone), locale);
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Box>
          <Typography variant="h4" component="h1">
            {t('board.title')}
          </Typography>
          <Typography sx={{ color: 'text.secondary', mt: 0.5 }} data-testid="board-zone">
            {t('board.subtitle', { office: office.name, zone: zoneCity(office.timeZone), offset })}
          </Typography>
        </Box>
        {canBook ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={onNewBooking} data-testid="board-new-booking">
            {t('board.newBooking')}
          </Button>
        ) : null}
      </Stack>
      <Paper variant="outlined" sx={{ px: 2, py: 1.5, borderRadius: 3, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <DayNavigator day={day} today={today} onChange={onDay} />
        <Typography variant="h6" component="h2" data-testid="board-day" sx={{ fontSize: '1.05rem' }}>
          {formatDayLong(day, office.timeZone, locale)}
          {day === today ? (
            <Typography component="span" sx={{ ml: 1, color: 'primary.main', fontWeight: 600, fontSize: '0.85rem' }}>
              {t('board.today')}
            </Typography>
          ) : null}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <BoardLegend />
      </Paper>
    </Stack>
  );
}
