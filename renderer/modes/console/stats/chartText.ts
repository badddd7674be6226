import type { TFunction } from 'i18next';

/** The chart library's own words (no data, loading) in the person's language. */
export const chartLocaleText = (t: TFunction) => ({ noData: t('stats.noData'), loading: t('stats.loading') });

/** "09:00" for an hour of the day. */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** Minutes as hours with one decimal (a chart's value). */
export const toHours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** A share as a whole percentage, or a dash when there is none. */
export const percent = (share: number | null, locale: string) =>
  share === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Minutes as hours in the person's language ("14.8" / "14,8"). */
export const formatHours = (minutes: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(toHours(minutes));
