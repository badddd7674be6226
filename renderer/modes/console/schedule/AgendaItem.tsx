import DoNotDisturbOnOutlinedIcon from '@mui/icons-material/DoNotDisturbOnOutlined';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatSpan } from '../booking/officeTime';
import { StatusChip } from '../booking/StatusChip';
import { LOOKS } from '../board/boardLook';
import { itemTitle } from './scheduleEvents';
import type { ScheduleItem } from './scheduleItems';

interface AgendaItemProps {
  item: ScheduleItem;
  timeZone: string;
  locale: string;
  roomName(roomId: string): string | null;
  canOpen: boolean;
  onOpen(item: ScheduleItem): void;
}

const ICONS = { meeting: EventOutlinedIcon, unavailable: DoNotDisturbOnOutlinedIcon, busy: EventBusyOutlinedIcon };

/** One line of the schedule as text: when, what, and what the viewer may do with it. */
export function AgendaItem({ item, timeZone, locale, roomName, canOpen, onOpen }: AgendaItemProps) {
  const { t } = useTranslation();
  const labels = { unavailable: t('schedule.unavailable'), busy: t('schedule.busy'), privateMeeting: t('schedule.privateMeeting') };
  const title = itemTitle(item, labels, roomName);
  const span = formatSpan(item.start, item.end, timeZone, locale);
  const Icon = ICONS[item.kind];
  const action = item.kind === 'unavailable' ? t('schedule.markAvailable') : t('schedule.details');
  return (
    <Stack
      component="li"
      direction="row"
      data-testid="schedule-item"
      data-kind={item.kind}
      data-title={title}
      sx={{ alignItems: 'center', gap: 1.5, py: 1.25, px: 1.5, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap', '&:last-of-type': { borderBottom: 0 } }}
    >
      <Box aria-hidden sx={{ width: 4, alignSelf: 'stretch', borderRadius: 1, bgcolor: item.kind === 'meeting' ? LOOKS.confirmed.border : LOOKS.masked.border }} />
      <Icon aria-hidden fontSize="small" sx={{ color: 'text.secondary' }} />
      <Box sx={{ flex: '1 1 180px', minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="schedule-item-time">
          {span}
        </Typography>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
      </Box>
      {item.kind === 'meeting' && item.booking.status === 'pending' ? <StatusChip booking={item.booking} /> : null}
      {canOpen ? (
        <Button
          size="small"
          variant={item.kind === 'unavailable' ? 'outlined' : 'text'}
          onClick={() => onOpen(item)}
          aria-label={`${action}: ${title}, ${span}`}
          data-testid={item.kind === 'unavailable' ? 'schedule-mark-available' : 'schedule-details'}
        >
          {action}
        </Button>
      ) : null}
    </Stack>
  );
}
