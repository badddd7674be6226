import { describe, expect, it } from 'vitest';
import type { CallMeta, Dispatch } from '../core/dispatcher';
import { AppError, fail, ok, unauthenticated } from '../core/errors';
import { createSessionStore, createWindowCaller } from './windowSessions';

/**
 * A stand-in for the services: access tokens "expire" when the test says so, refresh tokens are
 * single-use, as in the real store.
 */
function fakeServices() {
  const calls: { method: string; input: unknown; meta: CallMeta | undefined }[] = [];
  const valid = new Set<string>();
  const spent = new Set<string>();
  let generation = 0;
  const issue = () => {
    generation += 1;
    valid.add(`access-${generation}`);
    return { accessToken: `access-${generation}`, refreshToken: `refresh-${generation}`, user: { id: 'u1' } };
  };
  const dispatch: Dispatch = async (method, input, meta) => {
    calls.push({ method, input, meta });
    if (method === 'auth.login') return ok(issue());
    if (method === 'auth.refresh') {
      const token = (input as { refreshToken: string }).refreshToken;
      if (spent.has(token) || token !== `refresh-${generation}`) return fail(unauthenticated('Sign in again.').toBody());
      spent.add(token);
      return ok(issue());
    }
    if (method === 'auth.logout') return ok({});
    if (method === 'devices.redeem') return ok({ deviceToken: 'device-credential', device: { id: 'd1' } });
    const token = meta?.token ?? '';
    if (method === 'auth.changePassword' && valid.has(token)) {
      if ((input as { currentPassword: string }).currentPassword === 'right') return ok({});
      return fail(new AppError('UNAUTHENTICATED', 'The e-mail or password is wrong.', { key: 'errors.wrongCredentials' }).toBody());
    }
    if (token === 'device-credential' || valid.has(token)) return ok({ as: token });
    return fail(unauthenticated('Your session has expired.').toBody());
  };
  const expireAccessTokens = () => valid.clear();
  return { dispatch, calls, expireAccessTokens };
}

function setup(extra: { saved?: string } = {}) {
  const services = fakeServices();
  const sessions = createSessionStore();
  const kept: string[] = [];
  const call = createWindowCaller({
    dispatch: services.dispatch,
    sessions,
    savedDeviceToken: () => extra.saved,
    onDeviceCredential: (token) => kept.push(token),
  });
  return { ...services, sessions, call, kept };
}

describe('a window session in the main process', () => {
  it('renews an expired access token with the refresh token and repeats the call once', async () => {
    const { call, expireAccessTokens, calls } = setup();
    await call(1, 'auth.login', { email: 'ada@example.com', password: 'x' });
    expireAccessTokens();
    expect(await call(1, 'rooms.list', {})).toEqual({ ok: true, value: { as: 'access-2' } });
    expect(calls.map((c) => c.method)).toEqual(['auth.login', 'rooms.list', 'auth.refresh', 'rooms.list']);
  });

  it('spends the single-use refresh token once for calls refused at the same time', async () => {
    const { call, expireAccessTokens, calls } = setup();
    await call(1, 'auth.login', {});
    expireAccessTokens();
    const answers = await Promise.all([call(1, 'rooms.list', {}), call(1, 'offices.list', {}), call(1, 'auth.me', {})]);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(calls.filter((c) => c.method === 'auth.refresh')).toHaveLength(1);
  });

  it('ends the session when the refresh token is refused, and answers UNAUTHENTICATED', async () => {
    const { call, expireAccessTokens, sessions, calls } = setup();
    await call(1, 'auth.login', {});
    sessions.set(1, { ...sessions.get(1), refreshToken: 'stolen-and-spent' });
    expireAccessTokens();
    expect(await call(1, 'rooms.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(sessions.get(1)).toEqual({});
    await call(1, 'rooms.list', {});
    expect(calls.filter((c) => c.method === 'auth.refresh')).toHaveLength(1);
  });

  it('keeps the session, and spends no refresh token, when a password change names a wrong current password', async () => {
    const { call, sessions, calls } = setup();
    await call(2, 'auth.login', {});
    const before = sessions.get(2);
    const answer = await call(2, 'auth.changePassword', { currentPassword: 'wrong', newPassword: 'long enough now' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', key: 'errors.wrongCredentials' } });
    expect(calls.map((c) => c.method)).toEqual(['auth.login', 'auth.changePassword']);
    expect(sessions.get(2)).toEqual(before);
  });

  it('hands the refresh token to logout so the session also ends in the store', async () => {
    const { call, calls, sessions } = setup();
    await call(3, 'auth.login', {});
    await call(3, 'auth.logout', {});
    expect(calls.at(-1)).toMatchObject({ method: 'auth.logout', input: { refreshToken: 'refresh-1' } });
    expect(sessions.get(3)).toEqual({});
  });

  it('keeps a redeemed device credential out of the page, for this window and for the next start', async () => {
    const { call, kept, sessions } = setup();
    const answer = await call(5, 'devices.redeem', { code: 'ABCD-1234' });
    expect(answer).toEqual({ ok: true, value: { device: { id: 'd1' } } });
    expect(kept).toEqual(['device-credential']);
    expect(sessions.get(5)).toEqual({ deviceToken: 'device-credential' });
    expect(await call(5, 'kiosk.status', {})).toEqual({ ok: true, value: { as: 'device-credential' } });
  });

  it('lets a door-tablet window without a session call with the saved device credential', async () => {
    const { call } = setup({ saved: 'device-credential' });
    expect(await call(9, 'kiosk.status', {})).toEqual({ ok: true, value: { as: 'device-credential' } });
  });

  it('keeps the device credential when a person signs out of a door-tablet window', async () => {
    const { call, sessions } = setup();
    await call(6, 'devices.redeem', { code: 'ABCD-1234' });
    await call(6, 'auth.login', {});
    await call(6, 'auth.logout', {});
    expect(sessions.get(6)).toEqual({ deviceToken: 'device-credential' });
  });
});
