import CalendarViewWeekOutlinedIcon from '@mui/icons-material/CalendarViewWeekOutlined';
import ViewListOutlinedIcon from '@mui/icons-material/ViewListOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export type MyView = 'list' | 'week';

/** The page title and the choice between a list and a week. */
export function MyBookingsHeader({ view, onView }: { view: MyView; onView(view: MyView): void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" sx={{ alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
      <Box>
        <Typography variant="h4" component="h1">
          {t('myBookings.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{t('myBookings.subtitle')}</Typography>
      </Box>
      <ToggleButtonGroup exclusive size="small" value={view} onChange={(_, v: MyView | null) => v && onView(v)} aria-label={t('myBookings.view')}>
        <ToggleButton value="list" data-testid="my-view-list">
          <ViewListOutlinedIcon fontSize="small" sx={{ mr: 0.75 }} />
          {t('myBookings.list')}
        </ToggleButton>
        <ToggleButton value="week" data-testid="my-view-week">
          <CalendarViewWeekOutlinedIcon fontSize="small" sx={{ mr: 0.75 }} />
          {t('myBookings.week')}
        </ToggleButton>
      </ToggleButtonGroup>
    </Stack>
  );
}
