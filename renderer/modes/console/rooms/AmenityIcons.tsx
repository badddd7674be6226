import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Amenity } from '../../../../core/domain';
import { AMENITY_ICONS } from './roomIcons';

/** A room's equipment as a row of icons, each named for screen readers and on hover. */
export function AmenityIcons({ amenities }: { amenities: readonly Amenity[] }) {
  const { t } = useTranslation();
  if (amenities.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary', fontStyle: 'italic', lineHeight: '30px' }}>
        {t('rooms.noAmenities')}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.75} component="ul" aria-label={t('rooms.filters.amenities')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {amenities.map((amenity) => {
        const Icon = AMENITY_ICONS[amenity];
        const name = t(`amenities.${amenity}`);
        return (
          <Tooltip key={amenity} title={name}>
            <Box
              component="li"
              aria-label={name}
              tabIndex={0}
              sx={{
                display: 'grid',
                placeItems: 'center',
                width: 30,
                height: 30,
                borderRadius: 1.5,
                bgcolor: '#F0F2F7',
                color: '#3A4257',
                '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
              }}
            >
              <Icon sx={{ fontSize: 18 }} aria-hidden />
            </Box>
          </Tooltip>
        );
      })}
    </Stack>
  );
}
