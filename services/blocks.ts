import { Op, type Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { BlockView, ZBlockOutcome, ZCreateBlockInput, ZListBlocksInput } from '../core/contract/blocks';
import type { Handlers } from '../core/dispatcher';
import { AppError, forbidden, notFound } from '../core/errors';
import { expandSeries } from '../core/rules';
import type { Block, Booking } from '../db';
import { isAdmin, requireRoomAccess, scheduleVisibility } from './access';
import { loadRoomFor, MINUTE, occupyingBookings } from './bookings/load';
import { bookingChange, bookingFacts, notify } from './bookings/notify';
import { actorOf, requireStaff, type Actor } from './bookings/policy';
import { updateBookingRow } from './bookings/rows';
import { boundedRRule } from './bookings/seriesCreate';
import { viewsOf } from './bookings/view';
import type { Ctx } from './context';
import { mutate, type AuditNote, type Change } from './mutate';

/**
 * Blocks: room maintenance (facility staff of the office; bookings under it are reported, and
 * cancelled only with `cancelConflicting`) and a person's own unavailability (anyone signed in).
 */
type BlockHandlers = Pick<Handlers<Ctx>, 'blocks.create' | 'blocks.remove' | 'blocks.list'>;
type CreateInput = z.output<typeof ZCreateBlockInput>;
type Outcome = z.input<typeof ZBlockOutcome>;

export const toBlockView = (b: Pick<Block, 'id' | 'roomId' | 'userId' | 'startAt' | 'endAt' | 'reason' | 'createdById'>, showReason = true): BlockView => ({
  id: b.id,
  roomId: b.roomId ?? null,
  userId: b.userId ?? null,
  start: new Date(b.startAt).toISOString(),
  end: new Date(b.endAt).toISOString(),
  reason: showReason ? (b.reason ?? '') : '',
  createdById: b.createdById ?? null,
});

interface Span {
  start: Date;
  end: Date;
}

function spansOf(input: CreateInput, timeZone: string): Span[] {
  const start = new Date(input.start);
  const end = new Date(input.end);
  if (end <= start) throw new AppError('VALIDATION', 'A block must end after it starts.', { key: 'errors.blockEndsBeforeStart' });
  if (!input.rrule) return [{ start, end }];
  const durationMin = Math.round((end.getTime() - start.getTime()) / MINUTE);
  const spec = { rrule: boundedRRule(input.rrule), firstStart: start, timeZone, durationMin };
  return expandSeries(spec, start, new Date(start.getTime() + 3660 * 24 * 60 * MINUTE));
}

async function insertBlocks(ctx: Ctx, t: Transaction, owner: { roomId: string | null; userId: string | null }, spans: Span[], reason: string, actor: Actor) {
  const rows = spans.map((s) => ({
    id: uuidv7(),
    ...owner,
    startAt: s.start,
    endAt: s.end,
    reason,
    createdById: actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }));
  return ctx.store.db.models.Block.bulkCreate(rows, { transaction: t });
}

async function cancelUnder(ctx: Ctx, t: Transaction, rows: Booking[], reason: string, officeId: string) {
  const why = reason ? `The room is blocked: ${reason}` : 'The room is blocked.';
  const audit: AuditNote[] = [];
  const changes: Change[] = [];
  for (const row of rows) {
    await updateBookingRow(ctx, t, row, { status: 'cancelled', cancelReason: why });
    await notify(ctx, t, [row.organizerId], 'booking.cancelled', bookingFacts(row, { reason: why }));
    audit.push({ action: 'booking.cancel', entityType: 'booking', entityId: row.id, reason: why, data: { byBlock: true } });
    changes.push(bookingChange(row.id, officeId));
  }
  return { audit, changes };
}

async function createRoomBlock(ctx: Ctx, t: Transaction, actor: Actor, input: CreateInput, roomId: string) {
  const room = await loadRoomFor(ctx, roomId, t);
  const officeId = room.engine.officeId;
  requireStaff(actor, officeId, 'block a room');
  const reason = input.reason ?? '';
  const spans = spansOf(input, room.engine.timeZone);
  const blocks = await insertBlocks(ctx, t, { roomId, userId: null }, spans, reason, actor);
  const found = new Map<string, Booking>();
  for (const s of spans) {
    for (const b of await occupyingBookings(ctx.store.db, [roomId], s.start.getTime(), s.end.getTime(), t)) found.set(b.id, b);
  }
  const conflicts = [...found.values()].sort((a, b) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime());
  const conflictViews = await viewsOf(ctx.store.db, conflicts, actor, t);
  const cancelled = input.cancelConflicting ? await cancelUnder(ctx, t, conflicts, reason, officeId) : { audit: [], changes: [] };
  const value: Outcome = {
    blocks: blocks.map((b) => toBlockView(b)),
    conflicts: conflictViews,
    cancelled: input.cancelConflicting ? await viewsOf(ctx.store.db, conflicts, actor, t) : [],
  };
  const audit: AuditNote[] = [
    ...blocks.map((b) => ({ action: 'block.create', entityType: 'block', entityId: b.id, reason, data: { roomId, conflicts: conflicts.map((c) => c.id) } })),
    ...cancelled.audit,
  ];
  const changes: Change[] = [...blocks.map((b) => ({ entity: 'block', id: b.id, officeId, op: 'upsert' as const })), ...cancelled.changes];
  return { value, audit, changes };
}

async function createOwnBlock(ctx: Ctx, t: Transaction, actor: Actor, input: CreateInput) {
  if (!actor.userId) throw forbidden('A door tablet cannot block a calendar.');
  const user = await ctx.store.db.models.User.findByPk(actor.userId, { transaction: t });
  const office = user?.officeId ? await ctx.store.db.models.Office.findByPk(user.officeId, { transaction: t }) : null;
  const spans = spansOf(input, office?.timeZone ?? 'UTC');
  const blocks = await insertBlocks(ctx, t, { roomId: null, userId: actor.userId }, spans, input.reason ?? '', actor);
  const value: Outcome = { blocks: blocks.map((b) => toBlockView(b)), conflicts: [], cancelled: [] };
  const audit = blocks.map((b) => ({ action: 'block.create', entityType: 'block', entityId: b.id, data: { userId: actor.userId } }));
  return { value, audit, changes: blocks.map((b) => ({ entity: 'block', id: b.id, officeId: office?.id ?? null, op: 'upsert' as const })) };
}

async function removeBlock(ctx: Ctx, id: string): Promise<BlockView> {
  const actor = actorOf(ctx);
  return mutate(ctx, async (t) => {
    const block = await ctx.store.db.models.Block.findByPk(id, { transaction: t });
    if (!block) throw notFound('Block', id);
    let officeId: string | null = null;
    if (block.roomId) {
      const room = await requireRoomAccess(ctx, block.roomId, t);
      officeId = room.officeId;
      requireStaff(actor, officeId, 'remove a room block');
    } else if (block.userId !== actor.userId && !isAdmin(actor.caller)) {
      throw forbidden("You may not remove someone else's block.");
    }
    const view = toBlockView(block);
    await block.destroy({ transaction: t });
    return {
      value: view,
      audit: [{ action: 'block.remove', entityType: 'block', entityId: id, data: view }],
      changes: [{ entity: 'block', id, officeId, op: 'delete' }],
    };
  });
}

async function listBlocks(ctx: Ctx, input: z.output<typeof ZListBlocksInput>) {
  const actor = actorOf(ctx);
  const roomId = actor.deviceRoomId ?? input.roomId;
  const where = {
    ...(roomId ? { roomId } : {}),
    ...(input.userId && !actor.deviceRoomId ? { userId: input.userId } : {}),
    startAt: { [Op.lt]: new Date(input.to) },
    endAt: { [Op.gt]: new Date(input.from) },
  };
  const rows = await ctx.store.db.models.Block.findAll({ where, order: [['startAt', 'ASC']], limit: 2000 });
  const owners = await ctx.store.db.models.User.findAll({ where: { id: { [Op.in]: rows.flatMap((r) => (r.userId ? [r.userId] : [])) } } });
  const full = (userId: string) => {
    const person = owners.find((u) => u.id === userId);
    return person ? scheduleVisibility(actor.caller, person) === 'full' : false;
  };
  return rows.map((b) => toBlockView(b, !b.userId || full(b.userId)));
}

export const blockHandlers: BlockHandlers = {
  'blocks.create': (ctx, input) => {
    const actor = actorOf(ctx);
    return mutate(ctx, (t) => (input.roomId ? createRoomBlock(ctx, t, actor, input, input.roomId) : createOwnBlock(ctx, t, actor, input)));
  },
  'blocks.remove': (ctx, input) => removeBlock(ctx, input.id),
  'blocks.list': listBlocks,
};
