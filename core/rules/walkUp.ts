import type { Role } from '../domain';
import { assess } from './assess';
import { DAY, MINUTE, workingSpans } from './localTime';
import { occupancyOf, occupyingIn } from './occupancy';
import { rulesForRole } from './resolve';
import type { BookingRequest, EngineRoom, Occupant } from './types';

/**
 * What a door tablet can offer a visitor right now: "book 15 / 30 / 60 minutes", each cut to the
 * next occupant (minus our after-buffer) and to closing time. Every offer is checked by the engine
 * as a walk-up, so tapping it is accepted unless the room changes in between.
 */
export interface WalkUpOffer {
  minutes: number;
  end: Date;
  /** True when the end was cut short by the next occupant or closing time. */
  isCut: boolean;
}

export interface WalkUpOptions {
  /** The latest a walk-up starting now may end (next occupant or closing); null when open-ended or nothing is offered. */
  freeUntil: Date | null;
  offers: WalkUpOffer[];
}

export interface WalkUpQuery {
  room: EngineRoom;
  existing: readonly Occupant[];
  actor: { userId: string; role: Role };
  organizerId?: string;
  organizerActiveCount?: number;
  wantedMin?: readonly number[];
}

function latestEnd(q: WalkUpQuery, now: number): number | null {
  const rules = rulesForRole(q.room.rules, q.actor.role);
  const after = rules.bufferMin.after * MINUTE;
  const nexts = occupyingIn(q.existing, q.room.id, now)
    .map((o) => occupancyOf(o).start - after)
    .filter((t) => t > now);
  const horizon = now + 7 * DAY;
  const span = workingSpans(rules, q.room.timeZone, now, horizon, true).find((s) => s.start <= now && now < s.end);
  const closing = span && span.end < horizon ? [span.end] : [];
  const limits = [...nexts, ...closing];
  return limits.length ? Math.min(...limits) : null;
}

export function walkUpOptions(q: WalkUpQuery, now: Date): WalkUpOptions {
  const t = now.getTime();
  const limit = latestEnd(q, t);
  const offers: WalkUpOffer[] = [];
  for (const minutes of q.wantedMin ?? [15, 30, 60]) {
    const wanted = t + minutes * MINUTE;
    const end = limit === null ? wanted : Math.min(wanted, limit);
    if (offers.some((o) => o.end.getTime() === end)) continue;
    const request: BookingRequest = {
      roomId: q.room.id,
      start: now,
      end: new Date(end),
      organizerId: q.organizerId ?? q.actor.userId,
      actor: q.actor,
      attendeeCount: 1,
      isWalkUp: true,
      organizerActiveCount: q.organizerActiveCount ?? 0,
    };
    if (assess(q.room, q.existing, request, t).violations.length === 0) {
      offers.push({ minutes: Math.round((end - t) / MINUTE), end: new Date(end), isCut: end < wanted });
    }
  }
  return { freeUntil: limit === null || offers.length === 0 ? null : new Date(limit), offers };
}
