import ArrowBackRoundedIcon from '@mui/icons-material/ArrowBackRounded';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way out of a page the person may not (or may no longer) use: the rooms, open to everyone. */
export function BackToRoomsButton() {
  const { t } = useTranslation();
  return (
    <Button variant="contained" component={Link} to="/console/rooms" startIcon={<ArrowBackRoundedIcon />} data-testid="back-to-rooms">
      {t('app.backToRooms')}
    </Button>
  );
}
