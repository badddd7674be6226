import { Op, type Transaction } from 'sequelize';
import type { z } from 'zod';
import type { ZRulesPreview } from '../../core/contract/rules';
import type { Role } from '../../core/domain';
import { decide, type EngineRoom, type Occupant, type RulesPatch } from '../../core/rules';
import { scopeKeyOf, type Booking, type Db, type Room, type RuleSet } from '../../db';
import type { Ctx } from '../context';
import { loadOccupants } from './load';
import { actorOf } from './policy';
import { toMessage } from './refusal';
import { effectiveRules, latestVersions, versionsFor, type OfficeCalendar, type ScopeVersions } from './ruleLayers';
import { attendeesOf, viewsOf } from './view';

/**
 * What a proposed rule change would break: every future pending or confirmed booking under the
 * scope is judged again as if it were new under the proposed rules (ignoring itself), by the
 * role of the person who made it. The checks about the moment of booking (past, notice, horizon,
 * active count) are left out: they held when it was made.
 */
export interface RuleTarget {
  scope: 'global' | 'office' | 'room';
  officeId: string | null;
  roomId: string | null;
}

const MOMENT_CODES = new Set(['inPast', 'minNotice', 'beyondHorizon', 'tooManyActive']);

/** A proposed patch in place of a scope's latest version (its id keeps cached results apart). */
export function withProposal(versions: ScopeVersions, scope: RuleTarget['scope'], patch: RulesPatch): ScopeVersions {
  const proposed = { id: `proposed:${JSON.stringify(patch)}`, rules: patch } as unknown as RuleSet;
  return { ...versions, [scope]: proposed };
}

async function roomsUnder(db: Db, target: RuleTarget, transaction?: Transaction): Promise<Room[]> {
  const where = target.roomId ? { id: target.roomId } : target.officeId ? { officeId: target.officeId } : {};
  return db.models.Room.findAll({ where: { ...where, status: { [Op.ne]: 'retired' } }, transaction });
}

/** Engine rooms under the scope with the proposed rules; throws VALIDATION if any would be invalid. */
export async function roomsWithProposal(db: Db, target: RuleTarget, patch: RulesPatch, transaction?: Transaction) {
  const rooms = await roomsUnder(db, target, transaction);
  const officeIds = [...new Set(rooms.map((r) => r.officeId))];
  const offices = await db.models.Office.findAll({ where: { id: { [Op.in]: officeIds } }, transaction });
  const calendars = new Map<string, OfficeCalendar>(
    offices.map((o) => [o.id, { id: o.id, timeZone: o.timeZone, workingHours: o.workingHours, holidays: o.holidays }]),
  );
  const keys = ['global', ...officeIds.map((id) => scopeKeyOf('office', id, null)), ...rooms.map((r) => scopeKeyOf('room', null, r.id))];
  const latest = await latestVersions(db, keys, transaction);
  const amenities = await db.models.RoomAmenity.findAll({ where: { roomId: { [Op.in]: rooms.map((r) => r.id) } }, transaction });
  return rooms.map((row): EngineRoom => {
    const calendar = calendars.get(row.officeId)!;
    const versions = withProposal(versionsFor(latest, row.officeId, row.id), target.scope, patch);
    return {
      id: row.id,
      name: row.name,
      officeId: row.officeId,
      timeZone: calendar.timeZone,
      capacity: row.capacity,
      amenities: amenities.filter((a) => a.roomId === row.id).map((a) => a.amenityCode),
      status: row.status,
      allowedRoles: row.allowedRoles ?? null,
      requiresApproval: Boolean(row.requiresApproval),
      floor: row.floor ?? null,
      rules: effectiveRules(calendar, versions).rules,
    };
  });
}

function judgeAgain(room: EngineRoom, b: Booking, existing: readonly Occupant[], role: Role, seats: number, now: Date) {
  const request = {
    roomId: room.id,
    start: new Date(b.startAt),
    end: new Date(b.endAt),
    organizerId: b.organizerId,
    actor: { userId: b.createdById, role },
    attendeeCount: seats,
    ignoreBookingId: b.id,
    organizerActiveCount: 0,
  };
  const decision = decide({ room, existing, request }, now);
  return decision.ok ? [] : decision.violations.filter((v) => !MOMENT_CODES.has(v.code));
}

export async function previewRules(ctx: Ctx, target: RuleTarget, patch: RulesPatch): Promise<z.input<typeof ZRulesPreview>> {
  const { db } = ctx.store;
  const rooms = await roomsWithProposal(db, target, patch);
  const roomIds = rooms.map((r) => r.id);
  const future = await db.models.Booking.findAll({
    where: { roomId: { [Op.in]: roomIds }, status: { [Op.in]: ['pending', 'confirmed'] }, startAt: { [Op.gt]: ctx.now } },
    order: [['startAt', 'ASC']],
  });
  if (future.length === 0) return { broken: [], checked: 0 };
  const last = Math.max(...future.map((b) => new Date(b.endAt).getTime()));
  const occupants = await loadOccupants(db, roomIds, ctx.now.getTime(), last + 24 * 3600_000);
  const attendees = await attendeesOf(db, future.map((b) => b.id));
  const creatorIds = [...new Set(future.map((b) => b.createdById))];
  const creators = await db.models.User.findAll({ attributes: ['id', 'role'], where: { id: { [Op.in]: creatorIds } } });
  const roleOf = new Map(creators.map((u) => [u.id, u.role]));
  const broken: { row: Booking; violations: ReturnType<typeof judgeAgain> }[] = [];
  for (const b of future) {
    const room = rooms.find((r) => r.id === b.roomId)!;
    const a = attendees.get(b.id)!;
    const existing = occupants.filter((o) => o.roomId === b.roomId);
    const violations = judgeAgain(room, b, existing, roleOf.get(b.createdById) ?? 'employee', 1 + a.ids.length + a.emails.length, ctx.now);
    if (violations.length) broken.push({ row: b, violations });
  }
  const views = await viewsOf(db, broken.map((x) => x.row), actorOf(ctx));
  return { broken: broken.map((x, i) => ({ booking: views[i]!, violations: x.violations.map(toMessage) })), checked: future.length };
}
