import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { useTranslation } from 'react-i18next';
import { AmenityChips } from './AmenityChips';
import { CapacityField } from './CapacityField';
import { RoomTypeSelect } from './RoomTypeSelect';
import { hasFilters, NO_FILTERS, type RoomFilters as Filters } from './roomFilterParams';

interface RoomFiltersProps {
  filters: Filters;
  onChange(next: Filters): void;
  /** Retired rooms are a staff concern; others never see the switch. */
  canSeeRetired: boolean;
}

/** Type, seats and amenities; each change asks the server again. The office is in the app bar. */
export function RoomFilters({ filters, onChange, canSeeRetired }: RoomFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });

  return (
    <Paper component="section" variant="outlined" aria-label={t('rooms.filters.label')} sx={{ p: 2, borderRadius: 3 }}>
      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <RoomTypeSelect value={filters.type} onChange={(type) => set({ type })} testId="type-select" name="type" />
        <CapacityField value={filters.minCapacity} onChange={(minCapacity) => set({ minCapacity })} />
        {canSeeRetired ? (
          <FormControlLabel
            control={<Switch data-testid="include-retired" checked={filters.includeRetired} onChange={(event) => set({ includeRetired: event.target.checked })} />}
            label={t('rooms.filters.includeRetired')}
          />
        ) : null}
        <Button
          onClick={() => onChange(NO_FILTERS)}
          data-testid="clear-filters"
          disabled={!hasFilters(filters)}
          startIcon={<FilterAltOffOutlinedIcon />}
          sx={{ ml: 'auto' }}
        >
          {t('rooms.filters.clear')}
        </Button>
      </Stack>
      <Divider sx={{ my: 1.75 }} />
      <AmenityChips selected={filters.amenities} onChange={(amenities) => set({ amenities })} />
    </Paper>
  );
}
