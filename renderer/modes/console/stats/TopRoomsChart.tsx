import Box from '@mui/material/Box';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { StatsGlobal } from '../../../../core/contract';
import { chartLocaleText, toHours } from './chartText';

/** The ten most booked rooms, most first, as horizontal bars of bookings. */
export function TopRoomsChart({ rooms }: { rooms: StatsGlobal['topRooms'] }) {
  const { t } = useTranslation();
  const data = rooms.map((r) => ({ name: r.name, bookings: r.bookings, hours: toHours(r.minutes) }));
  const summary = rooms.map((r) => `${r.name}: ${r.bookings}`).join(', ');
  return (
    <Box role="img" aria-label={`${t('stats.topRooms')}: ${summary}`} data-testid="top-rooms-chart">
      <BarChart
        dataset={data}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', dataKey: 'name', width: 130 }]}
        xAxis={[{ label: t('stats.bookings') }]}
        series={[{ dataKey: 'bookings', label: t('stats.bookings'), color: '#0E7C6B' }]}
        height={Math.max(160, 30 * data.length + 70)}
        hideLegend
        skipAnimation
        borderRadius={5}
        localeText={chartLocaleText(t)}
        margin={{ left: 4, right: 28, top: 8, bottom: 4 }}
      />
    </Box>
  );
}
