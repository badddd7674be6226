import GroupsRoundedIcon from '@mui/icons-material/GroupsRounded';
import LayersRoundedIcon from '@mui/icons-material/LayersRounded';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract/rooms';
import { AMENITY_ICONS } from './amenityIcons';

/** Seats, floor and what is in the room, each with a picture and its name. */
export function RoomFacts({ room }: { room: Room }) {
  const { t } = useTranslation();
  const chip = { display: 'inline-flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75, borderRadius: 999, bgcolor: '#F0F3F8', fontSize: '1.05rem', fontWeight: 600 } as const;
  return (
    <Box component="section" aria-label={t('kiosk.room.facts')} data-testid="room-facts">
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Box sx={chip}>
          <GroupsRoundedIcon aria-hidden sx={{ fontSize: 24 }} />
          {t('rooms.capacity', { count: room.capacity })}
        </Box>
        {room.floor !== null ? (
          <Box sx={chip}>
            <LayersRoundedIcon aria-hidden sx={{ fontSize: 24 }} />
            {t('rooms.floor', { floor: room.floor })}
          </Box>
        ) : null}
        {room.amenities.map((a) => {
          const Icon = AMENITY_ICONS[a];
          return (
            <Box key={a} sx={chip} data-amenity={a}>
              <Icon aria-hidden sx={{ fontSize: 24 }} />
              {t(`amenities.${a}`)}
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
