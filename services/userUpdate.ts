import type { Transaction } from 'sequelize';
import type { UpdateUserInput } from '../core/contract/users';
import type { User as UserOut } from '../core/contract/common';
import { forbidden, notFound } from '../core/errors';
import type { User } from '../db';
import { assertMayPlace, canManageUser } from './access';
import type { Ctx, UserCaller } from './context';
import { requireUser } from './context';
import { toUser } from './mappers';
import { mutate, type AuditNote } from './mutate';
import { hashPassword } from './passwords';
import { endAllSessions } from './sessions';

/**
 * An admin's (or facility manager's) change to a person. A new role, a switch-off or a new
 * password ends every session of that person at once. Nobody changes their own role or switches
 * themselves off (so the admin making a change always remains an active admin).
 */
export async function updateUser(ctx: Ctx, input: UpdateUserInput): Promise<UserOut> {
  const caller = requireUser(ctx);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return mutate(ctx, async (transaction) => {
    const user = await ctx.store.db.models.User.findByPk(input.id, { transaction });
    if (!user) throw notFound('User', input.id);
    await assertMayChange(ctx, caller, user, input, transaction);
    const audit = auditNotes(user, input);
    const endsSessions = (input.role !== undefined && input.role !== user.role) || (input.active === false && user.active) || !!passwordHash;
    const { id: _id, password: _password, reason: _reason, ...fields } = input;
    await user.update({ ...fields, ...(passwordHash ? { passwordHash } : {}) }, { transaction });
    if (endsSessions) await endAllSessions(ctx, user, audit.map((a) => a.action).join(', '), transaction);
    return {
      value: toUser(user),
      audit,
      changes: [{ entity: 'user', id: user.id, officeId: user.officeId ?? null, op: 'upsert' }],
    };
  });
}

async function assertMayChange(ctx: Ctx, caller: UserCaller, user: User, input: UpdateUserInput, transaction: Transaction) {
  if (!canManageUser(caller, user)) throw forbidden('You cannot change this person.');
  const changesRole = input.role !== undefined && input.role !== user.role;
  if (caller.userId === user.id && (changesRole || input.active === false)) {
    throw forbidden('You cannot change your own role or switch off your own account.');
  }
  if (changesRole || input.officeId !== undefined) {
    assertMayPlace(caller, input.role ?? user.role, input.officeId === undefined ? user.officeId : input.officeId);
  }
  if (input.officeId && input.officeId !== user.officeId) {
    if (!(await ctx.store.db.models.Office.findByPk(input.officeId, { transaction }))) throw notFound('Office', input.officeId);
  }
}

function auditNotes(user: User, input: UpdateUserInput): AuditNote[] {
  const note = (action: string, data: Record<string, unknown>): AuditNote => ({
    action, entityType: 'user', entityId: user.id, reason: input.reason ?? null, data,
  });
  const notes: AuditNote[] = [];
  if (input.role !== undefined && input.role !== user.role) notes.push(note('user.roleChange', { from: user.role, to: input.role }));
  if (input.active !== undefined && input.active !== user.active) notes.push(note(input.active ? 'user.activate' : 'user.deactivate', {}));
  if (input.password) notes.push(note('user.passwordReset', {}));
  const other = Object.fromEntries(
    (['name', 'officeId', 'locale'] as const).filter((k) => input[k] !== undefined).map((k) => [k, input[k]]),
  );
  if (Object.keys(other).length > 0) notes.push(note('user.update', other));
  return notes;
}
