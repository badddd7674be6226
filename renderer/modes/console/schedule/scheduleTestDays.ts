import type { BlockView, BookingView, UserDay } from '../../../../core/contract';

/** Days of Anna's schedule in Berlin for the schedule's tests, as `schedule.user` answers them. */
export const BERLIN = 'Europe/Berlin';
export const ANNA = '00000000-0000-4000-8000-00000000000a';

/** A Berlin day as `schedule.user` answers it, in full. */
export function berlinDay(date: string, start: string, end: string, hours: [string, string][], extra: Partial<UserDay> = {}): UserDay {
  return {
    userId: ANNA,
    date,
    timeZone: BERLIN,
    start,
    end,
    hours: hours.map(([s, e]) => ({ start: s, end: e })),
    visibility: 'full',
    bookings: [],
    blocks: [],
    busy: [],
    ...extra,
  };
}

export const block = (id: string, start: string, end: string, reason = ''): BlockView => ({ id, roomId: null, userId: ANNA, start, end, reason, createdById: ANNA });
export const meeting = (id: string, start: string, end: string, extra: Partial<BookingView> = {}): BookingView =>
  ({ id, roomId: '00000000-0000-4000-8000-000000000d01', title: 'Budget review', start, end, status: 'confirmed', isMasked: false, checkInAt: null, ...extra }) as BookingView;

// Sunday 2026-03-29: Berlin's clocks go from 02:00 to 03:00, so the day lasts 23 hours (CET → CEST).
export const springDay = (extra: Partial<UserDay> = {}) =>
  berlinDay('2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z', [['2026-03-29T07:00:00.000Z', '2026-03-29T17:00:00.000Z']], extra);
// Sunday 2026-10-25: from 03:00 back to 02:00, 25 hours (CEST → CET).
export const autumnDay = (extra: Partial<UserDay> = {}) =>
  berlinDay('2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z', [['2026-10-25T08:00:00.000Z', '2026-10-25T18:00:00.000Z']], extra);
// An ordinary Monday, 2026-11-23 (CET).
export const mondayDay = (extra: Partial<UserDay> = {}) =>
  berlinDay('2026-11-23', '2026-11-22T23:00:00.000Z', '2026-11-23T23:00:00.000Z', [['2026-11-23T08:00:00.000Z', '2026-11-23T18:00:00.000Z']], extra);

