import type { TFunction } from 'i18next';
import { hoursAndMinutes } from './format';

/** "45 min" or "1 h 05 min" in the visitor's language. */
export function durationText(t: TFunction, msLeft: number): string {
  const { hours, minutes } = hoursAndMinutes(msLeft);
  if (hours === 0) return t('kiosk.duration.minutes', { minutes });
  return t('kiosk.duration.hoursMinutes', { hours, minutes: String(minutes).padStart(2, '0') });
}
