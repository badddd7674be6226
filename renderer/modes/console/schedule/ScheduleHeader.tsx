import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { wallTime, zoneCity, zoneOffset } from '../booking/officeTime';

interface ScheduleHeaderProps {
  /** The person's name when it is someone else's schedule. */
  otherName: string | null;
  office: Office | null;
  timeZone: string;
  day: string;
  picker: ReactNode;
  canMark: boolean;
  onMark(): void;
}

/** Whose schedule, on which clock, who else to look at, and "Mark unavailable" on one's own. */
export function ScheduleHeader({ otherName, office, timeZone, day, picker, canMark, onMark }: ScheduleHeaderProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const zone = { zone: zoneCity(timeZone), offset: zoneOffset(timeZone, wallTime(day, '12:00', timeZone), locale) };
  return (
    <Stack direction="row" sx={{ alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {otherName ? t('schedule.titleOf', { name: otherName }) : t('schedule.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }} data-testid="schedule-zone">
          {office ? t('schedule.subtitle', { office: office.name, ...zone }) : t('schedule.subtitleNoOffice', zone)}
        </Typography>
      </Box>
      <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center', flexWrap: 'wrap', width: { xs: '100%', sm: 'auto' } }}>
        {picker}
        {canMark ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={onMark} data-testid="schedule-mark-unavailable">
            {t('schedule.markUnavailable')}
          </Button>
        ) : null}
      </Stack>
    </Stack>
  );
}
