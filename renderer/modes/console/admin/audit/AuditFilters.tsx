import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../../core/contract';
import { ACTION_GROUPS, ENTITY_TYPES, NO_AUDIT_FILTERS, type AuditFilterState } from './auditFilters';

interface AuditFiltersProps {
  filters: AuditFilterState;
  onChange(next: AuditFilterState): void;
  people: readonly User[];
}

/** What happened, to what, by whom, between which days. */
export function AuditFilters({ filters, onChange, people }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterState>) => onChange({ ...filters, ...patch });
  const select = { inputLabel: { shrink: true }, select: { displayEmpty: true } };
  return (
    <Paper component="section" variant="outlined" aria-label={t('admin.audit.filters')} sx={{ p: 2, borderRadius: 3 }}>
      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField select label={t('admin.audit.action')} value={filters.action} onChange={(e) => set({ action: e.target.value })} data-testid="audit-action" sx={{ minWidth: 190 }} slotProps={select}>
          <MenuItem value="">{t('admin.audit.anyAction')}</MenuItem>
          {ACTION_GROUPS.map((group) => (
            <MenuItem key={group} value={group}>
              {t(`admin.audit.group.${group.slice(0, -1)}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('admin.audit.entity')} value={filters.entityType} onChange={(e) => set({ entityType: e.target.value })} sx={{ minWidth: 170 }} slotProps={select}>
          <MenuItem value="">{t('admin.audit.anyEntity')}</MenuItem>
          {ENTITY_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`admin.audit.entityType.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('admin.audit.actor')} value={filters.actorUserId} onChange={(e) => set({ actorUserId: e.target.value })} sx={{ minWidth: 200 }} slotProps={select}>
          <MenuItem value="">{t('admin.audit.anyone')}</MenuItem>
          {people.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField type="date" label={t('admin.audit.from')} value={filters.from} onChange={(e) => set({ from: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField type="date" label={t('admin.audit.to')} value={filters.to} onChange={(e) => set({ to: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
        <Button onClick={() => onChange(NO_AUDIT_FILTERS)} startIcon={<FilterAltOffOutlinedIcon />} disabled={JSON.stringify(filters) === JSON.stringify(NO_AUDIT_FILTERS)} sx={{ ml: 'auto' }}>
          {t('rooms.filters.clear')}
        </Button>
      </Stack>
    </Paper>
  );
}
