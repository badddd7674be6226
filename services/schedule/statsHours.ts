import { offsetMinutes } from '../../core/rules/localTime';
import type { Db } from '../../db';
import { DAY, HOUR, MINUTE, select } from './sql';
import type { RawBooking, Scope } from './statsTally';

/**
 * Booked time per hour of the day in each office's local time. Whole UTC quarter hours inside the
 * range come from the per-office quarter rollup (every UTC offset in use is a multiple of 15
 * minutes, and so is every daylight-saving change); the partial quarters at the edges and
 * day-long bookings come from the bookings themselves.
 */
const QUARTER = 15 * MINUTE;
const PER_DAY = 96;

interface Period {
  officeId: string;
  from: number;
  to: number;
  offsetMin: number;
}

/** Stretches of quarters [from, to) with one UTC offset, per office. */
export function offsetPeriods(officeId: string, tz: string, qa: number, qb: number): Period[] {
  const out: Period[] = [];
  const push = (q: number, offsetMin: number) => {
    const last = out[out.length - 1];
    if (last && last.offsetMin === offsetMin) last.to = q + 1;
    else out.push({ officeId, from: q, to: q + 1, offsetMin });
  };
  for (let day = Math.floor(qa / PER_DAY); day * PER_DAY < qb; day++) {
    const first = Math.max(qa, day * PER_DAY);
    const last = Math.min(qb, (day + 1) * PER_DAY) - 1;
    if (offsetMinutes(first * QUARTER, tz) === offsetMinutes(last * QUARTER, tz)) {
      push(first, offsetMinutes(first * QUARTER, tz));
      if (last > first) push(last, offsetMinutes(last * QUARTER, tz));
    } else {
      for (let q = first; q <= last; q++) push(q, offsetMinutes(q * QUARTER, tz));
    }
  }
  return out;
}

const localHour = (utcMs: number, offsetMin: number) => Math.floor((((utcMs + offsetMin * MINUTE) % DAY) + DAY) % DAY / HOUR);

/** Adds [start, end) to `hours`, cut at every quarter hour (offsets only change there). */
export function addSpan(hours: number[], start: number, end: number, tz: string): void {
  for (let t = start; t < end; ) {
    const next = Math.min(end, (Math.floor(t / QUARTER) + 1) * QUARTER);
    hours[localHour(t, offsetMinutes(t, tz))]! += next - t;
    t = next;
  }
}

async function rolledHours(db: Db, scope: Scope, offices: Map<string, string>, hours: number[], qa: number, qb: number) {
  const periods = [...offices].flatMap(([id, tz]) => offsetPeriods(id, tz, qa, qb));
  if (periods.length === 0 || qb <= qa) return;
  const replacements: Record<string, unknown> = { qa, qb };
  const cases = periods.map((p, i) => {
    replacements[`o${i}`] = p.officeId;
    return `WHEN office_id = :o${i} AND quarter >= ${p.from} AND quarter < ${p.to} THEN ${i}`;
  });
  const rows = await select<{ q: number; p: number; ms: number | string }>(
    db,
    `SELECT quarter % ${PER_DAY} AS q, CASE ${cases.join(' ')} ELSE -1 END AS p, SUM(booked_ms) AS ms
      FROM stats_office_quarters WHERE quarter >= :qa AND quarter < :qb GROUP BY quarter % ${PER_DAY}, p`,
    replacements,
  );
  for (const r of rows) {
    const period = periods[Number(r.p)];
    if (!period) continue;
    hours[localHour(Number(r.q) * QUARTER, period.offsetMin)]! += Number(r.ms);
  }
}

/** Booked milliseconds per local hour of the day (0–23) over the scope's offices. */
export async function hoursOfDay(
  db: Db,
  scope: Scope,
  offices: Map<string, string>,
  roomOffice: Map<string, string>,
  raw: readonly RawBooking[],
): Promise<number[]> {
  const hours = new Array<number>(24).fill(0);
  const qa = Math.ceil(scope.from / QUARTER);
  const qb = Math.floor(scope.to / QUARTER);
  await rolledHours(db, scope, offices, hours, qa, qb);
  const inside = qb > qa ? [{ start: scope.from, end: qa * QUARTER }, { start: qb * QUARTER, end: scope.to }] : [{ start: scope.from, end: scope.to }];
  // Short raw bookings are in the rollup except where they touch a partial quarter at an edge.
  for (const b of raw) {
    const tz = offices.get(roomOffice.get(b.roomId) ?? '');
    if (!tz) continue;
    const spans = b.isLong ? [{ start: scope.from, end: scope.to }] : inside;
    for (const s of spans) addSpan(hours, Math.max(b.start, s.start), Math.min(b.end, s.end), tz);
  }
  return hours;
}
