import { DateTime } from 'luxon';
import { fromZoneInput, toZoneInput } from '../shared/time';

export interface SpanDraft {
  /** datetime-local values on the office's clock. */
  start: string;
  end: string;
}

/** From the next full hour, two hours long, on the office's clock. */
export function defaultSpan(timeZone: string, now: Date = new Date()): SpanDraft {
  const start = DateTime.fromJSDate(now, { zone: timeZone }).startOf('hour').plus({ hours: 1 });
  const iso = (d: DateTime) => d.toUTC().toISO() ?? '';
  return { start: toZoneInput(iso(start), timeZone), end: toZoneInput(iso(start.plus({ hours: 2 })), timeZone) };
}

/** The span as instants, or null while it is incomplete or ends before it starts. */
export function spanInstants(span: SpanDraft, timeZone: string): { start: string; end: string } | null {
  const start = fromZoneInput(span.start, timeZone);
  const end = fromZoneInput(span.end, timeZone);
  if (!start || !end || new Date(end) <= new Date(start)) return null;
  return { start, end };
}
