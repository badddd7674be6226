import CheckIcon from '@mui/icons-material/Check';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AMENITIES, type Amenity } from '../../../../core/domain';
import { AMENITY_ICONS } from './roomIcons';

interface AmenityChipsProps {
  selected: readonly Amenity[];
  onChange(next: Amenity[]): void;
}

/** "Must have": toggle chips; a room must have every chosen amenity. */
export function AmenityChips({ selected, onChange }: AmenityChipsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const toggle = (amenity: Amenity) =>
    onChange(selected.includes(amenity) ? selected.filter((a) => a !== amenity) : [...selected, amenity]);

  return (
    <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography id={labelId} variant="body2" sx={{ color: 'text.secondary', fontWeight: 600, mr: 0.5 }}>
        {t('rooms.filters.amenities')}
      </Typography>
      <Stack role="group" aria-labelledby={labelId} direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
        {AMENITIES.map((amenity) => {
          const isOn = selected.includes(amenity);
          const Icon = AMENITY_ICONS[amenity];
          return (
            <Chip
              key={amenity}
              component="button"
              aria-pressed={isOn}
              data-amenity={amenity}
              clickable
              color={isOn ? 'primary' : 'default'}
              variant={isOn ? 'filled' : 'outlined'}
              icon={isOn ? <CheckIcon /> : <Icon />}
              label={t(`amenities.${amenity}`)}
              onClick={() => toggle(amenity)}
              sx={{ bgcolor: isOn ? undefined : 'background.paper' }}
            />
          );
        })}
      </Stack>
    </Stack>
  );
}
