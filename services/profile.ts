import type { Handlers } from '../core/dispatcher';
import { forbidden, notFound, unauthenticated } from '../core/errors';
import { mayChangeOwnOffice } from './access';
import { checkPassword } from './auth';
import type { Ctx } from './context';
import { requireUser } from './context';
import { toUser } from './mappers';
import { mutate } from './mutate';
import { hashPassword } from './passwords';
import { loadRegistration, saveRegistration } from './registration';
import { revokeSessions } from './sessions';

type ProfileHandlers = Pick<
  Handlers<Ctx>,
  'auth.changePassword' | 'auth.updateProfile' | 'auth.permissions' | 'auth.getRegistration' | 'auth.setRegistration'
>;

async function me(ctx: Ctx) {
  const caller = requireUser(ctx);
  const user = await ctx.store.db.models.User.findByPk(caller.userId);
  if (!user) throw unauthenticated();
  return { caller, user };
}

export const profileHandlers: ProfileHandlers = {
  /** Needs the current password (with the same backoff as sign-in); every other session ends. */
  'auth.changePassword': async (ctx, input) => {
    const { caller, user } = await me(ctx);
    await checkPassword(ctx, user.email, input.currentPassword);
    const passwordHash = await hashPassword(input.newPassword);
    await mutate(ctx, async (transaction) => {
      await user.update({ passwordHash }, { transaction });
      const filter = caller.sessionId ? { userId: user.id, exceptSessionId: caller.sessionId } : { userId: user.id };
      const ended = await revokeSessions(ctx, filter, 'password changed', transaction);
      return {
        value: undefined,
        audit: [{ action: 'user.passwordChange', entityType: 'user', entityId: user.id, data: { endedSessions: ended } }],
      };
    });
    return {};
  },

  'auth.updateProfile': async (ctx, input) => {
    const { user } = await me(ctx);
    const movesOffice = input.officeId !== undefined && input.officeId !== user.officeId;
    if (movesOffice && !mayChangeOwnOffice(user.role)) {
      throw forbidden('Ask an administrator to move you to another office.');
    }
    return mutate(ctx, async (transaction) => {
      if (movesOffice && input.officeId && !(await ctx.store.db.models.Office.findByPk(input.officeId, { transaction }))) {
        throw notFound('Office', input.officeId);
      }
      await user.update(input, { transaction });
      return {
        value: toUser(user),
        audit: [{ action: 'user.profile', entityType: 'user', entityId: user.id, data: { ...input } }],
        changes: [{ entity: 'user', id: user.id, officeId: user.officeId ?? null, op: 'upsert' }],
      };
    });
  },

  'auth.permissions': async (ctx) => {
    const caller = ctx.caller;
    return {
      kind: caller ? caller.kind : 'anonymous',
      role: caller?.kind === 'user' ? caller.role : null,
      methods: ctx.store.permissions.methodsFor(caller),
    };
  },

  'auth.getRegistration': (ctx) => loadRegistration(ctx),

  'auth.setRegistration': (ctx, input) => saveRegistration(ctx, input),
};
