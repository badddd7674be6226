import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import EditCalendarOutlinedIcon from '@mui/icons-material/EditCalendarOutlined';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import HowToRegOutlinedIcon from '@mui/icons-material/HowToRegOutlined';
import StopCircleOutlinedIcon from '@mui/icons-material/StopCircleOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { BookingAction } from './bookingActions';
import { ExtendMenu } from './ExtendMenu';

interface BookingActionBarProps {
  actions: readonly BookingAction[];
  extendEnds: string[];
  timeZone: string;
  isBusy: boolean;
  onAction(action: Exclude<BookingAction, 'extend'>): void;
  onExtend(end: string): void;
}

const ICONS = {
  approve: <CheckIcon />,
  reject: <CloseIcon />,
  checkIn: <HowToRegOutlinedIcon />,
  end: <StopCircleOutlinedIcon />,
  reschedule: <EditCalendarOutlinedIcon />,
  cancel: <EventBusyOutlinedIcon />,
};

/** The buttons for what the viewer may do now; approve and check-in stand out, the rest are quieter. */
export function BookingActionBar({ actions, extendEnds, timeZone, isBusy, onAction, onExtend }: BookingActionBarProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      {actions.map((action) =>
        action === 'extend' ? (
          <ExtendMenu key={action} ends={extendEnds} timeZone={timeZone} isBusy={isBusy} onExtend={onExtend} />
        ) : (
          <Button
            key={action}
            data-testid={`action-${action}`}
            startIcon={ICONS[action]}
            disabled={isBusy}
            variant={action === 'approve' || action === 'checkIn' ? 'contained' : 'outlined'}
            color={action === 'reject' || action === 'cancel' ? 'error' : action === 'approve' ? 'success' : 'primary'}
            onClick={() => onAction(action)}
          >
            {t(`booking.actions.${action}`)}
          </Button>
        ),
      )}
    </Stack>
  );
}
