import type { CommonSlot, RoomBrief } from '../../core/contract/availability';
import type { RoomType } from '../../core/domain';
import { decide, occupancyOf, occupies, rulesForRole, type Occupant } from '../../core/rules';
import { TIMELESS_CODES } from '../../core/rules/assess';
import { snapToGrid } from '../../core/rules/localTime';
import type { Ctx } from '../context';
import { loadCatalog, type CatalogRoom } from './catalog';
import { bufferReach, requestFor } from './findRooms';
import { occupantsByRoom } from './occupancy';
import { MINUTE, type Span } from './sql';
import type { Actor } from './who';

/**
 * Rooms for common free time. Within each window, from its start: the earliest start (on the
 * room's grid, for the whole length) that the engine accepts in some room — on a tie, a room that
 * confirms at once before one that needs approval, then the smallest, then the first by name —
 * then as long as that room keeps accepting every next grid start; then on from just after that
 * run. Starts that a known occupant rules out are skipped without asking the
 * engine; everything else is the engine's decision.
 */
export interface SlotQuery {
  length: number;
  seats: number;
  amenities: string[];
  type?: RoomType | undefined;
  officeId?: string | undefined;
}

export interface Prober {
  brief: RoomBrief;
  /** The first accepted start in [t, lastStart], or null. */
  first(t: number, lastStart: number): number | null;
  accepts(start: number): boolean;
  /** Whether an accepted start needs approval (the booking would be held, not confirmed). */
  needsApproval(start: number): boolean;
  next(start: number): number;
}

/** The engine's answers for one room, remembered, with occupied starts skipped. */
function prober(c: CatalogRoom, occupants: readonly Occupant[], actor: Actor, q: SlotQuery, now: Date): Prober {
  const { stepMin: step, bufferMin } = rulesForRole(c.engine.rules, actor.role);
  const tz = c.engine.timeZone;
  const held = occupants.filter((o) => occupies(o, now.getTime())).map(occupancyOf).sort((a, b) => a.start - b.start);
  const answers = new Map<number, 'confirmed' | 'pending' | null>();
  let isDead = false;
  const next = (s: number) => snapToGrid(s + MINUTE, tz, step, 1);
  /** The earliest start clear of an occupant that rules out `s`, or null when none does. */
  const clearOf = (s: number): number | null => {
    const from = s - bufferMin.before * MINUTE;
    const to = s + q.length + bufferMin.after * MINUTE;
    const hit = held.find((o) => o.start < to && from < o.end);
    return hit ? hit.end + bufferMin.before * MINUTE : null;
  };
  const answer = (s: number) => {
    let status = answers.get(s);
    if (status === undefined) {
      const decision = decide({ room: c.engine, existing: occupants, request: requestFor(actor, c.engine, s, s + q.length, q.seats, q.amenities) }, now);
      status = decision.ok ? decision.status : null;
      if (!decision.ok && decision.violations.some((v) => TIMELESS_CODES.has(v.code))) isDead = true;
      answers.set(s, status);
    }
    return status;
  };
  const accepts = (s: number): boolean => answer(s) !== null;
  const first = (t: number, lastStart: number): number | null => {
    let s = snapToGrid(t, tz, step, 1);
    while (s <= lastStart && !isDead) {
      const clear = clearOf(s);
      if (clear !== null) s = snapToGrid(clear, tz, step, 1);
      else if (accepts(s)) return s;
      else s = next(s);
    }
    return null;
  };
  return { brief: c.brief, first, accepts, needsApproval: (s) => answer(s) === 'pending', next };
}

/** On a tie: confirmed at once before held for approval, then fewer seats; the name order is the rooms' own. */
function isBetter(a: Prober, b: Prober, start: number): boolean {
  const approval = Number(a.needsApproval(start)) - Number(b.needsApproval(start));
  return approval < 0 || (approval === 0 && a.brief.capacity < b.brief.capacity);
}

/** The greedy cover of one window by runs of accepted starts. */
export function coverWindow(w: Span, rooms: readonly Prober[], length: number): CommonSlot[] {
  const out: CommonSlot[] = [];
  const lastStart = w.end - length;
  const known = new Map<Prober, number | null>();
  let t = w.start;
  for (;;) {
    let best: { p: Prober; s: number } | null = null;
    for (const p of rooms) {
      let s = known.get(p);
      if (s === undefined || (s !== null && s < t)) known.set(p, (s = p.first(t, lastStart)));
      if (s !== null && (!best || s < best.s || (s === best.s && isBetter(p, best.p, s)))) best = { p, s };
    }
    if (!best) return out;
    let last = best.s;
    for (let g = best.p.next(last); g <= lastStart && best.p.accepts(g); g = best.p.next(g)) last = g;
    out.push({ start: new Date(best.s).toISOString(), end: new Date(last + length).toISOString(), room: best.p.brief });
    t = last + 1;
  }
}

export async function roomSlots(ctx: Ctx, actor: Actor, windows: readonly Span[], q: SlotQuery): Promise<CommonSlot[]> {
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (!first || !last) return [];
  const { db } = ctx.store;
  const { rooms } = await loadCatalog(db, ctx.caller, { officeId: q.officeId, type: q.type });
  const fitting = rooms.filter(
    (r) => r.status === 'active' && r.engine.capacity >= q.seats && q.amenities.every((a) => r.engine.amenities.includes(a)),
  );
  const reach = bufferReach(fitting, actor);
  const occupants = await occupantsByRoom(db, first.start - reach, last.end + reach, fitting.map((r) => r.engine.id));
  const probers = fitting.map((r) => prober(r, occupants.get(r.engine.id) ?? [], actor, q, ctx.now));
  return windows.flatMap((w) => coverWindow(w, probers, q.length));
}
