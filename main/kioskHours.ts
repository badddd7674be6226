import { z } from 'zod';
import type { Dispatch } from '../core/dispatcher';

/**
 * When a door tablet's office is open, for the keep-awake seam (power.ts) and the updater: today's
 * open spans from `kiosk.status` (the office's own hours and holidays, in its time zone), asked as
 * the tablet itself. Until it knows (not enrolled, server away) or once the day is over, it falls
 * back to the default hours.
 */
const ZDay = z.object({
  day: z.object({
    end: z.string(),
    open: z.array(z.object({ start: z.string(), end: z.string() })),
  }),
});

export interface KioskHours {
  isWorkingTime(now: Date): boolean;
  /** Asks the office's hours again (on start, on a timer, after enrolment). */
  refresh(): Promise<void>;
}

export function createKioskHours(options: {
  dispatch: Dispatch;
  /** The tablet's device credential, if it is enrolled. */
  deviceToken: () => string | undefined;
  fallback: (now: Date) => boolean;
}): KioskHours {
  let known: { until: number; spans: { start: number; end: number }[] } | null = null;
  return {
    isWorkingTime(now) {
      const t = now.getTime();
      if (!known || t >= known.until) return options.fallback(now);
      return known.spans.some((s) => s.start <= t && t < s.end);
    },
    async refresh() {
      const token = options.deviceToken();
      if (!token) return;
      const answer = await options.dispatch('kiosk.status', {}, { token, clientAddress: 'local' });
      const parsed = answer.ok ? ZDay.safeParse(answer.value) : null;
      if (!parsed?.success) return;
      known = {
        until: Date.parse(parsed.data.day.end),
        spans: parsed.data.day.open.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) })),
      };
    },
  };
}
