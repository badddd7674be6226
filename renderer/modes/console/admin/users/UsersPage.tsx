import MailOutlinedIcon from '@mui/icons-material/MailOutlined';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../../api/useApiQuery';
import { useOffice } from '../../officeContext';
import { usePermissions } from '../access/permissionsContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { TableSkeleton } from '../shared/TableSkeleton';
import { RegistrationCard } from './RegistrationCard';
import { UserDialogs, type UserDialog } from './UserDialogs';
import { UserFilters } from './UserFilters';
import { matchesStatus, NO_USER_FILTERS, toUsersInput, type UserFilterState } from './userFilters';
import { UsersTable } from './UsersTable';

/** People: find, add, invite, change role, office and whether they can sign in; who may register. */
export function UsersPage() {
  const { t } = useTranslation();
  const { may } = usePermissions();
  const { officeId, offices } = useOffice();
  const [filters, setFilters] = useState<UserFilterState>(NO_USER_FILTERS);
  const [dialog, setDialog] = useState<UserDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const users = useApiQuery('users.list', toUsersInput(filters, officeId));
  const officeNames = useMemo(() => new Map(offices.map((o) => [o.id, o.name])), [offices]);
  const list = useMemo(() => users.data?.filter((u) => matchesStatus(u.active, filters.status)), [users.data, filters.status]);
  const actions = (
    <>
      {may('users.invite') ? <Button variant="outlined" startIcon={<MailOutlinedIcon />} onClick={() => setDialog({ kind: 'invite' })} data-testid="invite-user">{t('admin.users.invite')}</Button> : null}
      {may('users.create') ? <Button variant="contained" startIcon={<PersonAddAlt1OutlinedIcon />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-user">{t('admin.users.add')}</Button> : null}
    </>
  );
  const empty = <EmptyState testId="users-empty" icon={<PersonSearchOutlinedIcon fontSize="large" />} title={t('admin.users.emptyTitle')} hint={t('admin.users.emptyHint')} />;

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.users.title')} subtitle={t('admin.users.subtitle')} actions={actions} />
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 340px' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <UserFilters filters={filters} onChange={setFilters} />
          <Typography aria-live="polite" data-testid="user-count" sx={{ color: 'text.secondary', fontWeight: 600 }}>
            {list ? t('admin.users.count', { count: list.length }) : '\u00a0'}
          </Typography>
          {users.error ? (
            <ErrorAlert title={t('admin.users.loadFailed')} error={users.error} onRetry={users.reload} testId="users-error" />
          ) : list?.length === 0 ? (
            empty
          ) : (
            <UsersTable users={list ?? []} officeNames={officeNames} isBusy={users.isLoading} onEdit={(user) => setDialog({ kind: 'edit', user })} placeholder={list ? undefined : <TableSkeleton columns={6} />} />
          )}
        </Stack>
        {may('auth.setRegistration') ? <RegistrationCard onSaved={setNotice} /> : null}
      </Box>
      <UserDialogs dialog={dialog} onClose={() => setDialog(null)} onDone={(message) => (setDialog(null), setNotice(message), users.reload())} />
      <SuccessSnackbar message={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
