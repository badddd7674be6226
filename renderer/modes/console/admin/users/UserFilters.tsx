import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleField } from '../shared/RoleField';
import type { UserFilterState, UserStatusFilter } from './userFilters';
import { UserSearchField } from './UserSearchField';

const STATUSES: UserStatusFilter[] = ['active', 'inactive', 'all'];

/** Name or e-mail, role and whether the account is on; the office is the app bar's. */
export function UserFilters({ filters, onChange }: { filters: UserFilterState; onChange(next: UserFilterState): void }) {
  const { t } = useTranslation();
  const onQuery = useCallback((query: string) => onChange({ ...filters, query }), [filters, onChange]);
  return (
    <Paper component="section" variant="outlined" aria-label={t('admin.users.filters')} sx={{ p: 2, borderRadius: 3 }}>
      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <UserSearchField value={filters.query} onChange={onQuery} />
        <RoleField label={t('admin.users.role')} anyLabel={t('admin.users.anyRole')} value={filters.role} onChange={(role) => onChange({ ...filters, role })} testId="user-role-filter" />
        <TextField
          select
          label={t('admin.users.status')}
          value={filters.status}
          data-testid="user-status-filter"
          onChange={(event) => onChange({ ...filters, status: event.target.value as UserStatusFilter })}
          sx={{ minWidth: 170 }}
        >
          {STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`admin.users.statusFilter.${status}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Paper>
  );
}
