import AddBusinessOutlinedIcon from '@mui/icons-material/AddBusinessOutlined';
import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../../core/contract';
import { useApiQuery } from '../../../../api/useApiQuery';
import { useOffice } from '../../officeContext';
import { usePermissions } from '../access/permissionsContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { TableSkeleton } from '../shared/TableSkeleton';
import { OfficeFormDialog } from './OfficeFormDialog';
import { OfficesTable } from './OfficesTable';

type OfficeDialog = { kind: 'create' } | { kind: 'edit'; office: Office } | null;

/**
 * Offices: name, time zone, working week and holidays. The list is the one the app bar's office
 * selector shows, so a new or renamed office appears there as soon as it is saved.
 */
export function OfficesPage() {
  const { t } = useTranslation();
  const { may } = usePermissions();
  const { offices, isLoading, error, reload } = useOffice();
  const [dialog, setDialog] = useState<OfficeDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rooms = useApiQuery('rooms.list', {});
  const roomCounts = useMemo(() => {
    if (!rooms.data) return null;
    const counts = new Map<string, number>();
    for (const room of rooms.data) counts.set(room.officeId, (counts.get(room.officeId) ?? 0) + 1);
    return counts;
  }, [rooms.data]);
  const add = may('offices.create') ? (
    <Button variant="contained" startIcon={<AddBusinessOutlinedIcon />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-office">
      {t('admin.offices.add')}
    </Button>
  ) : null;
  const saved = (office: Office, key: string) => {
    setDialog(null);
    setNotice(t(key, { office: office.name }));
    reload();
  };
  const isLoaded = !isLoading || offices.length > 0;

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.offices.title')} subtitle={t('admin.offices.subtitle')} actions={add} />
      <Typography aria-live="polite" sx={{ color: 'text.secondary', fontWeight: 600 }}>
        {isLoaded ? t('admin.offices.count', { count: offices.length }) : '\u00a0'}
      </Typography>
      {error ? (
        <ErrorAlert title={t('admin.offices.loadFailed')} error={error} onRetry={reload} testId="offices-error" />
      ) : isLoaded && offices.length === 0 ? (
        <EmptyState testId="offices-empty" icon={<ApartmentOutlinedIcon fontSize="large" />} title={t('admin.offices.emptyTitle')} hint={t('admin.offices.emptyHint')} />
      ) : (
        <OfficesTable
          offices={offices}
          roomCounts={roomCounts}
          isBusy={isLoading}
          canEdit={may('offices.update')}
          onEdit={(office) => setDialog({ kind: 'edit', office })}
          placeholder={isLoaded ? undefined : <TableSkeleton columns={6} rows={3} />}
        />
      )}
      {dialog ? (
        <OfficeFormDialog
          office={dialog.kind === 'edit' ? dialog.office : null}
          onClose={() => setDialog(null)}
          onSaved={(office) => saved(office, dialog.kind === 'edit' ? 'admin.offices.saved' : 'admin.offices.created')}
        />
      ) : null}
      <SuccessSnackbar message={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
