import { z } from 'zod';
import { ZId, ZInstant } from '../domain';
import { method } from './define';

export const ZAuditEntry = z.object({
  id: ZId,
  actorUserId: ZId.nullable(),
  actorDeviceId: ZId.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  at: ZInstant,
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

export const ZListAuditInput = z
  .object({
    /** Exact action (`auth.loginFailed`) or a prefix ending in a dot (`device.`). */
    action: z.string().trim().min(1).max(80).optional(),
    entityType: z.string().trim().min(1).max(40).optional(),
    entityId: z.string().trim().min(1).max(254).optional(),
    actorUserId: ZId.optional(),
    actorDeviceId: ZId.optional(),
    from: ZInstant.optional(),
    to: ZInstant.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    /** The `nextCursor` of the previous page. */
    cursor: ZId.optional(),
  })
  .strict();
export type ListAuditInput = z.input<typeof ZListAuditInput>;

export const auditContract = {
  'audit.list': method({
    summary: 'Audit entries, newest first, filtered by action, entity, actor and time.',
    input: ZListAuditInput,
    output: z.object({ entries: z.array(ZAuditEntry), nextCursor: ZId.nullable() }),
    access: ['admin'],
  }),
};
