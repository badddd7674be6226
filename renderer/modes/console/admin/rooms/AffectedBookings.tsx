import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../../core/contract';
import { currentLanguage, errorText } from '../../../../i18n';
import { formatSpan } from '../shared/time';
import { usePeopleNames } from '../shared/usePeopleNames';

interface AffectedBookingsProps {
  bookings: readonly BookingView[] | undefined;
  isLoading: boolean;
  error: unknown;
  timeZone: string;
  /** What to say when there are none. */
  noneText?: string;
}

/** The meetings a block would land on, with their organizers, before anything is saved. */
export function AffectedBookings({ bookings, isLoading, error, timeZone, noneText }: AffectedBookingsProps) {
  const { t, i18n } = useTranslation();
  const names = usePeopleNames();
  const locale = currentLanguage(i18n.language);
  if (error) return <Alert severity="error">{errorText(error, t)}</Alert>;
  if (!bookings) return isLoading ? <LinearProgress aria-label={t('admin.loading')} /> : null;
  if (bookings.length === 0) {
    return (
      <Alert severity="success" variant="outlined" data-testid="affected-none">
        {noneText ?? t('admin.rooms.noAffected')}
      </Alert>
    );
  }
  return (
    <List dense disablePadding data-testid="affected-bookings" aria-busy={isLoading} sx={{ border: 1, borderColor: 'divider', borderRadius: 2, maxHeight: 220, overflow: 'auto' }}>
      {bookings.map((b) => (
        <ListItem key={b.id} data-testid="affected-booking" secondaryAction={b.status === 'pending' ? <Chip size="small" variant="outlined" label={t('admin.rooms.pending')} /> : null}>
          <ListItemIcon sx={{ minWidth: 36 }}>
            <EventBusyOutlinedIcon fontSize="small" color="warning" />
          </ListItemIcon>
          <ListItemText
            primary={b.title}
            secondary={[formatSpan(b.start, b.end, timeZone, locale), names.get(b.organizerId)].filter(Boolean).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}
