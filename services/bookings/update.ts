import type { Transaction } from 'sequelize';
import type { z } from 'zod';
import type { BookingOutcome, ZUpdateBookingInput } from '../../core/contract/bookings';
import { canReschedule, isChangeAllowed, rulesForRole, type RuleNote } from '../../core/rules';
import type { Booking } from '../../db';
import type { Ctx } from '../context';
import { mutate, type AuditNote, type Change, type MutationResult } from '../mutate';
import { expireStaleHolds } from './advance';
import { acceptedFields, displace, ruleVersionsData } from './create';
import { judge, refusalFor, withOverlapExplained, type Proposal } from './decide';
import { loadBooking, loadRoom, loadRoomFor, type LoadedRoom, ensureRuleVersion } from './load';
import { bookingChange, bookingFacts, notify } from './notify';
import { actorOf, factsOf, requireChange, type Actor } from './policy';
import { lifecycleError, refusalError, toMessage } from './refusal';
import { headcount, normalizeAttendees, replaceAttendees, updateBookingRow, type BookingChanges } from './rows';
import { attendeesOf, viewOf, viewsOf, type Attendees } from './view';
import { updateFollowing } from './series';

export type UpdateInput = z.output<typeof ZUpdateBookingInput>;

/** A booking with what the record rules and the engine need about it. */
export interface Held {
  row: Booking;
  attendees: Attendees;
  room: LoadedRoom;
}

