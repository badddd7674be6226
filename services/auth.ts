import type { Caller } from '../core/domain';
import { AppError, unauthenticated } from '../core/errors';
import type { Handlers } from '../core/dispatcher';
import type { Ctx, Store } from './context';
import { requireUser } from './context';
import { toUser } from './mappers';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { signAccessToken, verifyAccessToken } from './tokens';

type AuthHandlers = Pick<Handlers<Ctx>, 'auth.login' | 'auth.me'>;

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', 'The e-mail or password is wrong.', { key: 'errors.wrongCredentials' });

export const authHandlers: AuthHandlers = {
  'auth.login': async (ctx, input) => {
    const { User } = ctx.store.db.models;
    const user = await User.findOne({ where: { email: input.email.toLowerCase() } });
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), input.password);
      throw wrongCredentials();
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) throw wrongCredentials();
    if (!user.active) {
      throw new AppError('FORBIDDEN', 'This account is switched off. Ask an administrator.', {
        key: 'errors.accountInactive',
      });
    }
    const { token, expiresAt } = signAccessToken(ctx.store.secret, user.id, user.tokenVersion, ctx.now);
    return { accessToken: token, expiresAt, user: toUser(user) };
  },

  'auth.me': async (ctx) => {
    const caller = requireUser(ctx);
    const user = await ctx.store.db.models.User.findByPk(caller.userId);
    if (!user) throw unauthenticated();
    return toUser(user);
  },
};

/** Turns a bearer token into a caller; a deactivated user or a bumped token version ends sessions. */
export async function authenticate(token: string, { now, store }: { now: Date; store: Store }): Promise<Caller> {
  const claims = verifyAccessToken(store.secret, token, now);
  const user = await store.db.models.User.findByPk(claims.sub);
  if (!user || !user.active || user.tokenVersion !== claims.ver) {
    throw unauthenticated('Your session has ended. Sign in again.');
  }
  return { kind: 'user', userId: user.id, role: user.role, officeId: user.officeId };
}
