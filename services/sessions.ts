import { Op, type Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Session } from '../core/contract/auth';
import { unauthenticated } from '../core/errors';
import type { Session as SessionRow, User } from '../db';
import { clientAddressOf, type Ctx } from './context';
import { toUser } from './mappers';
import { mutate, type AuditNote } from './mutate';
import {
  hashSecret,
  REFRESH_TOKEN_TTL_S,
  sameHash,
  signAccessToken,
  signRefreshToken,
  verifyToken,
} from './tokens';

/**
 * Sessions are refresh-token families. Signing in opens one; each refresh spends the presented
 * token (once: a conditional update) and issues the next. Presenting a spent token again means it
 * was copied: the whole family is revoked. The one exception is a retry within a few seconds whose
 * answer was lost: it gets a new token, and the one it never received is retired instead.
 */
export const SESSION_MAX_S = 90 * 24 * 3600;
export const REUSE_GRACE_S = 30;

const ended = () => unauthenticated('Your session has ended. Sign in again.');

/** Forgets a person's sessions that ended long ago (their tokens go with them, by cascade). */
async function pruneSessions(ctx: Ctx, userId: string, transaction: Transaction) {
  const longAgo = new Date(ctx.now.getTime() - REFRESH_TOKEN_TTL_S * 1000);
  await ctx.store.db.models.Session.destroy({
    where: { userId, [Op.or]: [{ expiresAt: { [Op.lt]: ctx.now } }, { revokedAt: { [Op.lt]: longAgo } }] },
    transaction,
  });
}

export async function openSession(ctx: Ctx, user: User, transaction: Transaction): Promise<Session> {
  await pruneSessions(ctx, user.id, transaction);
  const session = await ctx.store.db.models.Session.create(
    {
      id: uuidv7(),
      userId: user.id,
      clientAddress: clientAddressOf(ctx),
      createdAt: ctx.now,
      lastUsedAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + SESSION_MAX_S * 1000),
    },
    { transaction },
  );
  return issueTokens(ctx, user, session, transaction);
}

async function issueTokens(ctx: Ctx, user: User, session: SessionRow, transaction: Transaction, tokenId = uuidv7()) {
  const { secret } = ctx.store;
  const refreshEnd = Math.min(ctx.now.getTime() + REFRESH_TOKEN_TTL_S * 1000, new Date(session.expiresAt).getTime());
  const refreshExpiresAt = new Date(refreshEnd);
  const refreshToken = signRefreshToken(secret, { userId: user.id, sessionId: session.id, tokenId }, ctx.now, refreshExpiresAt);
  await ctx.store.db.models.RefreshToken.create(
    { id: tokenId, sessionId: session.id, tokenHash: hashSecret(refreshToken), createdAt: ctx.now, expiresAt: refreshExpiresAt },
    { transaction },
  );
  const access = signAccessToken(secret, { userId: user.id, sessionId: session.id, tokenVersion: user.tokenVersion }, ctx.now);
  return {
    accessToken: access.token,
    expiresAt: access.expiresAt.toISOString(),
    refreshToken,
    refreshExpiresAt: refreshExpiresAt.toISOString(),
    user: toUser(user),
  };
}

/** Marks a token spent unless someone already did; true when this call spent it. */
async function spend(ctx: Ctx, id: string, replacedById: string | null, transaction: Transaction): Promise<boolean> {
  const [count] = await ctx.store.db.models.RefreshToken.update(
    { usedAt: ctx.now, replacedById },
    { where: { id, usedAt: null }, transaction },
  );
  return count === 1;
}

type Rotation = { ok: true; session: Session } | { ok: false; audit: AuditNote[] };

async function rotateIn(ctx: Ctx, token: string, transaction: Transaction): Promise<Rotation> {
  const { RefreshToken, Session: Sessions, User: Users } = ctx.store.db.models;
  const claims = verifyToken(ctx.store.secret, token, 'refresh', ctx.now);
  const row = await RefreshToken.findByPk(claims.jti, { transaction });
  if (!row || !sameHash(row.tokenHash, hashSecret(token)) || row.sessionId !== claims.sid) throw ended();
  const session = await Sessions.findByPk(row.sessionId, { transaction });
  const user = session && (await Users.findByPk(session.userId, { transaction }));
  if (!session || !user || session.revokedAt || !user.active || session.expiresAt <= ctx.now) throw ended();

  const nextId = uuidv7();
  if (await spend(ctx, row.id, nextId, transaction)) return { ok: true, session: await next(ctx, user, session, nextId, transaction) };

  // Spent before. A retry within the grace window retires the successor it never received.
  const fresh = await RefreshToken.findByPk(row.id, { transaction });
  const usedAt = fresh?.usedAt ? new Date(fresh.usedAt).getTime() : 0;
  const isRetry = ctx.now.getTime() - usedAt <= REUSE_GRACE_S * 1000 && fresh?.replacedById;
  if (isRetry && (await spend(ctx, fresh.replacedById!, nextId, transaction))) {
    return { ok: true, session: await next(ctx, user, session, nextId, transaction) };
  }
  await revokeSessions(ctx, { sessionId: session.id }, 'refresh token reused', transaction);
  return {
    ok: false,
    audit: [{ action: 'auth.refreshReuse', entityType: 'user', entityId: user.id, data: { sessionId: session.id } }],
  };
}

/**
 * Issues the successor under the id the spent token already names (`replacedById`). Spent tokens
 * stay until they expire, so a replay is still recognised; expired ones can no longer be replayed.
 */
async function next(ctx: Ctx, user: User, session: SessionRow, tokenId: string, transaction: Transaction) {
  await session.update({ lastUsedAt: ctx.now }, { transaction });
  await ctx.store.db.models.RefreshToken.destroy({
    where: { sessionId: session.id, expiresAt: { [Op.lt]: ctx.now } },
    transaction,
  });
  return issueTokens(ctx, user, session, transaction, tokenId);
}

/** Spends a refresh token for the next one; a reused token revokes its whole family. */
export async function rotateRefreshToken(ctx: Ctx, token: string): Promise<Session> {
  const outcome = await mutate(ctx, async (transaction) => {
    const result = await rotateIn(ctx, token, transaction);
    return { value: result, audit: result.ok ? [] : result.audit };
  });
  if (!outcome.ok) throw unauthenticated('This sign-in was used twice, so it has been ended everywhere. Sign in again.');
  return outcome.session;
}

export interface SessionFilter {
  sessionId?: string;
  userId?: string;
  /** Keep this one session (the caller's own) while ending the others. */
  exceptSessionId?: string;
}

/** Ends sessions: their refresh tokens stop working now, their access tokens at the next call. */
export async function revokeSessions(ctx: Ctx, filter: SessionFilter, reason: string, transaction: Transaction) {
  const where: Record<string | symbol, unknown> = { revokedAt: null };
  if (filter.sessionId) where.id = filter.sessionId;
  if (filter.userId) where.userId = filter.userId;
  if (filter.exceptSessionId) where.id = { [Op.ne]: filter.exceptSessionId };
  if (!filter.sessionId && !filter.userId) throw new Error('revokeSessions needs a session or a user');
  const [count] = await ctx.store.db.models.Session.update({ revokedAt: ctx.now, revokedReason: reason }, { where, transaction });
  return count;
}

/** Ends every session of a person and every access token already handed out (role change, switch-off). */
export async function endAllSessions(ctx: Ctx, user: User, reason: string, transaction: Transaction) {
  await user.increment('tokenVersion', { by: 1, transaction });
  await revokeSessions(ctx, { userId: user.id }, reason, transaction);
}
