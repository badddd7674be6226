import ContentCopyOutlinedIcon from '@mui/icons-material/ContentCopyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../../../../../core/domain';
import { OfficeDayRow } from './OfficeDayRow';
import type { DayHours, OfficeDraft, OfficeProblems } from './officeDraft';

interface WeekHoursFieldsProps {
  hours: OfficeDraft['hours'];
  problems: OfficeProblems;
  onChange(day: Weekday, hours: DayHours): void;
  onCopyMonday(): void;
}

/** An office's week: each day's opening hours, with Monday's copied to the working week in one click. */
export function WeekHoursFields({ hours, problems, onChange, onCopyMonday }: WeekHoursFieldsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Box component="fieldset" aria-labelledby={titleId} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Box>
          <Typography id={titleId} variant="subtitle1" component="h3">
            {t('admin.offices.hours')}
          </Typography>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {t('admin.offices.hoursHint')}
          </Typography>
        </Box>
        <Button size="small" startIcon={<ContentCopyOutlinedIcon />} onClick={onCopyMonday} disabled={hours.mon === null} data-testid="copy-monday">
          {t('admin.offices.copyMonday')}
        </Button>
      </Stack>
      {WEEKDAYS.map((day) => (
        <OfficeDayRow key={day} day={day} hours={hours[day]} onChange={(next) => onChange(day, next)} error={problems[`hours.${day}`] ? t('admin.rules.badHours') : null} />
      ))}
    </Box>
  );
}
