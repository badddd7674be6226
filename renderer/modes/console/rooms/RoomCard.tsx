import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import PlaceOutlinedIcon from '@mui/icons-material/PlaceOutlined';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';
import { AmenityIcons } from './AmenityIcons';
import { ROOM_TYPE_ICONS } from './roomIcons';
import { RoomFact } from './RoomFact';
import { RoomMarks } from './RoomMarks';
import { RoomStatusBadge } from './RoomStatusBadge';

interface RoomCardProps {
  room: Room;
  /** Shown when the list spans several offices. */
  officeName?: string | undefined;
}

/** One room: what it is, how many it seats, where it is, what is in it, and what limits booking it. */
export function RoomCard({ room, officeName }: RoomCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const TypeIcon = ROOM_TYPE_ICONS[room.type];
  const place = [room.floor !== null ? t('rooms.floor', { floor: room.floor }) : null, room.building].filter(Boolean).join(' · ');
  const isInactive = room.status !== 'active';

  return (
    <Card
      component="article"
      aria-labelledby={titleId}
      data-testid="room-card"
      sx={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        transition: 'border-color 120ms, box-shadow 120ms',
        '&:hover': { borderColor: 'primary.main', boxShadow: '0 6px 24px rgba(20,26,46,0.08)' },
        ...(isInactive && { bgcolor: '#FAFBFC' }),
      }}
    >
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.75, flex: 1, p: 2.25, '&:last-child': { pb: 2.25 } }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Box
            sx={{
              display: 'grid',
              placeItems: 'center',
              flexShrink: 0,
              width: 44,
              height: 44,
              borderRadius: 2.5,
              bgcolor: isInactive ? 'action.hover' : 'primary.light',
              color: isInactive ? 'text.secondary' : 'primary.main',
            }}
          >
            <TypeIcon aria-hidden />
          </Box>
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography id={titleId} variant="h6" component="h2" noWrap title={room.name} data-testid="room-name">
              {room.name}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t(`roomTypes.${room.type}`)}
            </Typography>
          </Box>
          <RoomStatusBadge status={room.status} />
        </Stack>

        <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
          <RoomFact icon={<PeopleAltOutlinedIcon fontSize="small" aria-hidden />}>{t('rooms.capacity', { count: room.capacity })}</RoomFact>
          {place ? <RoomFact icon={<PlaceOutlinedIcon fontSize="small" aria-hidden />}>{place}</RoomFact> : null}
          {officeName ? <RoomFact icon={<ApartmentOutlinedIcon fontSize="small" aria-hidden />}>{officeName}</RoomFact> : null}
        </Stack>

        {room.description ? (
          <Typography
            variant="body2"
            sx={{ color: 'text.secondary', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
          >
            {room.description}
          </Typography>
        ) : null}

        <Box sx={{ flex: 1 }} />
        <Divider />
        <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <AmenityIcons amenities={room.amenities} />
          <RoomMarks room={room} />
        </Stack>
      </CardContent>
    </Card>
  );
}
