import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

/** Identity over HTTP: status codes and headers a browser or another client relies on. */
let server: TestServer;
let now = new Date('2026-11-23T09:00:00.000Z');

beforeAll(async () => {
  server = await startTestServer(() => now);
});
afterAll(() => server?.close());

describe('identity over HTTP', () => {
  it('answers repeated wrong passwords with 429 and Retry-After, counted for the client address', async () => {
    const user = await server.addUser('employee');
    for (let i = 0; i < 6; i++) {
      expect((await server.call('auth.login', { email: user.email, password: 'wrong password' })).status).toBe(401);
    }
    const refused = await server.call('auth.login', { email: user.email, password: user.password });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterS: 2 } });
    const { entries } = (await server.call('audit.list', { action: 'auth.loginFailed' }, await adminToken())).body.value;
    expect(entries[0].data.address).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
    now = new Date(now.getTime() + 2000);
    expect((await server.call('auth.login', { email: user.email, password: user.password })).status).toBe(200);
  });

  it('renews a session with the refresh token and refuses the spent one with 401', async () => {
    const user = await server.addUser('employee');
    const login = (await server.call('auth.login', { email: user.email, password: user.password })).body.value;
    const renewed = await server.call('auth.refresh', { refreshToken: login.refreshToken });
    expect(renewed.status).toBe(200);
    expect((await server.call('auth.me', {}, renewed.body.value.accessToken)).status).toBe(200);
    now = new Date(now.getTime() + 60_000);
    expect((await server.call('auth.refresh', { refreshToken: login.refreshToken })).status).toBe(401);
    expect((await server.call('auth.me', {}, renewed.body.value.accessToken)).status).toBe(401);
  });

  it('logs out: the same access token is refused afterwards', async () => {
    const user = await server.addUser('manager');
    const login = (await server.call('auth.login', { email: user.email, password: user.password })).body.value;
    expect((await server.call('auth.logout', { refreshToken: login.refreshToken }, login.accessToken)).status).toBe(200);
    expect((await server.call('auth.me', {}, login.accessToken)).status).toBe(401);
  });

  it('publishes the caller\'s permissions without a token', async () => {
    const result = await server.call('auth.permissions', {});
    expect(result.status).toBe(200);
    expect(result.body.value.methods).toContain('auth.login');
  });
});

async function adminToken(): Promise<string> {
  const admin = await server.addUser('admin');
  return server.login(admin.email, admin.password);
}
