import CalendarViewDayOutlinedIcon from '@mui/icons-material/CalendarViewDayOutlined';
import CalendarViewWeekOutlinedIcon from '@mui/icons-material/CalendarViewWeekOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatDayLong, formatDayShort } from '../booking/officeTime';
import { DayNavigator } from '../board/DayNavigator';
import type { ScheduleView } from './scheduleItems';
import { ScheduleLegend } from './ScheduleLegend';

interface ScheduleToolbarProps {
  day: string;
  today: string;
  /** The days shown (one, or the week). */
  dates: readonly string[];
  view: ScheduleView;
  timeZone: string;
  /** "Working hours 09:00–19:00" or "No working hours on this day"; null for a week or while loading. */
  hoursLine: string | null;
  onDay(day: string): void;
  onView(view: ScheduleView): void;
}

/** Which day or week, day or week view, the working hours, and what the colours mean. */
export function ScheduleToolbar({ day, today, dates, view, timeZone, hoursLine, onDay, onView }: ScheduleToolbarProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const heading =
    view === 'week'
      ? t('schedule.weekOf', { from: formatDayShort(dates[0]!, timeZone, locale), to: formatDayShort(dates[dates.length - 1]!, timeZone, locale) })
      : formatDayLong(day, timeZone, locale);
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1.5, borderRadius: 3, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      <DayNavigator day={day} today={today} onChange={onDay} step={view === 'week' ? 7 : 1} />
      <ToggleButtonGroup exclusive size="small" value={view} onChange={(_, v: ScheduleView | null) => v && onView(v)} aria-label={t('schedule.view')}>
        <ToggleButton value="day" data-testid="schedule-view-day">
          <CalendarViewDayOutlinedIcon fontSize="small" sx={{ mr: 0.75 }} />
          {t('schedule.day')}
        </ToggleButton>
        <ToggleButton value="week" data-testid="schedule-view-week">
          <CalendarViewWeekOutlinedIcon fontSize="small" sx={{ mr: 0.75 }} />
          {t('schedule.week')}
        </ToggleButton>
      </ToggleButtonGroup>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h6" component="h2" data-testid="schedule-day" sx={{ fontSize: '1.05rem' }}>
          {heading}
          {view === 'day' && day === today ? (
            <Typography component="span" sx={{ ml: 1, color: 'primary.main', fontWeight: 600, fontSize: '0.85rem' }}>
              {t('board.today')}
            </Typography>
          ) : null}
        </Typography>
        {hoursLine ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="schedule-hours">
            {hoursLine}
          </Typography>
        ) : null}
      </Box>
      <Box sx={{ flex: 1 }} />
      <ScheduleLegend />
    </Paper>
  );
}
