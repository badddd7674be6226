import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import type { People } from '../booking/usePeople';
import { ApprovalCard } from './ApprovalCard';
import type { PendingBookings } from './usePendingBookings';

interface ApprovalListProps {
  list: readonly BookingView[];
  pending: PendingBookings;
  people: People;
  locale: string;
  now: number;
  busyId: string | null;
  onOpen(booking: BookingView): void;
  onApprove(booking: BookingView): void;
  onReject(booking: BookingView): void;
}

/** The pending bookings, one card each. */
export function ApprovalList({ list, pending, people, locale, now, busyId, onOpen, onApprove, onReject }: ApprovalListProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1.25} role="list" aria-label={t('approvals.title')} aria-busy={pending.isLoading} data-testid="approvals">
      {pending.isLoading ? <LinearProgress aria-label={t('approvals.loading')} /> : null}
      {list.map((b) => (
        <Box role="listitem" key={b.id}>
          <ApprovalCard
            booking={b}
            room={pending.roomOf(b.roomId)}
            organizerName={people.name(b.organizerId)}
            timeZone={pending.zoneOf(b)}
            locale={locale}
            now={now}
            isBusy={busyId === b.id}
            onOpen={onOpen}
            onApprove={onApprove}
            onReject={onReject}
          />
        </Box>
      ))}
    </Stack>
  );
}
