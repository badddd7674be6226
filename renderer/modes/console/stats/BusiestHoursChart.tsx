import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { StatsGlobal } from '../../../../core/contract';
import { currentLanguage } from '../../../i18n';
import { chartLocaleText, formatHours, hourLabel, toHours } from './chartText';

/** The five busiest hours of the day, in the order of the day, with the ranking in words. */
export function BusiestHoursChart({ hours }: { hours: StatsGlobal['busiestHours'] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const data = [...hours].sort((a, b) => a.hour - b.hour).map((h) => ({ hour: hourLabel(h.hour), hours: toHours(h.minutes) }));
  const ranked = hours.map((h) => t('stats.hourRank', { hour: hourLabel(h.hour), hours: formatHours(h.minutes, locale) })).join(', ');
  return (
    <Box>
      <Box role="img" aria-label={`${t('stats.busiestHours')}: ${ranked}`} data-testid="busiest-hours-chart">
        <BarChart
          dataset={data}
          xAxis={[{ scaleType: 'band', dataKey: 'hour' }]}
          yAxis={[{ label: t('stats.hoursBooked'), width: 56 }]}
          series={[{ dataKey: 'hours', label: t('stats.hoursBooked'), color: '#2847D9', valueFormatter: (v) => t('stats.hoursValue', { hours: new Intl.NumberFormat(locale).format(v ?? 0) }) }]}
          height={240}
          hideLegend
          skipAnimation
          borderRadius={6}
          localeText={chartLocaleText(t)}
          margin={{ left: 4, right: 8, top: 12, bottom: 4 }}
        />
      </Box>
      {hours.length > 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          {t('stats.ranked', { list: ranked })}
        </Typography>
      ) : null}
    </Box>
  );
}
