import type { Transaction } from 'sequelize';
import type { AppError } from '../../core/errors';
import {
  decide,
  evaluate,
  fitsRoom,
  rulesForRole,
  type Alternative,
  type BookingRequest,
  type Decision,
  type Occupant,
} from '../../core/rules';
import type { Ctx } from '../context';
import { activeCount, DAY, loadOccupants, loadOtherRooms, MINUTE, type LoadedRoom } from './load';
import type { Actor } from './policy';
import { isStoreOverlap, refusalError } from './refusal';

/**
 * One request judged by the engine over what the store holds: only the occupants of the request's
 * own window are loaded (an indexed range), and alternatives only when the answer is no.
 */
export interface Proposal {
  room: LoadedRoom;
  start: Date;
  end: Date;
  organizerId: string;
  actor: Actor;
  attendeeCount: number;
  amenities?: readonly string[] | undefined;
  isWalkUp?: boolean | undefined;
  isExtension?: boolean | undefined;
  ignoreBookingId?: string | undefined;
  override?: { reason: string } | undefined;
}

export interface Verdict {
  decision: Decision;
  occupants: Occupant[];
  request: BookingRequest;
}

/** How far around the request the same room is searched for an earlier or later slot. */
const SEARCH_WINDOW_MS = 7 * DAY;

export const buffersOf = (p: Proposal) => rulesForRole(p.room.engine.rules, p.actor.role).bufferMin;

export function requestOf(p: Proposal, organizerActiveCount: number): BookingRequest {
  return {
    roomId: p.room.engine.id,
    start: p.start,
    end: p.end,
    organizerId: p.organizerId,
    actor: { userId: p.actor.userId ?? p.organizerId, role: p.actor.role },
    attendeeCount: p.attendeeCount,
    amenities: [...(p.amenities ?? [])],
    ...(p.isWalkUp ? { isWalkUp: true } : {}),
    ...(p.isExtension ? { isExtension: true } : {}),
    ...(p.ignoreBookingId ? { ignoreBookingId: p.ignoreBookingId } : {}),
    ...(p.override ? { override: p.override } : {}),
    organizerActiveCount,
  };
}

export async function judge(ctx: Ctx, p: Proposal, transaction?: Transaction): Promise<Verdict> {
  const { db } = ctx.store;
  const buffers = buffersOf(p);
  // One minute more on each side: a walk-up may end exactly where the next occupancy begins.
  const from = p.start.getTime() - (buffers.before + 1) * MINUTE;
  const to = p.end.getTime() + (buffers.after + 1) * MINUTE;
  // One query at a time: a transaction is one connection.
  const occupants = await loadOccupants(db, [p.room.engine.id], from, to, transaction);
  const limit = rulesForRole(p.room.engine.rules, p.actor.role).maxActivePerUser;
  const count = await activeCount(db, p.organizerId, ctx.now, p.ignoreBookingId ?? null, transaction, limit);
  const request = requestOf(p, count);
  return { decision: decide({ room: p.room.engine, existing: occupants, request }, ctx.now), occupants, request };
}

/** Up to three alternatives, each inside the span whose occupants were loaded (so each holds). */
async function alternativesFor(ctx: Ctx, p: Proposal, request: BookingRequest, transaction?: Transaction) {
  if (p.isExtension) return [];
  const { db } = ctx.store;
  const buffers = buffersOf(p);
  const from = Math.max(ctx.now.getTime(), p.start.getTime() - SEARCH_WINDOW_MS);
  const to = p.end.getTime() + SEARCH_WINDOW_MS;
  const others = (await loadOtherRooms(db, p.room.row, transaction)).filter((c) => fitsRoom(c.engine, request));
  const existing = await loadOccupants(db, [p.room.engine.id], from, to, transaction);
  const otherIds = others.map((c) => c.engine.id);
  const otherOccupants = await loadOccupants(db, otherIds, p.start.getTime() - DAY, p.end.getTime() + DAY, transaction);
  const candidates = others.map((c) => ({
    room: c.engine,
    existing: otherOccupants.filter((o) => o.roomId === c.engine.id),
  }));
  const decision = evaluate({ room: p.room.engine, existing, request, candidates }, ctx.now);
  if (decision.ok) return [];
  const inside = (a: Alternative) =>
    a.kind === 'other_room' ||
    (a.start.getTime() - buffers.before * MINUTE >= from && a.end.getTime() + buffers.after * MINUTE <= to);
  return decision.alternatives.filter(inside);
}

/** The refusal for a refused verdict: every violation, and the alternatives. */
export async function refusalFor(ctx: Ctx, p: Proposal, verdict: Verdict, transaction?: Transaction): Promise<AppError> {
  if (verdict.decision.ok) throw new Error('refusalFor needs a refused verdict');
  const alternatives = await alternativesFor(ctx, p, verdict.request, transaction);
  return refusalError(verdict.decision.violations, alternatives);
}

/**
 * Runs a booking write; when the store itself refuses an overlap (PostgreSQL's exclusion
 * constraint: someone committed first), the engine is asked again over the committed data and its
 * refusal, with facts and alternatives, replaces the bare one. If the engine now sees no conflict
 * (the other write went away), the write is tried again.
 */
export async function withOverlapExplained<T>(
  ctx: Ctx,
  write: () => Promise<T>,
  proposals: () => readonly Proposal[],
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isStoreOverlap(error) || attempt >= attempts) throw error;
      for (const p of proposals()) {
        const verdict = await judge(ctx, p);
        if (!verdict.decision.ok) throw await refusalFor(ctx, p, verdict);
      }
    }
  }
}
