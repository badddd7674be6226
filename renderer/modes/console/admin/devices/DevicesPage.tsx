import AddToHomeScreenOutlinedIcon from '@mui/icons-material/AddToHomeScreenOutlined';
import TabletAndroidOutlinedIcon from '@mui/icons-material/TabletAndroidOutlined';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../../core/contract';
import { useApiQuery } from '../../../../api/useApiQuery';
import { useOffice } from '../../officeContext';
import { usePermissions } from '../access/permissionsContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { TableSkeleton } from '../shared/TableSkeleton';
import { DeviceDialogs, type DeviceDialog } from './DeviceDialogs';
import { DevicesTable } from './DevicesTable';

/** Door tablets: enrol one to a room with a one-time code, set its exit PIN, switch it off. */
export function DevicesPage() {
  const { t } = useTranslation();
  const { may } = usePermissions();
  const { officeId, offices } = useOffice();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [dialog, setDialog] = useState<DeviceDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const devices = useApiQuery('devices.list', { ...(officeId ? { officeId } : {}), ...(includeRevoked ? { includeRevoked: true } : {}) });
  const rooms = useApiQuery('rooms.list', { includeRetired: true });
  const roomNames = useMemo(() => new Map((rooms.data ?? []).map((r) => [r.id, r.name])), [rooms.data]);
  const officeRooms = useMemo(() => (rooms.data ?? []).filter((r) => !officeId || r.officeId === officeId), [rooms.data, officeId]);
  const roomName = (roomId: string | null) => (roomId ? (roomNames.get(roomId) ?? '—') : '—');
  const zoneOf = (d: Device) => offices.find((o) => o.id === d.officeId)?.timeZone ?? 'UTC';
  const allowed = (['pin', 'revoke'] as const).filter((a) => may(a === 'pin' ? 'devices.setPin' : 'devices.revoke'));
  const enrol = may('devices.enroll') ? <Button variant="contained" startIcon={<AddToHomeScreenOutlinedIcon />} onClick={() => setDialog({ kind: 'enrol' })} data-testid="enrol-tablet">{t('admin.devices.enrol')}</Button> : null;

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.devices.title')} subtitle={t('admin.devices.subtitle')} actions={enrol} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography aria-live="polite" sx={{ color: 'text.secondary', fontWeight: 600 }}>
          {devices.data ? t('admin.devices.count', { count: devices.data.length }) : '\u00a0'}
        </Typography>
        <FormControlLabel control={<Switch checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} />} label={t('admin.devices.showRevoked')} />
      </Stack>
      {devices.error ? (
        <ErrorAlert title={t('admin.devices.loadFailed')} error={devices.error} onRetry={devices.reload} />
      ) : devices.data?.length === 0 ? (
        <EmptyState testId="devices-empty" icon={<TabletAndroidOutlinedIcon fontSize="large" />} title={t('admin.devices.emptyTitle')} hint={t('admin.devices.emptyHint')} />
      ) : (
        <DevicesTable devices={devices.data ?? []} roomName={roomName} zoneOf={zoneOf} allowed={allowed} onAction={(kind, device) => setDialog({ kind, device })} isBusy={devices.isLoading} placeholder={devices.data ? undefined : <TableSkeleton columns={6} rows={4} />} />
      )}
      <DeviceDialogs dialog={dialog} rooms={officeRooms} roomName={roomName} onClose={() => setDialog(null)} onChanged={devices.reload} onDone={(message) => (setDialog(null), setNotice(message), devices.reload())} />
      <SuccessSnackbar message={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
