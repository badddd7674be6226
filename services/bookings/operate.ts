import type { Transaction } from 'sequelize';
import type { BookingOutcome, BookingView } from '../../core/contract/bookings';
import { AppError } from '../../core/errors';
import { canCheckIn, canReschedule, rulesForRole, type LifecycleViolation } from '../../core/rules';
import type { Ctx } from '../context';
import { mutate, type AuditNote } from '../mutate';
import { expireStaleHolds } from './advance';
import { judge, refusalFor, withOverlapExplained, type Proposal } from './decide';
import { loadBooking, loadRoom, type LoadedRoom } from './load';
import { bookingChange, bookingFacts, notify, type NotificationKind } from './notify';
import { actorOf, factsOf, requireCheckIn, requireDoor, requireStaff, type Actor } from './policy';
import { lifecycleError, refusalError, toMessage } from './refusal';
import { headcount, updateBookingRow, type BookingChanges } from './rows';
import { attendeesOf, viewOf, type Attendees } from './view';
import type { Booking } from '../../db';

/** After acceptance: approve or reject, check in, end early, extend. */

interface Loaded {
  row: Booking;
  attendees: Attendees;
  room: LoadedRoom;
}

async function load(ctx: Ctx, id: string, t: Transaction): Promise<Loaded> {
  const row = await loadBooking(ctx.store.db, id, t);
  const attendees = (await attendeesOf(ctx.store.db, [id], t)).get(id)!;
  const room = await loadRoom(ctx.store.db, row.roomId, t);
  return { row, attendees, room };
}

const facts = (l: Loaded) => factsOf(l.row, l.room.engine.officeId, l.attendees.ids);
const life = (r: Booking) => ({
  id: r.id,
  start: new Date(r.startAt),
  end: new Date(r.endAt),
  status: r.status,
  holdExpiresAt: r.holdExpiresAt ? new Date(r.holdExpiresAt) : null,
  checkedInAt: r.checkInAt ? new Date(r.checkInAt) : null,
});
const violation = (code: string, message: string, params: Record<string, string | number> = {}) => ({
  code,
  message,
  key: `rules.${code}`,
  params,
});

/** One write on one booking: load, check, change, audit, tell. */
async function change(
  ctx: Ctx,
  id: string,
  act: (l: Loaded, actor: Actor, t: Transaction) => Promise<{ fields: BookingChanges; audit: Omit<AuditNote, 'entityType' | 'entityId'>; tell?: NotificationKind }>,
): Promise<BookingView> {
  const actor = actorOf(ctx);
  return mutate(ctx, async (t) => {
    const l = await load(ctx, id, t);
    const { fields, audit, tell } = await act(l, actor, t);
    await updateBookingRow(ctx, t, l.row, fields);
    if (tell) await notify(ctx, t, [l.row.organizerId], tell, bookingFacts(l.row, { reason: audit.reason ?? null }));
    return {
      value: await viewOf(ctx.store.db, l.row, actor, t),
      audit: [{ ...audit, entityType: 'booking', entityId: id }],
      changes: [bookingChange(id, l.room.engine.officeId)],
    };
  });
}

function requirePending(l: Loaded, now: Date): void {
  const r = l.row;
  if (r.status !== 'pending') {
    throw refusalError([violation('notPending', `Only pending bookings can be approved or rejected; this one is ${r.status}.`, { status: r.status })]);
  }
  const hold = Math.min(r.holdExpiresAt ? new Date(r.holdExpiresAt).getTime() : Infinity, new Date(r.endAt).getTime());
  if (hold <= now.getTime()) {
    throw refusalError([violation('holdExpired', `The hold ran out at ${new Date(hold).toISOString()}; the booking has expired.`)]);
  }
}

export const approveBooking = (ctx: Ctx, id: string, reason?: string) =>
  change(ctx, id, async (l, actor) => {
    requireStaff(actor, l.room.engine.officeId, 'approve bookings');
    requirePending(l, ctx.now);
    return { fields: { status: 'confirmed', holdExpiresAt: null }, audit: { action: 'booking.approve', reason: reason || null }, tell: 'booking.approved' };
  });

