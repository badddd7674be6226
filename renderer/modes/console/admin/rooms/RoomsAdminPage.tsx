import AddBusinessOutlinedIcon from '@mui/icons-material/AddBusinessOutlined';
import MeetingRoomOutlinedIcon from '@mui/icons-material/MeetingRoomOutlined';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName, Room } from '../../../../../core/contract';
import { useApiQuery } from '../../../../api/useApiQuery';
import { useOffice } from '../../officeContext';
import { usePermissions } from '../access/permissionsContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { TableSkeleton } from '../shared/TableSkeleton';
import type { RoomAction } from './RoomActions';
import { RoomDialogs, type RoomDialog } from './RoomDialogs';
import { RoomsAdminTable } from './RoomsAdminTable';

const ACTION_METHODS: Record<RoomAction, MethodName> = { edit: 'rooms.update', block: 'blocks.create', retire: 'rooms.retire' };

/** Facility staff's rooms: add, change, retire, and close one for maintenance. */
export function RoomsAdminPage() {
  const { t } = useTranslation();
  const { may } = usePermissions();
  const { officeId, offices } = useOffice();
  const [includeRetired, setIncludeRetired] = useState(false);
  const [dialog, setDialog] = useState<RoomDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rooms = useApiQuery('rooms.list', { ...(officeId ? { officeId } : {}), ...(includeRetired ? { includeRetired: true } : {}) });
  const officeNames = useMemo(() => (officeId ? null : new Map(offices.map((o) => [o.id, o.name]))), [officeId, offices]);
  const zoneOf = (room: Room) => offices.find((o) => o.id === room.officeId)?.timeZone ?? 'UTC';
  const allowed = (Object.keys(ACTION_METHODS) as RoomAction[]).filter((a) => may(ACTION_METHODS[a]));
  const add = may('rooms.create') ? <Button variant="contained" startIcon={<AddBusinessOutlinedIcon />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-room">{t('admin.rooms.add')}</Button> : null;

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.rooms.title')} subtitle={t('admin.rooms.subtitle')} actions={add} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography aria-live="polite" sx={{ color: 'text.secondary', fontWeight: 600 }}>
          {rooms.data ? t('rooms.count', { count: rooms.data.length }) : '\u00a0'}
        </Typography>
        <FormControlLabel control={<Switch checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />} label={t('rooms.filters.includeRetired')} />
      </Stack>
      {rooms.error ? (
        <ErrorAlert title={t('rooms.errorTitle')} error={rooms.error} onRetry={rooms.reload} />
      ) : rooms.data?.length === 0 ? (
        <EmptyState icon={<MeetingRoomOutlinedIcon fontSize="large" />} title={t('rooms.emptyOfficeTitle')} hint={t('admin.rooms.emptyHint')} />
      ) : (
        <RoomsAdminTable rooms={rooms.data ?? []} officeNames={officeNames} isBusy={rooms.isLoading} allowed={allowed} onAction={(kind, room) => setDialog({ kind, room })} placeholder={rooms.data ? undefined : <TableSkeleton columns={officeNames ? 7 : 6} />} />
      )}
      <RoomDialogs dialog={dialog} officeId={officeId} zoneOf={zoneOf} onClose={() => setDialog(null)} onDone={(message) => (setDialog(null), setNotice(message), rooms.reload())} />
      <SuccessSnackbar message={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
