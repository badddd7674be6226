import type { z } from 'zod';
import { COMMON_MAX_DAYS, type CommonSlot, type ZCommonAvailabilityInput } from '../../core/contract/availability';
import { AppError, notFound } from '../../core/errors';
import { workingSpans } from '../../core/rules/localTime';
import type { Db } from '../../db';
import type { Ctx } from '../context';
import { loadCalendars } from './catalog';
import { busyOfAll } from './occupancy';
import { roomSlots } from './roomSlots';
import { clipAll, intersect, merge, subtract } from './spans';
import { bool, DAY, HOUR, MINUTE, select, type Span } from './sql';
import { actorOf } from './who';

/**
 * availability.common: the stretches when every person is free — inside their office's working
 * hours (holidays closed; someone without an office follows the global rules in UTC), not in a
 * meeting they organize or attend, not under a block of their own — at least `durationMin` long.
 */
export type CommonInput = z.output<typeof ZCommonAvailabilityInput>;

/** Working time of each person in [from, to), by their office's effective rules. */
export async function workingTimeOf(db: Db, userIds: readonly string[], from: number, to: number): Promise<Map<string, Span[]>> {
  const ids = [...new Set(userIds)];
  const [users, { offices, officeRules }] = await Promise.all([
    select<{ id: string; office_id: string | null; active: unknown }>(db, 'SELECT id, office_id, active FROM users WHERE id IN (:ids)', { ids }),
    loadCalendars(db),
  ]);
  const missing = ids.find((id) => !users.some((u) => u.id === id && bool(u.active)));
  if (missing) throw notFound('User', missing);
  const perOffice = new Map<string, Span[]>();
  const result = new Map<string, Span[]>();
  for (const user of users) {
    const office = user.office_id ? (offices.get(user.office_id) ?? null) : null;
    const key = office?.id ?? '';
    let spans = perOffice.get(key);
    if (!spans) {
      const tz = office?.timeZone ?? 'UTC';
      perOffice.set(key, (spans = clipAll(workingSpans(officeRules(office), tz, from, to, true), from, to)));
    }
    result.set(user.id, spans);
  }
  return result;
}

/** The stretches in [from, to) when all are free, of any length. */
export async function commonFreeTime(db: Db, userIds: readonly string[], from: number, to: number): Promise<Span[]> {
  const [working, busy] = await Promise.all([workingTimeOf(db, userIds, from, to), busyOfAll(db, userIds, from, to)]);
  let free: Span[] = [{ start: from, end: to }];
  for (const spans of new Set(working.values())) free = intersect(free, spans);
  return subtract(free, merge(busy));
}

export function checkRange(from: number, to: number, maxDays: number): void {
  if (!(to > from)) throw new AppError('VALIDATION', '`to` must be after `from`.', { key: 'errors.endBeforeStart' });
  // Calendar days: across an autumn clock change a day has 25 hours.
  if (to - from > maxDays * DAY + HOUR) {
    throw new AppError('VALIDATION', `Ask for at most ${maxDays} days at once.`, { key: 'errors.rangeTooLong', params: { days: maxDays } });
  }
}

export async function findCommonTime(ctx: Ctx, input: CommonInput): Promise<{ slots: CommonSlot[] }> {
  const actor = actorOf(ctx);
  const asked = new Date(input.from).getTime();
  const to = new Date(input.to).getTime();
  checkRange(asked, to, COMMON_MAX_DAYS);
  // Time that has passed is nobody's free time: the answer starts at the next whole minute.
  const from = Math.max(asked, Math.ceil(ctx.now.getTime() / MINUTE) * MINUTE);
  if (from >= to) return { slots: [] };
  const length = input.durationMin * MINUTE;
  const windows = (await commonFreeTime(ctx.store.db, input.userIds, from, to)).filter((w) => w.end - w.start >= length);
  if (!input.needRoom) {
    return { slots: windows.map((w) => ({ start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString(), room: null })) };
  }
  const seats = new Set(input.userIds).size;
  return { slots: await roomSlots(ctx, actor, windows, { length, seats, amenities: input.amenities ?? [], type: input.type, officeId: input.officeId }) };
}
