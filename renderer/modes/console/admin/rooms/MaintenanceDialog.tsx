import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output, Room } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { useApiQuery } from '../../../../api/useApiQuery';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { AffectedBookings } from './AffectedBookings';
import { defaultSpan, spanInstants, type SpanDraft } from './maintenanceSpan';
import { MaintenanceSpanFields } from './MaintenanceSpanFields';

interface MaintenanceDialogProps {
  room: Room;
  timeZone: string;
  onClose(): void;
  onBlocked(outcome: Output<'blocks.create'>): void;
}

/**
 * Closes a room for a span: shows the meetings it would land on first, and cancels them only when
 * asked to (their organizers are told). Times are on the room's office clock.
 */
export function MaintenanceDialog({ room, timeZone, onClose, onBlocked }: MaintenanceDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const block = useAction();
  const [span, setSpan] = useState<SpanDraft>(() => defaultSpan(timeZone));
  const [reason, setReason] = useState('');
  const [isCancelling, setIsCancelling] = useState(false);
  const instants = spanInstants(span, timeZone);
  const affected = useApiQuery(
    'bookings.list',
    { roomId: room.id, from: instants?.start ?? '', to: instants?.end ?? '', status: ['pending', 'confirmed'] },
    instants !== null,
  );
  const count = instants ? (affected.data?.length ?? 0) : 0;

  const submit = async () => {
    if (!instants) return;
    const outcome = await block.run(() =>
      api.call('blocks.create', { roomId: room.id, ...instants, reason: reason.trim() || undefined, cancelConflicting: isCancelling && count > 0 }),
    );
    if (outcome) onBlocked(outcome);
  };

  return (
    <FormDialog open title={t('admin.rooms.blockTitle', { room: room.name })} submitLabel={t('admin.rooms.block')} isBusy={block.isBusy} error={block.error} onSubmit={() => void submit()} onClose={onClose} testId="maintenance-dialog">
      <Stack spacing={2} sx={{ pt: 0.5 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('admin.rooms.blockHint', { zone: timeZone })}
        </Typography>
        <MaintenanceSpanFields span={span} onChange={setSpan} isValid={instants !== null} />
        <TextField label={t('admin.rooms.blockReason')} name="blockReason" value={reason} onChange={(e) => setReason(e.target.value)} fullWidth />
        <Typography variant="subtitle2" component="h3">
          {t('admin.rooms.affectedTitle', { count })}
        </Typography>
        {/* data-span names the span whose answer is shown, so a reader knows it is current. */}
        <Box data-testid="affected" data-span={instants && !affected.isLoading ? `${span.start}/${span.end}` : ''}>
          {instants ? <AffectedBookings bookings={affected.data} isLoading={affected.isLoading} error={affected.error} timeZone={timeZone} /> : null}
        </Box>
        {count > 0 ? (
          <FormControlLabel
            control={<Checkbox checked={isCancelling} onChange={(e) => setIsCancelling(e.target.checked)} data-testid="cancel-affected" />}
            label={t('admin.rooms.cancelAffected', { count })}
          />
        ) : null}
      </Stack>
    </FormDialog>
  );
}
