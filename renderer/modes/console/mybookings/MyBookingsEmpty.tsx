import EventAvailableOutlinedIcon from '@mui/icons-material/EventAvailableOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../booking/PageState';

/** Nothing coming up (with the way to the board), or nothing in the past month. */
export function MyBookingsEmpty({ isUpcoming }: { isUpcoming: boolean }) {
  const { t } = useTranslation();
  return isUpcoming ? (
    <EmptyState
      icon={<EventAvailableOutlinedIcon />}
      title={t('myBookings.emptyTitle')}
      body={t('myBookings.emptyHint')}
      action={
        <Button variant="contained" component={RouterLink} to="/console/board">
          {t('myBookings.toBoard')}
        </Button>
      }
      testId="my-empty"
    />
  ) : (
    <EmptyState icon={<EventAvailableOutlinedIcon />} title={t('myBookings.emptyPastTitle')} testId="my-empty" />
  );
}
