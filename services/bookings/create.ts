import { Op, type Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { BookingOutcome, ZCreateBookingInput } from '../../core/contract/bookings';
import { forbidden } from '../../core/errors';
import type { Acceptance, Occupant } from '../../core/rules';
import type { Booking } from '../../db';
import type { Ctx } from '../context';
import { mutate, type AuditNote, type Change, type MutationResult } from '../mutate';
import { expireStaleHolds } from './advance';
import { judge, refusalFor, withOverlapExplained, type Proposal } from './decide';
import { loadRoomFor, type LoadedRoom, ensureRuleVersion } from './load';
import { bookingChange, bookingFacts, notify } from './notify';
import { actorOf, organizerFor, type Actor } from './policy';
import { headcount, insertBooking, normalizeAttendees, updateBookingRow, type BookingRecord } from './rows';
import { toMessage } from './refusal';
import { toBookingView, viewsOf } from './view';

export type CreateInput = z.output<typeof ZCreateBookingInput>;

/**
 * Displaced bookings (a priority override) are cancelled, their organizers told, and audited —
 * before the new booking takes their place, so the store's no-overlap constraint never sees both.
 */
export async function displace(
  ctx: Ctx,
  transaction: Transaction,
  displaced: readonly Occupant[],
  byId: string,
  reason: string,
  officeId: string,
): Promise<{ rows: Booking[]; audit: AuditNote[]; changes: Change[] }> {
  if (displaced.length === 0) return { rows: [], audit: [], changes: [] };
  const rows = await ctx.store.db.models.Booking.findAll({
    where: { id: { [Op.in]: displaced.map((o) => o.id) } },
    transaction,
  });
  const audit: AuditNote[] = [];
  for (const row of rows) {
    await updateBookingRow(ctx, transaction, row, { status: 'cancelled', cancelReason: `Displaced by a priority booking: ${reason}` });
    await notify(ctx, transaction, [row.organizerId], 'booking.displaced', bookingFacts(row, { byBookingId: byId, reason }));
    audit.push({ action: 'booking.displaced', entityType: 'booking', entityId: row.id, reason, data: { byBookingId: byId } });
  }
  return { rows, audit, changes: rows.map((r) => bookingChange(r.id, officeId)) };
}

/** What an accepted decision means for the row: status, hold, buffers, the rules version. */
export const acceptedFields = (decision: Acceptance, room: LoadedRoom) => ({
  status: decision.status,
  holdExpiresAt: decision.holdExpiresAt,
  bufferBeforeMin: decision.bufferBeforeMin,
  bufferAfterMin: decision.bufferAfterMin,
  ruleVersionId: room.ruleVersionId,
});

export const ruleVersionsData = (room: LoadedRoom) => ({
  ruleVersions: {
    global: room.versions.global?.id ?? null,
    office: room.versions.office?.id ?? null,
    room: room.versions.room?.id ?? null,
  },
});

/** The new row's fields from the request and the engine's acceptance. */
const newRow = (id: string, actor: Actor, input: CreateInput, p: Proposal, decision: Acceptance) => ({
  id,
  roomId: p.room.engine.id,
  organizerId: p.organizerId,
  createdById: actor.userId ?? p.organizerId,
  title: input.title,
  description: input.description ?? '',
  isPrivate: input.isPrivate ?? false,
  startAt: p.start,
  endAt: p.end,
  source: input.source ?? (actor.deviceId ? ('kiosk' as const) : ('console' as const)),
  ...acceptedFields(decision, p.room),
});

/** The audit trail of a create: the booking with its rule versions, and an override with its reason. */
function createAudit(row: BookingRecord, room: LoadedRoom, override: CreateInput['override'], displacedIds: string[]): AuditNote[] {
  const audit: AuditNote[] = [
    { action: 'booking.create', entityType: 'booking', entityId: row.id, data: { ...bookingFacts(row), ...ruleVersionsData(room) } },
  ];
  if (override && displacedIds.length) {
    const data = { displaced: displacedIds };
    audit.push({ action: 'booking.override', entityType: 'booking', entityId: row.id, reason: override.reason, data });
  }
  return audit;
}

async function writeNew(
  ctx: Ctx,
  t: Transaction,
  actor: Actor,
  input: CreateInput,
  p: Proposal,
): Promise<MutationResult<BookingOutcome>> {
  const verdict = await judge(ctx, p, t);
  if (!verdict.decision.ok) throw await refusalFor(ctx, p, verdict, t);
  const decision = verdict.decision;
  const officeId = p.room.engine.officeId;
  await ensureRuleVersion(ctx.store.db, p.room, ctx.now, t);
  const stale = await expireStaleHolds(ctx, t, verdict.occupants, officeId);
  const attendees = normalizeAttendees(p.organizerId, input.attendeeIds, input.attendeeEmails);
  const id = uuidv7();
  const pushed = await displace(ctx, t, decision.displaced, id, input.override?.reason ?? '', officeId);
  const row = await insertBooking(ctx, t, newRow(id, actor, input, p, decision), attendees);
  const audit = [...stale.audit, ...createAudit(row, p.room, input.override, pushed.rows.map((r) => r.id)), ...pushed.audit];
  const value: BookingOutcome = {
    booking: toBookingView(row, attendees, officeId, actor),
    notes: decision.ruleNotes.map(toMessage),
    displaced: await viewsOf(ctx.store.db, pushed.rows, actor, t),
    alsoChanged: [],
  };
  return { value, audit, changes: [...stale.changes, bookingChange(row.id, officeId), ...pushed.changes] };
}

/** A door tablet books walk-ups only (and only its own room: `loadRoomFor`). */
function checkDevice(actor: Actor, input: CreateInput): void {
  if (actor.deviceId !== null && !input.isWalkUp) throw forbidden('A door tablet books walk-ups only.');
}

export function proposalFor(actor: Actor, room: LoadedRoom, input: CreateInput, organizerId: string): Proposal {
  const attendees = normalizeAttendees(organizerId, input.attendeeIds, input.attendeeEmails);
  return {
    room,
    start: new Date(input.start),
    end: new Date(input.end),
    organizerId,
    actor,
    attendeeCount: headcount(attendees),
    amenities: input.amenities,
    isWalkUp: input.isWalkUp,
    override: input.override,
  };
}

export async function createBooking(ctx: Ctx, input: CreateInput): Promise<BookingOutcome> {
  const actor = actorOf(ctx);
  checkDevice(actor, input);
  const organizerId = organizerFor(actor, input.organizerId);
  let proposal: Proposal | null = null;
  return withOverlapExplained(
    ctx,
    () =>
      mutate(ctx, async (t) => {
        const room = await loadRoomFor(ctx, input.roomId, t);
        proposal = proposalFor(actor, room, input, organizerId);
        return writeNew(ctx, t, actor, input, proposal);
      }),
    () => (proposal ? [proposal] : []),
  );
}
