import type { z } from 'zod';
import { STATS_MAX_DAYS, type RoomUsage, type StatsGlobal, type ZStatsGlobalInput } from '../../core/contract/stats';
import { forbidden } from '../../core/errors';
import type { Rules } from '../../core/rules';
import { workingSpans } from '../../core/rules/localTime';
import type { Db } from '../../db';
import type { Ctx } from '../context';
import { byName, compare, latestRuleSets, loadOffices, rulesResolver, type Office } from './catalog';
import { checkRange } from './commonTime';
import { clipAll } from './spans';
import { select } from './sql';
import { hoursOfDay } from './statsHours';
import { tally, type OrganizerTally, type RoomTally } from './statsTally';
import { actorOf, type Actor } from './who';

/** stats.global: busiest hours, top organizers and rooms, and every room's usage. */

export const minutes = (ms: number) => Math.round(ms / 600) / 100;
export const ratio = (a: number, b: number, digits = 4) => (b > 0 ? Math.round((a / b) * 10 ** digits) / 10 ** digits : null);

interface RoomRow {
  id: string;
  office_id: string;
  name: string;
  capacity: number;
  status: string;
}

/** Admins (and people of no office) see every office; anyone else only their own. */
function officeScope(actor: Actor, requested: string | undefined): string | null {
  const own = actor.caller.officeId;
  if (actor.role === 'admin' || own === null) return requested ?? null;
  if (requested && requested !== own) throw forbidden('You can only see the statistics of your own office.');
  return own;
}

/** Ranks by count, then name, then id; names are read only for those that can make the cut. */
async function topOrganizers(db: Db, organizers: Map<string, OrganizerTally>, limit: number) {
  const counts = [...organizers.values()].map((o) => o.bookings).filter((n) => n > 0).sort((a, b) => b - a);
  const cut = counts[Math.min(limit, counts.length) - 1];
  if (cut === undefined) return [];
  const ids = [...organizers].filter(([, o]) => o.bookings >= cut).map(([id]) => id);
  const people = await select<{ id: string; name: string }>(db, 'SELECT id, name FROM users WHERE id IN (:ids)', { ids });
  return people
    .map((p) => ({ userId: p.id, name: p.name, ...organizers.get(p.id)! }))
    .sort((a, b) => b.bookings - a.bookings || compare(a.name, b.name) || compare(a.userId, b.userId))
    .slice(0, limit)
    .map((p) => ({ userId: p.userId, name: p.name, bookings: p.bookings, minutes: minutes(p.ms) }));
}

function usageOf(room: RoomRow, t: RoomTally | undefined, workingMs: number): RoomUsage {
  const n = t?.bookings ?? 0;
  const capacity = Number(room.capacity);
  const released = t?.released ?? 0;
  const attended = t?.attended ?? 0;
  return {
    roomId: room.id,
    name: room.name,
    officeId: room.office_id,
    capacity,
    bookings: n,
    bookedMinutes: minutes(t?.ms ?? 0),
    workingMinutes: minutes(workingMs),
    utilization: ratio(t?.ms ?? 0, workingMs),
    released,
    attended,
    noShowRate: ratio(released, released + attended),
    averageAttendees: ratio(t?.heads ?? 0, n, 2),
    averageFill: ratio(t?.heads ?? 0, n * capacity),
  };
}

/** Working time of each room in [from, to), computed once per distinct rule set and time zone. */
function workingTime(rooms: readonly RoomRow[], offices: Map<string, Office>, rulesOf: ReturnType<typeof rulesResolver>, from: number, to: number) {
  const memo = new Map<Rules, Map<string, number>>();
  return (room: RoomRow): number => {
    const office = offices.get(room.office_id) ?? null;
    const tz = office?.timeZone ?? 'UTC';
    const rules = rulesOf(office, room.id);
    let perZone = memo.get(rules);
    if (!perZone) memo.set(rules, (perZone = new Map()));
    let total = perZone.get(tz);
    if (total === undefined) {
      total = clipAll(workingSpans(rules, tz, from, to, true), from, to).reduce((sum, s) => sum + s.end - s.start, 0);
      perZone.set(tz, total);
    }
    return total;
  };
}

export async function globalStats(ctx: Ctx, input: z.output<typeof ZStatsGlobalInput>): Promise<StatsGlobal> {
  const actor = actorOf(ctx);
  const from = new Date(input.from).getTime();
  const to = new Date(input.to).getTime();
  checkRange(from, to, STATS_MAX_DAYS);
  const officeId = officeScope(actor, input.officeId);
  const { db } = ctx.store;
  const [offices, latest, rooms] = await Promise.all([
    loadOffices(db),
    latestRuleSets(db),
    select<RoomRow>(db, `SELECT id, office_id, name, capacity, status FROM rooms ${officeId ? 'WHERE office_id = :officeId' : ''}`, { officeId }),
  ]);
  const scope = { from, to, officeIds: officeId ? [officeId] : null };
  const counted = await tally(db, scope, rooms.map((r) => r.id));
  const zones = new Map([...offices.values()].filter((o) => !officeId || o.id === officeId).map((o) => [o.id, o.timeZone]));
  const hours = await hoursOfDay(db, scope, zones, new Map(rooms.map((r) => [r.id, r.office_id])), counted.raw);
  const working = workingTime(rooms, offices, rulesResolver(latest), from, to);
  const officeName = (id: string) => offices.get(id)?.name ?? '';
  const used = rooms
    .filter((r) => r.status !== 'retired' || (counted.rooms.get(r.id)?.bookings ?? 0) > 0)
    .sort((a, b) => compare(officeName(a.office_id), officeName(b.office_id)) || byName(a, b))
    .map((r) => usageOf(r, counted.rooms.get(r.id), working(r)));
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    officeId,
    busiestHours: hours
      .map((ms, hour) => ({ hour, ms }))
      .filter((h) => h.ms > 0)
      .sort((a, b) => b.ms - a.ms || a.hour - b.hour)
      .slice(0, 5)
      .map((h) => ({ hour: h.hour, minutes: minutes(h.ms) })),
    topOrganizers: await topOrganizers(db, counted.organizers, 10),
    topRooms: used
      .filter((r) => r.bookings > 0)
      .sort((a, b) => b.bookings - a.bookings || compare(a.name, b.name) || compare(a.roomId, b.roomId))
      .slice(0, 10)
      .map((r) => ({ roomId: r.roomId, name: r.name, officeId: r.officeId, bookings: r.bookings, minutes: r.bookedMinutes })),
    rooms: used,
  };
}
