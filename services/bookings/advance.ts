import { Op, type Transaction } from 'sequelize';
import { advanceDecisions, type AdvanceDecision, type Occupant, type Rules } from '../../core/rules';
import type { Booking } from '../../db';
import type { Ctx, Logger, Store } from '../context';
import { mutate, type AuditNote, type Change } from '../mutate';
import { loadRooms, type LoadedRoom } from './load';
import { bookingChange, bookingFacts, notify } from './notify';

/**
 * The clock's step: pending bookings whose hold ran out expire, confirmed ones nobody checked in to
 * are released, past ones complete. The decisions are core/rules/lifecycle.ts's; here they are
 * applied in one write, with audit entries and notifications.
 */
export interface AdvanceSummary {
  expired: number;
  released: number;
  completed: number;
}

const systemCtx = (store: Store, now: Date): Ctx => ({ caller: null, now, store, requestId: `advance-${now.toISOString()}` });

async function roomsOf(ctx: Ctx, rows: readonly Booking[], transaction: Transaction): Promise<Map<string, LoadedRoom>> {
  const { Room } = ctx.store.db.models;
  const rooms = await Room.findAll({ where: { id: { [Op.in]: [...new Set(rows.map((r) => r.roomId))] } }, transaction });
  const byOffice = new Map<string, typeof rooms>();
  for (const room of rooms) byOffice.set(room.officeId, [...(byOffice.get(room.officeId) ?? []), room]);
  const loaded = new Map<string, LoadedRoom>();
  for (const group of byOffice.values()) {
    for (const room of await loadRooms(ctx.store.db, group, transaction)) loaded.set(room.engine.id, room);
  }
  return loaded;
}

const NOTICE = { expired: 'booking.expired', released: 'booking.released' } as const;

/** Applies lifecycle decisions to the rows they name: statuses, audit entries, notifications. */
export async function applyDecisions(
  ctx: Ctx,
  transaction: Transaction,
  rows: readonly Booking[],
  decisions: readonly AdvanceDecision[],
  officeOf: (roomId: string) => string | null,
): Promise<{ audit: AuditNote[]; changes: Change[] }> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const audit: AuditNote[] = [];
  const changes: Change[] = [];
  for (const status of ['expired', 'released', 'completed'] as const) {
    const chosen = decisions.filter((d) => d.status === status);
    if (chosen.length === 0) continue;
    const ids = chosen.map((d) => d.id);
    await ctx.store.db.models.Booking.update(
      { status, updatedAt: ctx.now },
      { where: { id: { [Op.in]: ids }, status: { [Op.in]: ['pending', 'confirmed'] } }, transaction, silent: true },
    );
    for (const d of chosen) {
      const row = byId.get(d.id)!;
      audit.push({ action: `booking.${status}`, entityType: 'booking', entityId: d.id, data: { at: d.at.toISOString() } });
      changes.push(bookingChange(d.id, officeOf(row.roomId)));
      if (status !== 'completed') await notify(ctx, transaction, [row.organizerId], NOTICE[status], bookingFacts(row));
    }
  }
  return { audit, changes };
}

/** Bookings the clock may move on at `now`, by the indexed (status, end_at) and start columns. */
function dueRows(ctx: Ctx, transaction: Transaction) {
  const now = ctx.now;
  return ctx.store.db.models.Booking.findAll({
    where: {
      [Op.or]: [
        { status: 'pending', [Op.or]: [{ holdExpiresAt: { [Op.lte]: now } }, { endAt: { [Op.lte]: now } }] },
        { status: 'confirmed', startAt: { [Op.lte]: now }, [Op.or]: [{ endAt: { [Op.lte]: now } }, { checkInAt: null }] },
      ],
    },
    transaction,
  });
}

export function advance(store: Store, now: Date): Promise<AdvanceSummary> {
  const ctx = systemCtx(store, now);
  return mutate(ctx, async (transaction) => {
    const rows = await dueRows(ctx, transaction);
    if (rows.length === 0) return { value: { expired: 0, released: 0, completed: 0 } };
    const rooms = await roomsOf(ctx, rows, transaction);
    const roomOfBooking = new Map(rows.map((r) => [r.id, r.roomId]));
    const rulesFor = (b: { id: string }): Rules => rooms.get(roomOfBooking.get(b.id)!)!.engine.rules;
    const lifecycle = rows.map((r) => ({
      id: r.id,
      start: new Date(r.startAt),
      end: new Date(r.endAt),
      status: r.status,
      holdExpiresAt: r.holdExpiresAt ? new Date(r.holdExpiresAt) : null,
      checkedInAt: r.checkInAt ? new Date(r.checkInAt) : null,
    }));
    const decisions = advanceDecisions(lifecycle, rulesFor, now);
    const { audit, changes } = await applyDecisions(ctx, transaction, rows, decisions, (id) => rooms.get(id)?.engine.officeId ?? null);
    const count = (s: string) => decisions.filter((d) => d.status === s).length;
    return { value: { expired: count('expired'), released: count('released'), completed: count('completed') }, audit, changes };
  });
}

/**
 * Pending bookings among `occupants` whose hold has run out no longer hold the room (the engine
 * ignores them); they are expired before a new booking takes their place, so that the store's own
 * no-overlap constraint agrees with the engine.
 */
export async function expireStaleHolds(
  ctx: Ctx,
  transaction: Transaction,
  occupants: readonly Occupant[],
  officeId: string | null,
) {
  const t = ctx.now.getTime();
  const stale = occupants.filter((o) => o.kind === 'booking' && o.status === 'pending' && o.holdExpiresAt && o.holdExpiresAt.getTime() <= t);
  if (stale.length === 0) return { audit: [], changes: [] };
  const rows = await ctx.store.db.models.Booking.findAll({ where: { id: { [Op.in]: stale.map((o) => o.id) } }, transaction });
  const decisions = stale.map((o) => ({ id: o.id, status: 'expired' as const, at: o.holdExpiresAt! }));
  return applyDecisions(ctx, transaction, rows, decisions, () => officeId);
}

/** Runs `advance` now and then every `intervalMs`; `stop()` ends it. Failures are logged, never thrown. */
export function startAdvancing(options: { store: Store; clock: () => Date; intervalMs?: number; log?: Logger }) {
  const { store, clock, log } = options;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = advance(store, clock()).catch((err: unknown) => (log ?? store.log).error({ err }, 'advance failed'));
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 30_000);
  timer.unref?.();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
