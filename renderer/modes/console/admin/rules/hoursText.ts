import { ZHHMM } from '../../../../../core/domain';

/** "HH:MM" → minutes since midnight. */
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a typed range can be saved: two times (24:00 only as the end), the first earlier. */
export function isValidRange(from: string, to: string): boolean {
  if (!ZHHMM.safeParse(from).success || !ZHHMM.safeParse(to).success) return false;
  return from !== '24:00' && minutes(from) < minutes(to);
}

/** A day's ranges, sorted, with none overlapping. */
export function isValidDay(ranges: readonly (readonly [string, string])[]): boolean {
  if (!ranges.every(([from, to]) => isValidRange(from, to))) return false;
  const sorted = [...ranges].sort((a, b) => minutes(a[0]) - minutes(b[0]));
  return sorted.every((range, i) => i === 0 || minutes(range[0]) >= minutes(sorted[i - 1]![1]));
}

/** A new range after the day's last one (or the office's usual 09:00–18:00). */
export function nextRange(ranges: readonly (readonly [string, string])[]): [string, string] {
  const last = ranges.at(-1);
  if (!last) return ['09:00', '18:00'];
  const start = Math.min(minutes(last[1]) + 60, 23 * 60);
  const end = Math.min(start + 60, 24 * 60);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return [hhmm(start), hhmm(end)];
}
