import { Op, type WhereOptions } from 'sequelize';
import type { AuditEntry as AuditOut } from '../core/contract/audit';
import type { Handlers } from '../core/dispatcher';
import type { AuditEntry } from '../db';
import type { Ctx } from './context';

type AuditHandlers = Pick<Handlers<Ctx>, 'audit.list'>;

export const toAuditEntry = (a: AuditEntry): AuditOut => ({
  id: a.id,
  actorUserId: a.actorUserId ?? null,
  actorDeviceId: a.actorDeviceId ?? null,
  action: a.action,
  entityType: a.entityType,
  entityId: a.entityId,
  reason: a.reason ?? null,
  data: a.data ?? {},
  at: new Date(a.at).toISOString(),
});

/** `device.` matches every device action; anything else matches one action exactly. */
const actionFilter = (action: string) => (action.endsWith('.') ? { [Op.startsWith]: action } : action);

export const auditHandlers: AuditHandlers = {
  /** Newest first. Ids are UUIDv7 (time-ordered), so the last id of a page is the next page's cursor. */
  'audit.list': async (ctx, input) => {
    const where: Record<string | symbol, unknown> = {};
    if (input.action) where.action = actionFilter(input.action);
    if (input.entityType) where.entityType = input.entityType;
    if (input.entityId) where.entityId = input.entityId;
    if (input.actorUserId) where.actorUserId = input.actorUserId;
    if (input.actorDeviceId) where.actorDeviceId = input.actorDeviceId;
    const at: Record<symbol, Date> = {};
    if (input.from) at[Op.gte] = new Date(input.from);
    if (input.to) at[Op.lt] = new Date(input.to);
    if (input.from || input.to) where.at = at;
    if (input.cursor) where.id = { [Op.lt]: input.cursor };
    const rows = await ctx.store.db.models.AuditEntry.findAll({
      where: where as WhereOptions,
      order: [['id', 'DESC']],
      limit: input.limit + 1,
    });
    const page = rows.slice(0, input.limit);
    const hasMore = rows.length > input.limit;
    return { entries: page.map(toAuditEntry), nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
  },
};
