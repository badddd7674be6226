import EventRepeatOutlinedIcon from '@mui/icons-material/EventRepeatOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../../../core/domain';
import { DayRangesInputs } from '../rules/DayRangesInputs';
import { nextRange } from '../rules/hoursText';
import type { DayHours } from './officeDraft';

interface OfficeDayRowProps {
  day: Weekday;
  hours: DayHours;
  onChange(hours: DayHours): void;
  error: string | null;
}

/** One weekday of an office: its own hours (or closed), or left to the booking rules. */
export function OfficeDayRow({ day, hours, onChange, error }: OfficeDayRowProps) {
  const { t } = useTranslation();
  const label = t(`admin.rules.weekday.${day}`);
  return (
    <Box
      data-day={day}
      data-invalid={error ? 'true' : undefined}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr) auto', sm: '130px minmax(0, 1fr) auto' },
        gridTemplateAreas: { xs: '"day action" "hours hours"', sm: '"day hours action"' },
        columnGap: 1.5,
        alignItems: 'center',
        py: 0.75,
        '& + &': { borderTop: 1, borderColor: 'divider' },
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, gridArea: 'day' }}>
        {label}
      </Typography>
      {hours === null ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gridArea: 'hours' }}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('admin.offices.followsRules')}
          </Typography>
          <Button size="small" onClick={() => onChange([nextRange([])])} data-testid="set-hours" aria-label={`${t('admin.offices.setHours')}: ${label}`}>
            {t('admin.offices.setHours')}
          </Button>
        </Stack>
      ) : (
        <Box sx={{ gridArea: 'hours', minWidth: 0 }}>
          <DayRangesInputs label={label} ranges={hours} isReadOnly={false} name={`hours.${day}`} error={error} onChange={onChange} />
        </Box>
      )}
      {hours !== null ? (
        <Tooltip title={t('admin.offices.useRules')}>
          <IconButton size="small" aria-label={`${t('admin.offices.useRules')}: ${label}`} data-testid="use-rules" onClick={() => onChange(null)} sx={{ gridArea: 'action' }}>
            <EventRepeatOutlinedIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
    </Box>
  );
}
