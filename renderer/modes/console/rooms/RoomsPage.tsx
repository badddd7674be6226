import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { STAFF } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import { errorText } from '../../../i18n';
import { useSignedInUser } from '../../../session/sessionContext';
import { useOffice } from '../officeContext';
import { RoomCard } from './RoomCard';
import { RoomCardSkeleton } from './RoomCardSkeleton';
import { RoomFilters } from './RoomFilters';
import { hasFilters, NO_FILTERS, readFilters, toListInput, writeFilters, type RoomFilters as Filters } from './roomFilterParams';
import { RoomGrid } from './RoomGrid';
import { RoomsEmptyState } from './RoomsEmptyState';

const SKELETONS = 6;

/** The rooms of the chosen office, filtered by the server. */
export function RoomsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { officeId, offices } = useOffice();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const setFilters = useCallback((next: Filters) => setParams(writeFilters(next), { replace: true }), [setParams]);

  const rooms = useApiQuery('rooms.list', toListInput(filters, officeId));
  const officeNames = useMemo(() => new Map(offices.map((o) => [o.id, o.name])), [offices]);
  const list = rooms.data;

  return (
    <Stack spacing={2.5}>
      <Stack direction="row" sx={{ alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Box>
          <Typography variant="h4" component="h1">
            {t('rooms.title')}
          </Typography>
          <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{t('rooms.subtitle')}</Typography>
        </Box>
        {list && !rooms.error ? (
          <Typography aria-live="polite" data-testid="room-count" sx={{ color: 'text.secondary', fontWeight: 600 }}>
            {t('rooms.count', { count: list.length })}
          </Typography>
        ) : null}
      </Stack>

      <RoomFilters filters={filters} onChange={setFilters} canSeeRetired={STAFF.includes(user.role)} />

      {rooms.error ? (
        <Alert
          data-testid="rooms-error"
          severity="error"
          variant="outlined"
          sx={{ bgcolor: 'background.paper' }}
          action={
            <Button color="inherit" onClick={rooms.reload}>
              {t('app.retry')}
            </Button>
          }
        >
          <AlertTitle>{t('rooms.errorTitle')}</AlertTitle>
          {errorText(rooms.error, t)}
        </Alert>
      ) : !list ? (
        <RoomGrid label={t('rooms.loading')} isBusy isPlaceholder>
          {Array.from({ length: SKELETONS }, (_, i) => (
            <RoomCardSkeleton key={i} />
          ))}
        </RoomGrid>
      ) : list.length === 0 && !rooms.isLoading ? (
        <RoomsEmptyState isFiltered={hasFilters(filters)} onClear={() => setFilters(NO_FILTERS)} />
      ) : (
        <RoomGrid label={t('rooms.title')} isBusy={rooms.isLoading} progress={<LinearProgress aria-label={t('rooms.loading')} />}>
          {list.map((room) => (
            <Box role="listitem" key={room.id}>
              <RoomCard room={room} officeName={officeId ? undefined : officeNames.get(room.officeId)} />
            </Box>
          ))}
        </RoomGrid>
      )}
    </Stack>
  );
}
