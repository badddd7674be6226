import DoneAllIcon from '@mui/icons-material/DoneAll';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { BackToRoomsButton } from '../BackToRoomsButton';
import { BookingDialogs, type DialogTarget } from '../booking/BookingDialogs';
import { DoneToast } from '../booking/DoneToast';
import { formatWhen } from '../booking/officeTime';
import { EmptyState, ErrorState } from '../booking/PageState';
import { useAbilities } from '../booking/useAbilities';
import { useBookingCommands, type Command } from '../booking/useBookingCommands';
import { useNow } from '../booking/useNow';
import { usePeople } from '../booking/usePeople';
import { MyBookingsSkeleton } from '../mybookings/MyBookingsSkeleton';
import { useOffice } from '../officeContext';
import { ApprovalList } from './ApprovalList';
import { RejectBooking } from './RejectBooking';
import { usePendingBookings } from './usePendingBookings';

/** Facility staff: the bookings of approval-required rooms waiting for a decision, most urgent first. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const now = useNow();
  const abilities = useAbilities();
  const { officeId, office } = useOffice();
  const people = usePeople(abilities, officeId);
  const mayApprove = abilities.may('bookings.approve');
  const pending = usePendingBookings(mayApprove, now);
  const [target, setTarget] = useState<DialogTarget>(null);
  const [rejecting, setRejecting] = useState<BookingView | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const tell = (message: string) => {
    setToast(message);
    setRejecting(null);
    pending.reload();
  };
  const said = (b: BookingView, command: Command) =>
    tell(t(`booking.done.${command.kind}`, { room: pending.roomOf(b.roomId)?.name ?? '', when: formatWhen(b.start, b.end, pending.zoneOf(b), locale) }));
  const commands = useBookingCommands(office?.timeZone ?? 'UTC', said);
  const shown = target && target.kind !== 'create' ? target.booking : null;
  const shownRoom = shown ? pending.roomOf(shown.roomId) : undefined;

  if (!abilities.isLoading && !mayApprove) {
    return <EmptyState icon={<LockOutlinedIcon />} title={t('approvals.notAllowedTitle')} body={t('approvals.notAllowedHint')} action={<BackToRoomsButton />} testId="approvals-forbidden" />;
  }
  return (
    <Stack spacing={2.5}>
      <Box>
        <Typography variant="h4" component="h1">
          {t('approvals.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{t('approvals.subtitle')}</Typography>
      </Box>
      {commands.failure && !rejecting ? (
        <Alert severity="error" onClose={commands.clearFailure} data-testid="approvals-action-error">
          <AlertTitle>{t('approvals.failed')}</AlertTitle>
          {commands.failure.refusal.reasons.join(' ')}
        </Alert>
      ) : null}
      {pending.error && !pending.list ? (
        <ErrorState title={t('approvals.errorTitle')} error={pending.error} onRetry={pending.reload} testId="approvals-error" />
      ) : !pending.list ? (
        <MyBookingsSkeleton />
      ) : pending.list.length === 0 ? (
        <EmptyState icon={<DoneAllIcon />} title={t('approvals.emptyTitle')} body={t('approvals.emptyHint')} testId="approvals-empty" />
      ) : (
        <ApprovalList
          list={pending.list}
          pending={pending}
          people={people}
          locale={locale}
          now={now}
          busyId={commands.busyId}
          onOpen={(booking) => setTarget({ kind: 'details', booking })}
          onApprove={(booking) => void commands.run(booking.id, { kind: 'approve' })}
          onReject={setRejecting}
        />
      )}
      {rejecting ? <RejectBooking booking={rejecting} room={pending.roomOf(rejecting.roomId)} timeZone={pending.zoneOf(rejecting)} onClose={() => setRejecting(null)} onDone={said} /> : null}
      <BookingDialogs
        target={target}
        scope={shown && shownRoom ? { officeId: shownRoom.officeId, timeZone: pending.zoneOf(shown), rooms: pending.rooms.filter((r) => r.officeId === shownRoom.officeId) } : null}
        abilities={abilities}
        people={people}
        onTarget={setTarget}
        onChanged={tell}
      />
      <DoneToast message={toast} onClose={() => setToast(null)} />
    </Stack>
  );
}
