import type { Caller } from '../core/domain';
import { unauthenticated } from '../core/errors';
import type { Store } from './context';
import { mutate } from './mutate';
import { claimedType, hashSecret, sameHash, verifyToken } from './tokens';

/** A device's "last seen" is written at most this often, not on every call. */
const LAST_SEEN_EVERY_MS = 5 * 60_000;

const ended = () => unauthenticated('Your session has ended. Sign in again.');

/**
 * Turns a bearer token into a caller. Access tokens name a person and a session: the session must
 * still be open and the person active with the same token version, so logout, a role change or
 * a switch-off takes effect at the next call. Device tokens name an enrolled door tablet, checked
 * against its row on every call (a revoked device is refused at once). Refresh tokens are refused.
 */
export async function authenticate(token: string, { now, store }: { now: Date; store: Store }): Promise<Caller> {
  const typ = claimedType(token);
  if (typ === 'device') return authenticateDevice(token, now, store);
  if (typ === 'refresh') throw unauthenticated('A refresh token cannot be used to call methods; refresh first.');
  const claims = verifyToken(store.secret, token, 'access', now);
  const { User, Session } = store.db.models;
  const [user, session] = await Promise.all([User.findByPk(claims.sub), Session.findByPk(claims.sid)]);
  if (!user || !user.active || user.tokenVersion !== claims.ver) throw ended();
  if (!session || session.userId !== user.id || session.revokedAt || session.expiresAt <= now) throw ended();
  return { kind: 'user', userId: user.id, role: user.role, officeId: user.officeId ?? null, sessionId: session.id };
}

async function authenticateDevice(token: string, now: Date, store: Store): Promise<Caller> {
  const claims = verifyToken(store.secret, token, 'device', now);
  const device = await store.db.models.Device.findByPk(claims.sub);
  const isCurrent = device?.tokenHash && sameHash(device.tokenHash, hashSecret(claims.jti));
  if (!device || !isCurrent || device.revokedAt || !device.roomId || device.roomId !== claims.room) {
    throw unauthenticated('This door tablet is no longer enrolled. Ask an administrator to enrol it again.');
  }
  const lastSeen = device.lastSeenAt ? new Date(device.lastSeenAt).getTime() : 0;
  if (now.getTime() - lastSeen >= LAST_SEEN_EVERY_MS) {
    const ctx = { caller: null, now, store, requestId: 'authenticate' };
    await mutate(ctx, async (transaction) => ({ value: await device.update({ lastSeenAt: now }, { transaction }) }));
  }
  return { kind: 'device', deviceId: device.id, roomId: device.roomId };
}
