import DoneAllIcon from '@mui/icons-material/DoneAll';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import { currentLanguage } from '../../../i18n';
import { BookingDialogs, type DialogTarget } from '../booking/BookingDialogs';
import { DoneToast } from '../booking/DoneToast';
import { formatWhen } from '../booking/officeTime';
import { EmptyState, ErrorState } from '../booking/PageState';
import { ReasonDialog } from '../booking/ReasonDialog';
import { useAbilities } from '../booking/useAbilities';
import { useBookingCommands, type Command } from '../booking/useBookingCommands';
import { useNow } from '../booking/useNow';
import { usePeople } from '../booking/usePeople';
import { MyBookingsSkeleton } from '../mybookings/MyBookingsSkeleton';
import { useOffice } from '../officeContext';
import { ApprovalCard } from './ApprovalCard';

/** Facility staff: the bookings of approval-required rooms waiting for a decision, most urgent first. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const now = useNow();
  const abilities = useAbilities();
  const { officeId, offices, office } = useOffice();
  const people = usePeople(abilities, officeId);
  const mayApprove = abilities.may('bookings.approve');
  const pending = useApiQuery('bookings.list', { status: ['pending'], ...(officeId ? { officeId } : {}), limit: 500 }, mayApprove);
  const rooms = useApiQuery('rooms.list', officeId ? { officeId } : {}, mayApprove);
  const [target, setTarget] = useState<DialogTarget>(null);
  const [rejecting, setRejecting] = useState<BookingView | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const roomOf = useMemo(() => new Map((rooms.data ?? []).map((r) => [r.id, r])), [rooms.data]);
  const zoneOf = (b: BookingView) => offices.find((o) => o.id === roomOf.get(b.roomId)?.officeId)?.timeZone ?? 'UTC';
  const list = (pending.data ?? [])
    .filter((b) => Date.parse(b.end) > now && roomOf.has(b.roomId))
    .sort((a, b) => Date.parse(a.holdExpiresAt ?? a.start) - Date.parse(b.holdExpiresAt ?? b.start));

  const said = (booking: BookingView, command: Command) => {
    const when = formatWhen(booking.start, booking.end, zoneOf(booking), locale);
    setToast(t(`booking.done.${command.kind}`, { room: roomOf.get(booking.roomId)?.name ?? '', when }));
    setRejecting(null);
    pending.reload();
  };
  const commands = useBookingCommands(office?.timeZone ?? offices.find((o) => o.id === abilities.user.officeId)?.timeZone ?? 'UTC', said);
  const target0 = target && target.kind !== 'create' ? target.booking : null;
  const scopeRoom = target0 ? roomOf.get(target0.roomId) : undefined;

  if (!abilities.isLoading && !mayApprove) {
    return <EmptyState icon={<LockOutlinedIcon />} title={t('approvals.notAllowedTitle')} body={t('approvals.notAllowedHint')} testId="approvals-forbidden" />;
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
      {pending.error && !pending.data ? (
        <ErrorState title={t('approvals.errorTitle')} error={pending.error} onRetry={pending.reload} testId="approvals-error" />
      ) : !pending.data || !rooms.data ? (
        <MyBookingsSkeleton />
      ) : list.length === 0 ? (
        <EmptyState icon={<DoneAllIcon />} title={t('approvals.emptyTitle')} body={t('approvals.emptyHint')} testId="approvals-empty" />
      ) : (
        <Stack spacing={1.25} role="list" aria-label={t('approvals.title')} aria-busy={pending.isLoading} data-testid="approvals">
          {pending.isLoading ? <LinearProgress aria-label={t('approvals.loading')} /> : null}
          {list.map((b) => (
            <Box role="listitem" key={b.id}>
              <ApprovalCard
                booking={b}
                room={roomOf.get(b.roomId)}
                organizerName={people.name(b.organizerId)}
                timeZone={zoneOf(b)}
                locale={locale}
                now={now}
                isBusy={commands.busyId === b.id}
                onOpen={(booking) => setTarget({ kind: 'details', booking })}
                onApprove={(booking) => void commands.run(booking.id, { kind: 'approve' })}
                onReject={setRejecting}
              />
            </Box>
          ))}
        </Stack>
      )}
      {rejecting ? (
        <ReasonDialog
          title={t('booking.reason.rejectTitle')}
          body={`${rejecting.title} · ${roomOf.get(rejecting.roomId)?.name ?? ''} · ${formatWhen(rejecting.start, rejecting.end, zoneOf(rejecting), locale)}`}
          confirm={t('booking.actions.reject')}
          isReasonRequired
          isBusy={commands.busyId !== null}
          error={commands.failure?.refusal.reasons.join(' ')}
          onConfirm={(reason) => void commands.run(rejecting.id, { kind: 'reject', reason })}
          onClose={() => setRejecting(null)}
        />
      ) : null}
      <BookingDialogs
        target={target}
        scope={scopeRoom ? { officeId: scopeRoom.officeId, timeZone: zoneOf(target0!), rooms: (rooms.data ?? []).filter((r) => r.officeId === scopeRoom.officeId) } : null}
        abilities={abilities}
        people={people}
        onTarget={setTarget}
        onChanged={(message) => {
          setToast(message);
          pending.reload();
        }}
      />
      <DoneToast message={toast} onClose={() => setToast(null)} />
    </Stack>
  );
}
