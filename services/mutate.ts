import type { Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Ctx } from './context';

export interface AuditNote {
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
}

export interface Change {
  entity: string;
  id: string;
  officeId: string | null;
  op: 'upsert' | 'delete';
}

export interface MutationResult<T> {
  value: T;
  audit?: AuditNote[];
  changes?: Change[];
  /** Runs after the commit and before anyone hears about the changes (drop a cache, say). */
  afterCommit?: () => void;
}

/**
 * Every write goes through here: one transaction (IMMEDIATE on SQLite) that runs the work and
 * writes its audit entries; listeners hear about the changes only after the commit.
 */
export async function mutate<T>(ctx: Ctx, work: (t: Transaction) => Promise<MutationResult<T>>): Promise<T> {
  const { db } = ctx.store;
  const result = await db.write(async (transaction) => {
    const outcome = await work(transaction);
    for (const note of outcome.audit ?? []) await writeAudit(ctx, note, transaction);
    return outcome;
  });
  result.afterCommit?.();
  for (const change of result.changes ?? []) ctx.store.onChange(change);
  return result.value;
}

export async function writeAudit(ctx: Ctx, note: AuditNote, transaction: Transaction): Promise<void> {
  const caller = ctx.caller;
  await ctx.store.db.models.AuditEntry.create(
    {
      id: uuidv7(),
      actorUserId: caller?.kind === 'user' ? caller.userId : null,
      actorDeviceId: caller?.kind === 'device' ? caller.deviceId : null,
      action: note.action,
      entityType: note.entityType,
      entityId: note.entityId,
      reason: note.reason ?? null,
      data: note.data ?? {},
      at: ctx.now,
    },
    { transaction },
  );
}
