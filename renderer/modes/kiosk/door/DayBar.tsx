import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { KioskStatus } from '../../../../core/contract/kiosk';
import { currentLanguage } from '../../../i18n';
import { useNow } from '../clock/clockContext';
import { formatTime } from '../model/format';

const HOUR = 3_600_000;

/** The span the bar shows: working hours widened to every meeting of the day. */
export function dayAxis(status: Pick<KioskStatus, 'day' | 'entries'>): { from: number; to: number } {
  const times = [
    ...status.day.open.flatMap((s) => [Date.parse(s.start), Date.parse(s.end)]),
    ...status.entries.flatMap((e) => [Date.parse(e.start), Date.parse(e.end)]),
  ];
  const dayStart = Date.parse(status.day.start);
  const dayEnd = Date.parse(status.day.end);
  if (times.length === 0) return { from: dayStart + 8 * HOUR, to: dayStart + 20 * HOUR };
  const from = Math.max(dayStart, Math.floor(Math.min(...times) / HOUR) * HOUR);
  const to = Math.min(dayEnd, Math.ceil(Math.max(...times) / HOUR) * HOUR);
  return to - from >= 2 * HOUR ? { from, to } : { from, to: from + 2 * HOUR };
}

/**
 * Positions go in `style`, not `sx`: every distinct `sx` value becomes a stylesheet rule that is
 * never removed, and the "now" line moves every second on a screen that runs for months.
 *
 * The day at a glance: closed hours hatched, meetings as blocks, a line at "now". A picture for
 * the eye; the list beside it says the same in words (so the bar is hidden from screen readers).
 */
export function DayBar({ status }: { status: KioskStatus }) {
  const now = useNow();
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const { from, to } = dayAxis(status);
  const span = to - from;
  const pct = (t: number) => `${((Math.min(Math.max(t, from), to) - from) / span) * 100}%`;
  const width = (a: number, b: number) => `${((Math.min(b, to) - Math.max(a, from)) / span) * 100}%`;
  const step = span > 10 * HOUR ? 3 * HOUR : span > 5 * HOUR ? 2 * HOUR : HOUR;
  const ticks: number[] = [];
  for (let t = from; t <= to; t += step) ticks.push(t);
  const tz = status.office.timeZone;

  return (
    <Box aria-hidden sx={{ position: 'relative', pt: 0.5, pb: 3.5 }} data-testid="day-bar">
      <Box sx={{ position: 'relative', height: 28, borderRadius: 2, overflow: 'hidden', bgcolor: '#E7ECF3', backgroundImage: 'repeating-linear-gradient(135deg, #E7ECF3 0 6px, #D9DFE8 6px 12px)' }}>
        {status.day.open.map((s) => (
          <Box
            key={s.start}
            sx={{ position: 'absolute', top: 0, bottom: 0, bgcolor: '#DDF3E4' }}
            style={{ left: pct(Date.parse(s.start)), width: width(Date.parse(s.start), Date.parse(s.end)) }}
          />
        ))}
        {status.entries.map((e) => (
          <Box
            key={e.id}
            sx={{
              position: 'absolute',
              top: 3,
              bottom: 3,
              bgcolor: e.kind === 'block' ? '#4A5361' : Date.parse(e.end) <= now ? '#C9A3A5' : '#B3261E',
              borderRadius: '4px',
              boxShadow: 'inset 0 0 0 1px rgba(255,255,255,0.6)',
            }}
            style={{ left: pct(Date.parse(e.start)), width: width(Date.parse(e.start), Date.parse(e.end)) }}
          />
        ))}
        {now >= from && now <= to ? (
          <Box sx={{ position: 'absolute', top: -2, bottom: -2, width: 3, ml: '-1.5px', bgcolor: '#111827', borderRadius: 2 }} style={{ left: pct(now) }} />
        ) : null}
      </Box>
      {ticks.map((t) => (
        <Box
          key={t}
          sx={{
            position: 'absolute',
            bottom: 0,
            // The first and last labels stay inside the bar's width.
            transform: t === from ? 'none' : t === to ? 'translateX(-100%)' : 'translateX(-50%)',
            fontSize: '0.9rem',
            color: '#3D4556',
            fontWeight: 600,
            fontVariantNumeric: 'tabular-nums',
          }}
          style={{ left: pct(t) }}
        >
          {formatTime(t, tz, locale)}
        </Box>
      ))}
    </Box>
  );
}
