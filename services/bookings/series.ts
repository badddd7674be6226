import { Op, type Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { BookingOutcome } from '../../core/contract/bookings';
import { AppError } from '../../core/errors';
import { expandSeries } from '../../core/rules';
import type { Booking, BookingSeries } from '../../db';
import type { Ctx } from '../context';
import { mutate, type AuditNote } from '../mutate';
import { expireStaleHolds } from './advance';
import { acceptedFields } from './create';
import { withOverlapExplained, type Proposal } from './decide';
import { loadRoomFor, MINUTE, type LoadedRoom, ensureRuleVersion } from './load';
import { bookingChange, bookingFacts, notify } from './notify';
import type { Actor } from './policy';
import { headcount, replaceAttendees, updateBookingRow } from './rows';
import { judgeAll, seriesRefusal } from './seriesCreate';
import type { Held, UpdateInput } from './update';
import { changesOf, checkScope, detailFields, hold } from './update';
import { viewOf, viewsOf } from './view';

/**
 * "This and following": the occurrence and every later one change together; occurrences that were
 * moved on their own (exceptions) keep their times, cancelled ones stay cancelled. When earlier
 * occurrences remain, the series is split: the old one ends where the new one begins.
 */
const notInSeries = () =>
  new AppError('VALIDATION', 'This booking is not part of a series.', { key: 'errors.notInSeries' });

const isMoved = (r: Booking) =>
  r.recurrenceStart !== null && new Date(r.recurrenceStart).getTime() !== new Date(r.startAt).getTime();

async function seriesOf(ctx: Ctx, held: Held, t: Transaction) {
  const { seriesId, recurrenceStart } = held.row;
  if (!seriesId || !recurrenceStart) throw notInSeries();
  const series = await ctx.store.db.models.BookingSeries.findByPk(seriesId, { transaction: t });
  if (!series) throw notInSeries();
  const tail = await ctx.store.db.models.Booking.findAll({
    where: { seriesId, recurrenceStart: { [Op.gte]: recurrenceStart } },
    order: [['recurrenceStart', 'ASC']],
    transaction: t,
  });
  const t0 = ctx.now.getTime();
  const active = tail.filter((r) => ['pending', 'confirmed'].includes(r.status) && new Date(r.endAt).getTime() > t0);
  return { series, pivot: new Date(recurrenceStart), tail, active };
}

/** COUNT is rewritten for the new series: the occurrences the old rule still had from the pivot. */
function rruleFrom(series: BookingSeries, pivot: Date): string {
  const match = /COUNT=(\d+)/i.exec(series.rrule);
  if (!match) return series.rrule;
  const spec = { rrule: series.rrule, firstStart: new Date(series.firstStart), timeZone: series.timeZone, durationMin: series.durationMin };
  const before = expandSeries(spec, new Date(series.firstStart), pivot).length;
  return series.rrule.replace(/COUNT=\d+/i, `COUNT=${Math.max(1, Number(match[1]) - before)}`);
}

async function splitSeries(
  ctx: Ctx,
  t: Transaction,
  s: Awaited<ReturnType<typeof seriesOf>>,
  delta: number,
  durationMin: number,
  roomId: string,
): Promise<string> {
  const { series, pivot, tail } = s;
  const shift = (x: string) => new Date(new Date(x).getTime() + delta).toISOString();
  const exdates = series.exdates ?? [];
  const later = exdates.filter((x) => new Date(x) >= pivot).map(shift);
  const earlier = await ctx.store.db.models.Booking.count({
    where: { seriesId: series.id, recurrenceStart: { [Op.lt]: pivot } },
    transaction: t,
  });
  const firstStart = new Date(pivot.getTime() + delta);
  let seriesId = series.id;
  if (earlier === 0) {
    await series.update({ firstStart, durationMin, roomId, exdates: later, updatedAt: ctx.now }, { transaction: t, silent: true });
  } else {
    const fresh = await ctx.store.db.models.BookingSeries.create(
      { id: uuidv7(), roomId, organizerId: series.organizerId, rrule: rruleFrom(series, pivot), timeZone: series.timeZone, firstStart, durationMin, exdates: later, until: series.until, createdAt: ctx.now, updatedAt: ctx.now },
      { transaction: t, silent: true },
    );
    const kept = exdates.filter((x) => new Date(x) < pivot);
    await series.update({ until: pivot, exdates: kept, updatedAt: ctx.now }, { transaction: t, silent: true });
    seriesId = fresh.id;
  }
  for (const r of tail) {
    const recurrenceStart = new Date(new Date(r.recurrenceStart!).getTime() + delta);
    await updateBookingRow(ctx, t, r, { seriesId, recurrenceStart });
  }
  return seriesId;
}

/** New times for the regular occurrences, each judged; any refusal refuses the whole change. */
async function moveRegulars(ctx: Ctx, t: Transaction, actor: Actor, held: Held, regular: Booking[], room: LoadedRoom, delta: number, len: number) {
  const base = { room, organizerId: held.row.organizerId, actor, attendeeCount: headcount(held.attendees) };
  const proposals: Proposal[] = regular.map((r) => {
    const start = new Date(new Date(r.startAt).getTime() + delta);
    return { ...base, start, end: new Date(start.getTime() + len) };
  });
  const ids = new Set(regular.map((r) => r.id));
  const active = await ctx.store.db.models.Booking.count({
    where: { organizerId: held.row.organizerId, endAt: { [Op.gt]: ctx.now }, status: { [Op.in]: ['pending', 'confirmed'] }, id: { [Op.notIn]: [...ids] } },
    transaction: t,
  });
  const judged = await judgeAll(ctx, t, proposals, ids, active);
  await ensureRuleVersion(ctx.store.db, room, ctx.now, t);
  if (judged.skipped.length) throw seriesRefusal(judged.skipped, proposals.length);
  const stale = await expireStaleHolds(ctx, t, judged.occupants, room.engine.officeId);
  // Moving later, the last occurrence goes first (and moving earlier, the first), so that no row
  // ever lands on a neighbour's old place: the store's no-overlap constraint sees every step.
  const order = [...judged.accepted.entries()];
  if (delta > 0) order.reverse();
  for (const [i, { p, decision }] of order) {
    const fields = { roomId: room.engine.id, startAt: p.start, endAt: p.end, checkInAt: null, ...acceptedFields(decision, room) };
    await updateBookingRow(ctx, t, regular[i]!, fields);
  }
  return { proposals, stale };
}

async function writeFollowing(ctx: Ctx, t: Transaction, actor: Actor, input: UpdateInput, keep: (p: Proposal[]) => void) {
  const held = await hold(ctx, actor, input.id, 'change', t);
  const s = await seriesOf(ctx, held, t);
  const plan = changesOf(held, input);
  checkScope(ctx, actor, held, plan.changed);
  const regular = s.active.filter((r) => r.id === held.row.id || !isMoved(r));
  const audit: AuditNote[] = [];
  if (plan.moves) {
    const room = plan.roomId === held.row.roomId ? held.room : await loadRoomFor(ctx, plan.roomId, t);
    const delta = plan.start.getTime() - new Date(held.row.startAt).getTime();
    const len = plan.end.getTime() - plan.start.getTime();
    const moved = await moveRegulars(ctx, t, actor, held, regular, room, delta, len);
    keep(moved.proposals);
    audit.push(...moved.stale.audit);
    await splitSeries(ctx, t, s, delta, len / MINUTE, room.engine.id);
  }
  for (const r of s.active) {
    await updateBookingRow(ctx, t, r, detailFields(input));
    if (plan.changed.includes('attendees')) await replaceAttendees(ctx, t, r.id, plan.attendees);
  }
  const mine = s.active.find((r) => r.id === held.row.id) ?? held.row;
  const others = s.active.filter((r) => r.id !== held.row.id);
  await notify(ctx, t, [held.row.organizerId], 'booking.changed', bookingFacts(held.row, { changed: plan.changed, following: true }));
  audit.push({ action: 'series.update', entityType: 'series', entityId: s.series.id, data: { from: s.pivot.toISOString(), changed: plan.changed, bookings: s.active.map((r) => r.id) } });
  const value: BookingOutcome = {
    booking: await viewOf(ctx.store.db, mine, actor, t),
    notes: [],
    displaced: [],
    alsoChanged: await viewsOf(ctx.store.db, others, actor, t),
  };
  return { value, audit, changes: s.active.map((r) => bookingChange(r.id, held.room.engine.officeId)) };
}

export async function updateFollowing(ctx: Ctx, actor: Actor, input: UpdateInput): Promise<BookingOutcome> {
  if (input.override) {
    throw new AppError('VALIDATION', 'An override changes one booking at a time.', { key: 'errors.overrideOneAtATime' });
  }
  let proposals: Proposal[] = [];
  return withOverlapExplained(
    ctx,
    () => mutate(ctx, (t) => writeFollowing(ctx, t, actor, input, (p) => (proposals = p))),
    () => proposals,
  );
}

/** Cancels this occurrence and every later active one; the series ends at this occurrence. */
export async function cancelFollowing(ctx: Ctx, t: Transaction, actor: Actor, held: Held, reason: string | null) {
  const s = await seriesOf(ctx, held, t);
  for (const r of s.active) {
    await updateBookingRow(ctx, t, r, { status: 'cancelled', cancelReason: reason });
    await notify(ctx, t, [r.organizerId], 'booking.cancelled', bookingFacts(r, { reason }));
  }
  await s.series.update({ until: s.pivot, updatedAt: ctx.now }, { transaction: t, silent: true });
  return s.active;
}
