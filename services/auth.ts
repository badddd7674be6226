import type { Handlers } from '../core/dispatcher';
import { AppError, unauthenticated, WRONG_CREDENTIALS_KEY } from '../core/errors';
import { normalizeEmail, type User } from '../db';
import type { Ctx } from './context';
import { clientAddressOf, requireUser } from './context';
import { toUser } from './mappers';
import { mutate } from './mutate';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { signInKeys } from './rateLimit';
import { register } from './registration';
import { endAllSessions, openSession, revokeSessions, rotateRefreshToken } from './sessions';
import { verifyToken } from './tokens';

export { authenticate } from './authenticate';

type AuthHandlers = Pick<Handlers<Ctx>, 'auth.register' | 'auth.login' | 'auth.refresh' | 'auth.logout' | 'auth.me'>;

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', 'The e-mail or password is wrong.', { key: WRONG_CREDENTIALS_KEY });

/** Writes the audit entry of a refused sign-in in its own transaction (the call itself fails). */
async function recordFailure(ctx: Ctx, email: string, user: User | null, reason: string) {
  await mutate(ctx, async () => ({
    value: undefined,
    audit: [
      {
        action: 'auth.loginFailed',
        entityType: 'user',
        entityId: user?.id ?? email,
        data: { email, reason, address: clientAddressOf(ctx) },
      },
    ],
  }));
}

/**
 * Checks a password with backoff per account and per address. While either must wait, the attempt
 * is refused before the password is checked. An unknown e-mail costs the same hashing time.
 */
export async function checkPassword(ctx: Ctx, email: string, password: string): Promise<User> {
  const keys = signInKeys(email, clientAddressOf(ctx));
  ctx.store.limiter.check(keys, ctx.now);
  const user = await ctx.store.db.models.User.findOne({ where: { email: normalizeEmail(email) } });
  const isRight = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !isRight) {
    ctx.store.limiter.fail(keys, ctx.now);
    await recordFailure(ctx, normalizeEmail(email), user, user ? 'wrongPassword' : 'unknownEmail');
    throw wrongCredentials();
  }
  // A success clears the account's count; the address's count fades with time only.
  ctx.store.limiter.succeed(keys.slice(0, 1));
  return user;
}

export const authHandlers: AuthHandlers = {
  'auth.register': (ctx, input) => register(ctx, input),

  'auth.login': async (ctx, input) => {
    const user = await checkPassword(ctx, input.email, input.password);
    if (!user.active) {
      await recordFailure(ctx, user.email, user, 'inactive');
      throw new AppError('FORBIDDEN', 'This account is switched off. Ask an administrator.', {
        key: 'errors.accountInactive',
      });
    }
    return mutate(ctx, async (transaction) => ({ value: await openSession(ctx, user, transaction) }));
  },

  'auth.refresh': (ctx, input) => rotateRefreshToken(ctx, input.refreshToken),

  /** Always succeeds: ends what it can name (the caller's session, the given refresh token's). */
  'auth.logout': async (ctx, input) => {
    const caller = ctx.caller?.kind === 'user' ? ctx.caller : null;
    if (input.everywhere && !caller) throw unauthenticated();
    let fromRefresh: string | null = null;
    if (input.refreshToken) {
      try {
        fromRefresh = verifyToken(ctx.store.secret, input.refreshToken, 'refresh', ctx.now).sid;
      } catch {
        fromRefresh = null;
      }
    }
    await mutate(ctx, async (transaction) => {
      if (caller && input.everywhere) {
        const user = await ctx.store.db.models.User.findByPk(caller.userId, { transaction });
        if (user) await endAllSessions(ctx, user, 'signed out everywhere', transaction);
      }
      for (const sessionId of [caller?.sessionId, fromRefresh]) {
        if (sessionId) await revokeSessions(ctx, { sessionId }, 'signed out', transaction);
      }
      return { value: undefined };
    });
    return {};
  },

  'auth.me': async (ctx) => {
    const caller = requireUser(ctx);
    const user = await ctx.store.db.models.User.findByPk(caller.userId);
    if (!user) throw unauthenticated();
    return toUser(user);
  },
};
