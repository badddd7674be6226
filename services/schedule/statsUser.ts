import type { z } from 'zod';
import { COUNTED_STATUSES, STATS_MAX_DAYS, type StatsUser, type ZStatsUserInput } from '../../core/contract/stats';
import { forbidden, notFound } from '../../core/errors';
import { isFacilityStaffFor } from '../access';
import type { Ctx } from '../context';
import { compare } from './catalog';
import { checkRange } from './commonTime';
import { at, MAX_BOOKING_MS, ms, select } from './sql';
import { minutes } from './statsGlobal';
import { actorOf } from './who';

/**
 * stats.user: the rooms of the meetings a person organizes or attends, and the people they share
 * them with, over [from, to) (counted bookings, minutes clipped). For the person themselves, and
 * for facility staff of their office and admins.
 */
interface Row {
  booking_id: string;
  room_id: string;
  start_at: string | Date;
  end_at: string | Date;
  other_id: string | null;
}

interface Count {
  id: string;
  bookings: number;
  ms: number;
}

function rank(counts: Map<string, Count>, names: Map<string, string>, limit: number) {
  return [...counts.values()]
    .map((c) => ({ ...c, name: names.get(c.id) ?? '' }))
    .sort((a, b) => b.bookings - a.bookings || compare(a.name, b.name) || compare(a.id, b.id))
    .slice(0, limit);
}

function bump(map: Map<string, Count>, id: string, clipped: number) {
  const c = map.get(id);
  if (c) {
    c.bookings += 1;
    c.ms += clipped;
  } else map.set(id, { id, bookings: 1, ms: clipped });
}

export async function userStats(ctx: Ctx, input: z.output<typeof ZStatsUserInput>): Promise<StatsUser> {
  const actor = actorOf(ctx);
  const from = new Date(input.from).getTime();
  const to = new Date(input.to).getTime();
  checkRange(from, to, STATS_MAX_DAYS);
  const { db } = ctx.store;
  const person = await db.models.User.findByPk(input.userId, { attributes: ['id', 'officeId'] });
  if (!person) throw notFound('User', input.userId);
  if (actor.userId !== person.id && !isFacilityStaffFor(actor.caller, person.officeId ?? null)) {
    throw forbidden("Only the person, facility staff of their office and admins may see someone's statistics.");
  }
  const rows = await select<Row>(
    db,
    `SELECT p.booking_id, p.room_id, p.start_at, p.end_at, o.user_id AS other_id
      FROM participations p LEFT JOIN participations o ON o.booking_id = p.booking_id AND o.user_id <> p.user_id
      WHERE p.user_id = :userId AND p.start_at >= :lo AND p.start_at < :to AND p.end_at > :from AND p.status IN (:counted)`,
    { userId: person.id, lo: at(db, from - MAX_BOOKING_MS), from: at(db, from), to: at(db, to), counted: COUNTED_STATUSES },
  );
  const rooms = new Map<string, Count>();
  const people = new Map<string, Count>();
  const seen = new Set<string>();
  for (const r of rows) {
    const clipped = Math.min(ms(r.end_at), to) - Math.max(ms(r.start_at), from);
    if (!seen.has(r.booking_id)) {
      seen.add(r.booking_id);
      bump(rooms, r.room_id, clipped);
    }
    const pair = `${r.booking_id}|${r.other_id}`;
    if (r.other_id && !seen.has(pair)) {
      seen.add(pair);
      bump(people, r.other_id, clipped);
    }
  }
  const [roomRows, userRows] = await Promise.all([
    rooms.size ? select<{ id: string; name: string; office_id: string }>(db, 'SELECT id, name, office_id FROM rooms WHERE id IN (:ids)', { ids: [...rooms.keys()] }) : [],
    people.size ? select<{ id: string; name: string }>(db, 'SELECT id, name FROM users WHERE id IN (:ids)', { ids: [...people.keys()] }) : [],
  ]);
  const officeOf = new Map(roomRows.map((r) => [r.id, r.office_id]));
  return {
    userId: person.id,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    rooms: rank(rooms, new Map(roomRows.map((r) => [r.id, r.name])), input.limit).map((r) => ({
      roomId: r.id, name: r.name, officeId: officeOf.get(r.id) ?? '', bookings: r.bookings, minutes: minutes(r.ms),
    })),
    people: rank(people, new Map(userRows.map((u) => [u.id, u.name])), input.limit).map((p) => ({
      userId: p.id, name: p.name, meetings: p.bookings, minutes: minutes(p.ms),
    })),
  };
}
