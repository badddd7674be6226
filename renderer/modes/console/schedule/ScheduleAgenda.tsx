import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDay } from '../../../../core/contract';
import { formatDayShort } from '../booking/officeTime';
import { AgendaItem } from './AgendaItem';
import { itemsOn, type ScheduleItem } from './scheduleItems';

interface ScheduleAgendaProps {
  days: readonly UserDay[];
  items: readonly ScheduleItem[];
  timeZone: string;
  locale: string;
  isFreeBusy: boolean;
  roomName(roomId: string): string | null;
  canOpen(item: ScheduleItem): boolean;
  onOpen(item: ScheduleItem): void;
}

/**
 * The schedule as a list, day by day: what a screen reader reads and a keyboard reaches (every
 * action of the calendar is here too), and what a narrow window shows best.
 */
export function ScheduleAgenda({ days, items, timeZone, locale, isFreeBusy, roomName, canOpen, onOpen }: ScheduleAgendaProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const isWeek = days.length > 1;
  const groups = days.map((day) => ({ day, items: itemsOn(items, day) })).filter((g) => !isWeek || g.items.length > 0);
  const isEmpty = groups.every((g) => g.items.length === 0);
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} data-testid="schedule-agenda" sx={{ borderRadius: 3, p: 2, minWidth: 0 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ fontSize: '1rem', mb: 1 }}>
        {isFreeBusy ? t('schedule.agendaBusy') : t('schedule.agenda')}
      </Typography>
      {isEmpty ? (
        <Stack direction="row" role="status" spacing={1} data-testid="schedule-empty" sx={{ alignItems: 'center', color: 'text.secondary', py: 2 }}>
          <EventAvailableOutlinedIcon aria-hidden sx={{ color: 'success.main' }} />
          <Typography>{isWeek ? t('schedule.nothingWeek') : t('schedule.nothing')}</Typography>
        </Stack>
      ) : (
        groups.map(({ day, items: dayItems }) => (
          <Box key={day.date}>
            {isWeek ? (
              <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5, mb: 0.5, color: 'text.secondary' }}>
                {formatDayShort(day.date, timeZone, locale)}
              </Typography>
            ) : null}
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {dayItems.map((item) => (
                <AgendaItem key={item.id} item={item} timeZone={timeZone} locale={locale} roomName={roomName} canOpen={canOpen(item)} onOpen={onOpen} />
              ))}
            </Box>
          </Box>
        ))
      )}
    </Paper>
  );
}
