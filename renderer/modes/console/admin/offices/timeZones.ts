import { DateTime } from 'luxon';

/** Every IANA time zone this browser knows (its ICU's canonical names), plus UTC. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return names.includes('UTC') ? [...names] : [...names, 'UTC'];
}

/** "UTC+04:00" at the given instant (offsets move with daylight saving time). */
export function utcOffset(zone: string, at: Date): string | null {
  const local = DateTime.fromJSDate(at, { zone });
  return local.isValid ? `UTC${local.toFormat('ZZ')}` : null;
}

/** Forgiving search: case and underscores do not matter ("new york" finds America/New_York). */
const searchable = (text: string) => text.toLowerCase().replace(/[_\s]+/g, ' ');

export function matchTimeZones(names: readonly string[], query: string): string[] {
  const words = searchable(query).split(/[ /]+/).filter(Boolean);
  if (words.length === 0) return [...names];
  return names.filter((name) => {
    const text = searchable(name);
    return words.every((word) => text.includes(word));
  });
}
