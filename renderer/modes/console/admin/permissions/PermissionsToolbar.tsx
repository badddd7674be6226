import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface PermissionsToolbarProps {
  query: string;
  onQuery(query: string): void;
  isOnlyChanged: boolean;
  onOnlyChanged(isOnlyChanged: boolean): void;
  changes: number;
  isReadOnly: boolean;
  onDiscard(): void;
  onReview(): void;
}

/** Find a method, show only what differs from the defaults, and the unsaved changes to save or drop. */
export function PermissionsToolbar({ query, onQuery, isOnlyChanged, onOnlyChanged, changes, isReadOnly, onDiscard, onReview }: PermissionsToolbarProps) {
  const { t } = useTranslation();
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          type="search"
          name="permissionSearch"
          label={t('admin.permissions.search')}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          sx={{ width: { xs: '100%', sm: 300 } }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
        />
        <FormControlLabel control={<Switch checked={isOnlyChanged} onChange={(e) => onOnlyChanged(e.target.checked)} data-testid="only-changed" />} label={t('admin.permissions.onlyChanged')} />
      </Stack>
      {!isReadOnly ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography aria-live="polite" data-testid="permission-changes" data-count={changes} sx={{ color: changes ? 'warning.dark' : 'text.secondary', fontWeight: 600 }}>
            {changes ? t('admin.permissions.changes', { count: changes }) : t('admin.permissions.noChanges')}
          </Typography>
          <Button onClick={onDiscard} disabled={changes === 0} data-testid="discard-permissions">
            {t('admin.permissions.discard')}
          </Button>
          <Button variant="contained" onClick={onReview} disabled={changes === 0} data-testid="review-permissions">
            {t('admin.permissions.review')}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
