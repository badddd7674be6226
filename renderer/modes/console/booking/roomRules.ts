import type { Role } from '../../../../core/domain';
import { weekdayOf } from '../../../../core/rules/localTime';
import { rulesForRole } from '../../../../core/rules/resolve';
import type { Rules } from '../../../../core/rules/schema';

/**
 * The few facts of a room's effective rules the booking form needs to offer sensible choices:
 * the grid step, how long a meeting may be for this role, the day's opening hours, and whether
 * this role may override. The server's engine still judges the request as a whole.
 */
export interface BookingLimits {
  stepMin: number;
  minMin: number;
  maxMin: number;
  canOverride: boolean;
  checkIn: Rules['checkIn'];
}

export const FALLBACK_LIMITS: BookingLimits = {
  stepMin: 15,
  minMin: 15,
  maxMin: 120,
  canOverride: false,
  checkIn: { required: false, opensBeforeMin: 5, releaseAfterMin: 10 },
};

export function limitsFor(rules: Rules | undefined, role: Role): BookingLimits {
  if (!rules) return FALLBACK_LIMITS;
  const mine = rulesForRole(rules, role);
  return {
    stepMin: mine.stepMin,
    minMin: mine.durationMin.min,
    maxMin: mine.durationMin.max,
    canOverride: mine.overrideRoles.includes(role),
    checkIn: mine.checkIn,
  };
}

export interface DayWindow {
  /** First opening and last closing of the day ("HH:mm"); the whole day when closed. */
  open: string;
  close: string;
  isClosed: boolean;
  isHoliday: boolean;
}

export function dayWindow(rules: Rules | undefined, day: string, role: Role): DayWindow {
  if (!rules || !day) return { open: '00:00', close: '24:00', isClosed: false, isHoliday: false };
  const mine = rulesForRole(rules, role);
  const ranges = mine.workingHours[weekdayOf(day)] ?? [];
  const isHoliday = mine.holidays.includes(day);
  if (ranges.length === 0) return { open: '00:00', close: '24:00', isClosed: true, isHoliday };
  const opens = ranges.map((r) => r[0]).sort();
  const closes = ranges.map((r) => r[1]).sort();
  return { open: opens[0]!, close: closes[closes.length - 1]!, isClosed: isHoliday, isHoliday };
}