export async function hold(ctx: Ctx, actor: Actor, id: string, verb: string, t: Transaction): Promise<Held> {
  const row = await loadBooking(ctx.store.db, id, t);
  const attendees = (await attendeesOf(ctx.store.db, [id], t)).get(id)!;
  const room = await loadRoom(ctx.store.db, row.roomId, t);
  requireChange(actor, factsOf(row, room.engine.officeId, attendees.ids), verb);
  return { row, attendees, room };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The fields an update really changes, and their new values. */
export function changesOf(held: Held, input: UpdateInput) {
  const { row } = held;
  const at = (x: string | undefined, current: Date) => (x === undefined ? new Date(current) : new Date(x));
  const start = at(input.start, row.startAt);
  const end = at(input.end, row.endAt);
  const next = normalizeAttendees(
    row.organizerId,
    input.attendeeIds ?? held.attendees.ids,
    input.attendeeEmails ?? held.attendees.emails,
  );
  const changed: string[] = [];
  if (input.roomId !== undefined && input.roomId !== row.roomId) changed.push('roomId');
  if (start.getTime() !== new Date(row.startAt).getTime()) changed.push('start');
  if (end.getTime() !== new Date(row.endAt).getTime()) changed.push('end');
  for (const f of ['title', 'description', 'isPrivate'] as const) {
    if (input[f] !== undefined && input[f] !== row[f]) changed.push(f);
  }
  if (!sameSet(next.ids, held.attendees.ids) || !sameSet(next.emails, held.attendees.emails)) changed.push('attendees');
  const moves = changed.some((f) => f === 'roomId' || f === 'start' || f === 'end');
  return { changed, start, end, attendees: next, moves, roomId: input.roomId ?? row.roomId };
}

/** Frozen before the start, only the description once begun, nothing once over. */
export function checkScope(ctx: Ctx, actor: Actor, held: Held, changed: readonly string[]): void {
  const r = held.row;
  const rules = rulesForRole(held.room.engine.rules, actor.role);
  const life = { id: r.id, start: new Date(r.startAt), end: new Date(r.endAt), status: r.status };
  const scope = canReschedule(life, rules, ctx.now);
  if (!isChangeAllowed(scope.scope, changed) && scope.violation) throw lifecycleError(scope.violation);
}

function capacityCheck(room: LoadedRoom, attendees: Attendees): void {
  const n = headcount(attendees);
  if (n <= room.engine.capacity) return;
  const name = room.engine.name;
  const message = `${name} seats ${room.engine.capacity}; this meeting has ${n} attendees.`;
  const params = { room: name, capacity: room.engine.capacity, attendees: n };
  throw refusalError([{ code: 'overCapacity', message, key: 'rules.overCapacity', params }]);
}

export const detailFields = (input: UpdateInput): BookingChanges => ({
  ...(input.title !== undefined ? { title: input.title } : {}),
  ...(input.description !== undefined ? { description: input.description } : {}),
  ...(input.isPrivate !== undefined ? { isPrivate: input.isPrivate } : {}),
});

interface Moved {
  room: LoadedRoom;
  fields: BookingChanges;
  notes: RuleNote[];
  displaced: Booking[];
  audit: AuditNote[];
  changes: Change[];
}

async function move(ctx: Ctx, t: Transaction, p: Proposal, held: Held, input: UpdateInput): Promise<Moved> {
  const verdict = await judge(ctx, p, t);
  if (!verdict.decision.ok) throw await refusalFor(ctx, p, verdict, t);
  const officeId = p.room.engine.officeId;
  await ensureRuleVersion(ctx.store.db, p.room, ctx.now, t);
  const stale = await expireStaleHolds(ctx, t, verdict.occupants, officeId);
  const reason = input.override?.reason ?? '';
  const pushed = await displace(ctx, t, verdict.decision.displaced, held.row.id, reason, officeId);
  const fields: BookingChanges = {
    roomId: p.room.engine.id,
    startAt: p.start,
    endAt: p.end,
    checkInAt: null,
    ...acceptedFields(verdict.decision, p.room),
  };
  const audit = [...stale.audit, ...pushed.audit];
  if (input.override && pushed.rows.length) {
    const data = { displaced: pushed.rows.map((r) => r.id) };
    audit.push({ action: 'booking.override', entityType: 'booking', entityId: held.row.id, reason, data });
  }
  const changes = [...stale.changes, ...pushed.changes];
  return { room: p.room, fields, notes: verdict.decision.ruleNotes, displaced: pushed.rows, audit, changes };
}

type Plan = ReturnType<typeof changesOf>;

/** A new time or room: judged as if new (ignoring itself); otherwise only the seats are checked. */
async function moveIfNeeded(ctx: Ctx, t: Transaction, actor: Actor, held: Held, plan: Plan, input: UpdateInput, keep: (p: Proposal) => void) {
  if (!plan.moves) {
    if (plan.changed.includes('attendees')) capacityCheck(held.room, plan.attendees);
    return null;
  }
  const sameRoom = plan.roomId === held.row.roomId;
  const target = sameRoom ? held.room : await loadRoomFor(ctx, plan.roomId, t);
  const p: Proposal = {
    room: target,
    start: plan.start,
    end: plan.end,
    organizerId: held.row.organizerId,
    actor,
    attendeeCount: headcount(plan.attendees),
    ignoreBookingId: held.row.id,
    override: input.override,
  };
  keep(p);
  return move(ctx, t, p, held, input);
}

async function writeUpdate(
  ctx: Ctx,
  t: Transaction,
  actor: Actor,
  input: UpdateInput,
  keep: (p: Proposal) => void,
): Promise<MutationResult<BookingOutcome>> {
  const { db } = ctx.store;
  const held = await hold(ctx, actor, input.id, 'change', t);
  const plan = changesOf(held, input);
  if (plan.changed.length === 0) {
    return { value: { booking: await viewOf(db, held.row, actor, t), notes: [], displaced: [], alsoChanged: [] } };
  }
  checkScope(ctx, actor, held, plan.changed);
  const before = bookingFacts(held.row);
  const moved = await moveIfNeeded(ctx, t, actor, held, plan, input, keep);
  await updateBookingRow(ctx, t, held.row, { ...detailFields(input), ...(moved?.fields ?? {}) });
  if (plan.changed.includes('attendees')) await replaceAttendees(ctx, t, held.row.id, plan.attendees);
  const told = plan.moves ? [held.row.organizerId, ...plan.attendees.ids] : [held.row.organizerId];
  await notify(ctx, t, told, 'booking.changed', bookingFacts(held.row, { before, changed: plan.changed }));
  const data = { changed: plan.changed, before, after: bookingFacts(held.row), ...(moved ? ruleVersionsData(moved.room) : {}) };
  const audit: AuditNote[] = [
    { action: 'booking.update', entityType: 'booking', entityId: held.row.id, reason: input.override?.reason ?? null, data },
    ...(moved?.audit ?? []),
  ];
  const value: BookingOutcome = {
    booking: await viewOf(db, held.row, actor, t),
    notes: (moved?.notes ?? []).map(toMessage),
    displaced: await viewsOf(db, moved?.displaced ?? [], actor, t),
    alsoChanged: [],
  };
  const officeId = (moved?.room ?? held.room).engine.officeId;
  return { value, audit, changes: [bookingChange(held.row.id, officeId), ...(moved?.changes ?? [])] };
}

export async function updateBooking(ctx: Ctx, input: UpdateInput): Promise<BookingOutcome> {
  const actor = actorOf(ctx);
  if (input.applyTo === 'following') return updateFollowing(ctx, actor, input);
  let proposal: Proposal | null = null;
  return withOverlapExplained(
    ctx,
    () => mutate(ctx, (t) => writeUpdate(ctx, t, actor, input, (p) => (proposal = p))),
    () => (proposal ? [proposal] : []),
  );
}
