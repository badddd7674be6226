import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleField } from '../shared/RoleField';
import type { UserFilterState, UserStatusFilter } from './userFilters';

const STATUSES: UserStatusFilter[] = ['active', 'inactive', 'all'];
const TYPING_PAUSE_MS = 250;

/** Name or e-mail, role and whether the account is on; the office is the app bar's. */
export function UserFilters({ filters, onChange }: { filters: UserFilterState; onChange(next: UserFilterState): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(filters.query);

  // Ask the server once the typing pauses, not at every key.
  useEffect(() => {
    if (query === filters.query) return;
    const timer = setTimeout(() => onChange({ ...filters, query }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, filters, onChange]);

  return (
    <Paper component="section" variant="outlined" aria-label={t('admin.users.filters')} sx={{ p: 2, borderRadius: 3 }}>
      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          label={t('admin.users.search')}
          name="userSearch"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          sx={{ minWidth: 280, flex: 1, maxWidth: 420 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <RoleField
          label={t('admin.users.role')}
          anyLabel={t('admin.users.anyRole')}
          value={filters.role}
          onChange={(role) => onChange({ ...filters, role })}
          testId="user-role-filter"
        />
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
