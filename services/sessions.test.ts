import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testkit';
import { REUSE_GRACE_S } from './sessions';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h?.close());

const refresh = (token: string) => h.call('auth.refresh', { refreshToken: token });

describe('sessions and refresh tokens', () => {
  it('signs in with an access token, a refresh token and their expiry times', async () => {
    const user = await h.addUser('employee');
    const session = await h.signIn(user);
    expect(session).toMatchObject({ user: { id: user.id, role: 'employee' } });
    expect(session.expiresAt).toBe('2026-11-23T09:15:00.000Z');
    expect(session.refreshExpiresAt).toBe('2026-12-07T09:00:00.000Z');
    expect(JSON.stringify(session)).not.toContain('passwordHash');
  });

  it('spends a refresh token once and hands out the next one that works', async () => {
    const first = await h.signIn(await h.addUser('employee'));
    h.advance(60);
    const second = await h.value('auth.refresh', { refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await h.code('auth.me', {}, second.accessToken)).toBeUndefined();
    const third = await h.value('auth.refresh', { refreshToken: second.refreshToken });
    expect(await h.code('auth.me', {}, third.accessToken)).toBeUndefined();
  });

  it('revokes the whole family when a spent refresh token is replayed', async () => {
    const first = await h.signIn(await h.addUser('employee'));
    const second = await h.value('auth.refresh', { refreshToken: first.refreshToken });
    h.advance(REUSE_GRACE_S + 1);
    const replay = await refresh(first.refreshToken);
    expect(replay).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // The thief's copy and the rightful holder's newest tokens are all dead now.
    expect((await refresh(second.refreshToken)).ok).toBe(false);
    expect(await h.code('auth.me', {}, second.accessToken)).toBe('UNAUTHENTICATED');
    const audit = await h.db.models.AuditEntry.findAll({ where: { action: 'auth.refreshReuse' } });
    expect(audit).toHaveLength(1);
  });

  it('answers a retry within the grace window (its answer was lost) and retires the token it never received', async () => {
    const first = await h.signIn(await h.addUser('employee'));
    const lost = await h.value('auth.refresh', { refreshToken: first.refreshToken });
    h.advance(5);
    const retried = await h.value('auth.refresh', { refreshToken: first.refreshToken });
    expect(await h.code('auth.me', {}, retried.accessToken)).toBeUndefined();
    expect((await refresh(retried.refreshToken)).ok).toBe(true);
    // The lost token surfacing later means someone else had it: the family ends.
    h.advance(REUSE_GRACE_S + 1);
    expect((await refresh(lost.refreshToken)).ok).toBe(false);
    expect(await h.code('auth.me', {}, retried.accessToken)).toBe('UNAUTHENTICATED');
  });

  it('treats a second retry after the successor was used as reuse', async () => {
    const first = await h.signIn(await h.addUser('employee'));
    const second = await h.value('auth.refresh', { refreshToken: first.refreshToken });
    await h.value('auth.refresh', { refreshToken: second.refreshToken });
    expect((await refresh(first.refreshToken)).ok).toBe(false);
  });

  it('forgets sessions that ended long ago when the person signs in again', async () => {
    const user = await h.addUser('employee');
    const old = await h.signIn(user);
    await h.value('auth.logout', {}, old.accessToken);
    h.advance(15 * 24 * 3600);
    await h.signIn(user);
    const { Session, RefreshToken } = h.db.models;
    expect(await Session.count({ where: { userId: user.id } })).toBe(1);
    expect(await RefreshToken.count()).toBe(1);
  });

  it('refuses an expired refresh token', async () => {
    const first = await h.signIn(await h.addUser('employee'));
    h.advance(15 * 24 * 3600);
    expect(await h.code('auth.refresh', { refreshToken: first.refreshToken })).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout: the access token stops at the next call, the refresh token too', async () => {
    const user = await h.addUser('employee');
    const session = await h.signIn(user);
    const other = await h.signIn(user);
    expect(await h.value('auth.logout', {}, session.accessToken)).toEqual({});
    expect(await h.code('auth.me', {}, session.accessToken)).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.refresh', { refreshToken: session.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.me', {}, other.accessToken)).toBeUndefined();
  });

  it('logs out with only a refresh token once the access token has expired', async () => {
    const session = await h.signIn(await h.addUser('employee'));
    h.advance(16 * 60);
    expect(await h.value('auth.logout', { refreshToken: session.refreshToken }, session.accessToken)).toEqual({});
    expect(await h.code('auth.refresh', { refreshToken: session.refreshToken })).toBe('UNAUTHENTICATED');
  });

  it('logs out everywhere: every session of the person ends', async () => {
    const user = await h.addUser('manager');
    const a = await h.signIn(user);
    const b = await h.signIn(user);
    await h.value('auth.logout', { everywhere: true }, a.accessToken);
    expect(await h.code('auth.me', {}, b.accessToken)).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.refresh', { refreshToken: b.refreshToken })).toBe('UNAUTHENTICATED');
  });

  it('changing one\'s password keeps this session and ends the others', async () => {
    const user = await h.addUser('employee');
    const here = await h.signIn(user);
    const elsewhere = await h.signIn(user);
    const newPassword = 'пароль-достаточно-длинный';
    await h.value('auth.changePassword', { currentPassword: user.password, newPassword }, here.accessToken);
    expect(await h.code('auth.me', {}, here.accessToken)).toBeUndefined();
    expect(await h.code('auth.me', {}, elsewhere.accessToken)).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.login', { email: user.email, password: user.password })).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.login', { email: user.email, password: newPassword })).toBeUndefined();
  });

  it('refuses a new password shorter than 10 characters and a wrong current password', async () => {
    const user = await h.addUser('employee');
    const { accessToken } = await h.signIn(user);
    expect(await h.code('auth.changePassword', { currentPassword: user.password, newPassword: 'short' }, accessToken)).toBe('VALIDATION');
    expect(await h.code('auth.changePassword', { currentPassword: 'not my password', newPassword: 'long enough now' }, accessToken)).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('compares passwords in Unicode NFC, so a decomposed "й" matches a precomposed one', async () => {
    const user = await h.addUser('employee');
    const { accessToken } = await h.signIn(user);
    const precomposed = 'мой пароль й-й-й';
    await h.value('auth.changePassword', { currentPassword: user.password, newPassword: precomposed }, accessToken);
    const decomposed = precomposed.normalize('NFD');
    expect(decomposed).not.toBe(precomposed);
    expect(await h.code('auth.login', { email: user.email, password: decomposed })).toBeUndefined();
  });

  it('accepts a 1024-character passphrase and refuses 1025', async () => {
    const user = await h.addUser('employee');
    const { accessToken } = await h.signIn(user);
    const long = 'я'.repeat(1024);
    expect(await h.code('auth.changePassword', { currentPassword: user.password, newPassword: long }, accessToken)).toBeUndefined();
    expect(await h.code('auth.login', { email: user.email, password: long })).toBeUndefined();
    expect(await h.code('auth.changePassword', { currentPassword: long, newPassword: `${long}я` }, accessToken)).toBe('VALIDATION');
  });

  it('a switched-off account cannot sign in, and its open sessions end', async () => {
    const { token: admin } = await h.tokenFor('admin');
    const user = await h.addUser('employee');
    const session = await h.signIn(user);
    await h.value('users.update', { id: user.id, active: false }, admin);
    expect(await h.code('auth.me', {}, session.accessToken)).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.refresh', { refreshToken: session.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.login', { email: user.email, password: user.password })).toBe('FORBIDDEN');
  });

  it('a role change ends the sessions opened under the old role', async () => {
    const { token: admin } = await h.tokenFor('admin');
    const user = await h.addUser('employee');
    const session = await h.signIn(user);
    await h.value('users.update', { id: user.id, role: 'facility_manager', reason: 'new office manager' }, admin);
    expect(await h.code('auth.me', {}, session.accessToken)).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.refresh', { refreshToken: session.refreshToken })).toBe('UNAUTHENTICATED');
    const again = await h.signIn(user);
    expect(again.user.role).toBe('facility_manager');
  });
});
