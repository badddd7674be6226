import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvFile } from '../../../../core/contract';
import { formatDayShort } from '../booking/officeTime';
import { CsvButton } from '../stats/CsvButton';
import { durationText } from './findTime';
import type { FindQuery } from './useFindTime';

interface FindTimeResultsProps {
  query: FindQuery;
  /** How many free times were found; undefined until the first answer. */
  count: number | undefined;
  isBusy: boolean;
  timeZone: string;
  locale: string;
  headingRef: Ref<HTMLHeadingElement>;
  loadCsv(): Promise<CsvFile>;
  children: ReactNode;
}

/** The answer to the last search: what was asked, how many times were found, and the times (or why none). */
export function FindTimeResults({ query, count, isBusy, timeZone, locale, headingRef, loadCsv, children }: FindTimeResultsProps) {
  const { t } = useTranslation();
  const summary = t('findTime.results.summary', {
    count: query.people,
    duration: durationText(query.durationMin, t),
    from: formatDayShort(query.range.fromDay, timeZone, locale),
    to: formatDayShort(query.range.toDay, timeZone, locale),
  });
  return (
    <Box component="section" aria-labelledby="find-results-title" aria-busy={isBusy} data-testid="find-results">
      <Stack direction="row" useFlexGap sx={{ alignItems: 'flex-end', justifyContent: 'space-between', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography id="find-results-title" ref={headingRef} tabIndex={-1} variant="h5" component="h2" sx={{ outline: 'none', scrollMarginTop: { xs: 200, md: 88 } }}>
            {t('findTime.results.title')}
          </Typography>
          <Typography sx={{ color: 'text.secondary' }} data-testid="find-summary">
            {summary}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography role="status" data-testid="find-count" sx={{ color: 'text.secondary', fontWeight: 600 }}>
            {isBusy || count === undefined ? t('findTime.results.loading') : t('findTime.results.count', { count })}
          </Typography>
          <CsvButton load={loadCsv} table="availabilityCommon" disabled={!count} />
        </Stack>
      </Stack>
      <Box sx={{ height: 4, mb: 1.5 }}>{isBusy ? <LinearProgress aria-label={t('findTime.results.loading')} /> : null}</Box>
      <Box sx={{ opacity: isBusy ? 0.6 : 1, transition: 'opacity 120ms' }}>{children}</Box>
    </Box>
  );
}
