import CalendarMonthOutlinedIcon from '@mui/icons-material/CalendarMonthOutlined';
import EventNoteOutlinedIcon from '@mui/icons-material/EventNoteOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import ViewTimelineOutlinedIcon from '@mui/icons-material/ViewTimelineOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAbilities } from './useAbilities';

const LINK_SX = { color: 'text.secondary', '&.active': { color: 'primary.main', bgcolor: 'primary.light' } };

/** The booking sections in the app bar: the board, finding a time for several people, one's own bookings and schedule, and approvals for facility staff. */
export function BookingNavLinks() {
  const { t } = useTranslation();
  const abilities = useAbilities();
  return (
    <>
      <Button component={NavLink} to="/console/board" startIcon={<ViewTimelineOutlinedIcon />} sx={LINK_SX} data-testid="nav-board">
        {t('board.nav')}
      </Button>
      {abilities.may('availability.common') ? (
        <Button component={NavLink} to="/console/find" startIcon={<GroupsOutlinedIcon />} sx={LINK_SX} data-testid="nav-find">
          {t('findTime.nav')}
        </Button>
      ) : null}
      <Button component={NavLink} to="/console/my" startIcon={<EventNoteOutlinedIcon />} sx={LINK_SX} data-testid="nav-my">
        {t('myBookings.nav')}
      </Button>
      <Button component={NavLink} to="/console/schedule" startIcon={<CalendarMonthOutlinedIcon />} sx={LINK_SX} data-testid="nav-schedule">
        {t('schedule.nav')}
      </Button>
      {abilities.may('bookings.approve') ? (
        <Button component={NavLink} to="/console/approvals" startIcon={<FactCheckOutlinedIcon />} sx={LINK_SX} data-testid="nav-approvals">
          {t('approvals.nav')}
        </Button>
      ) : null}
    </>
  );
}
