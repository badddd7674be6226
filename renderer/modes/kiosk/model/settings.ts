/**
 * The tablet's timings, from the route's query (`#/kiosk?idle=30`), so tests and installers can
 * shorten them without a build. Out-of-range values fall back to the defaults.
 */
export interface KioskSettings {
  /** Without a touch for this long, a warning appears (ms). */
  idleMs: number;
  /** After the warning, this long until the door returns home (ms). */
  warnMs: number;
  /** Full refresh even without a poke (ms). */
  refreshMs: number;
  /** Exposes the status feed to the benchmark. */
  isBench: boolean;
}

export const DEFAULT_SETTINGS: KioskSettings = { idleMs: 30_000, warnMs: 10_000, refreshMs: 30_000, isBench: false };

function seconds(params: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const raw = params.get(name);
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? Math.round(value * 1000) : fallback;
}

export function readKioskSettings(params: URLSearchParams): KioskSettings {
  return {
    idleMs: seconds(params, 'idle', 0.5, 3600, DEFAULT_SETTINGS.idleMs),
    warnMs: seconds(params, 'warn', 0.5, 600, DEFAULT_SETTINGS.warnMs),
    refreshMs: seconds(params, 'refresh', 1, 3600, DEFAULT_SETTINGS.refreshMs),
    isBench: params.get('bench') === '1',
  };
}