export const rejectBooking = (ctx: Ctx, id: string, reason?: string) =>
  change(ctx, id, async (l, actor) => {
    requireStaff(actor, l.room.engine.officeId, 'reject bookings');
    requirePending(l, ctx.now);
    const why = reason || null;
    return { fields: { status: 'rejected', cancelReason: why }, audit: { action: 'booking.reject', reason: why }, tell: 'booking.rejected' };
  });

export const checkInBooking = (ctx: Ctx, id: string) =>
  change(ctx, id, async (l, actor) => {
    requireCheckIn(actor, facts(l));
    const refusal: LifecycleViolation | null = canCheckIn(life(l.row), l.room.engine.rules, ctx.now);
    if (refusal) throw lifecycleError(refusal);
    return { fields: { checkInAt: ctx.now }, audit: { action: 'booking.checkIn' } };
  });

export const endBooking = (ctx: Ctx, id: string) =>
  change(ctx, id, async (l, actor) => {
    requireDoor(actor, facts(l), 'end');
    const r = l.row;
    if (r.status !== 'confirmed') {
      throw refusalError([violation('notConfirmed', `Only a confirmed meeting can be ended; this one is ${r.status}.`, { status: r.status })]);
    }
    const t = ctx.now.getTime();
    if (t >= new Date(r.endAt).getTime()) throw refusalError([violation('alreadyEnded', 'The meeting has already ended.')]);
    if (t <= new Date(r.startAt).getTime()) {
      throw refusalError([violation('notStarted', 'The meeting has not begun; cancel it instead.')]);
    }
    const data = { originalEnd: new Date(r.endAt).toISOString() };
    return { fields: { endAt: ctx.now, status: 'completed', checkInAt: r.checkInAt ?? ctx.now }, audit: { action: 'booking.end', data } };
  });

async function writeExtend(ctx: Ctx, t: Transaction, actor: Actor, id: string, end: Date, keep: (p: Proposal) => void) {
  const l = await load(ctx, id, t);
  requireDoor(actor, facts(l), 'extend');
  const r = l.row;
  const scope = canReschedule(life(r), rulesForRole(l.room.engine.rules, actor.role), ctx.now);
  if (scope.scope === 'none' || scope.scope === 'detailsOnly') throw lifecycleError(scope.violation!);
  if (end.getTime() <= new Date(r.endAt).getTime()) {
    throw new AppError('VALIDATION', 'The new end must be later than the current end.', { key: 'errors.extendNotLater' });
  }
  const p: Proposal = {
    room: l.room,
    start: new Date(r.startAt),
    end,
    organizerId: r.organizerId,
    actor,
    attendeeCount: headcount(l.attendees),
    isExtension: true,
    ignoreBookingId: r.id,
  };
  keep(p);
  const verdict = await judge(ctx, p, t);
  if (!verdict.decision.ok) throw await refusalFor(ctx, p, verdict, t);
  const stale = await expireStaleHolds(ctx, t, verdict.occupants, l.room.engine.officeId);
  const before = new Date(r.endAt).toISOString();
  // An extension keeps the booking's status: a confirmed meeting does not wait for approval again.
  await updateBookingRow(ctx, t, r, { endAt: end, bufferAfterMin: verdict.decision.bufferAfterMin });
  const value: BookingOutcome = { booking: await viewOf(ctx.store.db, r, actor, t), notes: verdict.decision.ruleNotes.map(toMessage), displaced: [], alsoChanged: [] };
  const audit: AuditNote[] = [...stale.audit, { action: 'booking.extend', entityType: 'booking', entityId: id, data: { before, after: end.toISOString() } }];
  return { value, audit, changes: [...stale.changes, bookingChange(id, l.room.engine.officeId)] };
}

export function extendBooking(ctx: Ctx, id: string, end: Date): Promise<BookingOutcome> {
  const actor = actorOf(ctx);
  let proposal: Proposal | null = null;
  return withOverlapExplained(
    ctx,
    () => mutate(ctx, (t) => writeExtend(ctx, t, actor, id, end, (p) => (proposal = p))),
    () => (proposal ? [proposal] : []),
  );
}
