import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RoomlyBridge } from '../../core/bridge';
import { HTTP_STATUS, type Envelope, type ErrorCode } from '../../core/errors';
import { ApiError, createClient, createHttpTransport, createIpcTransport, type TokenStorage } from './client';
import { REFRESH_KEY, TOKEN_KEY } from './httpTransport';

/** A tiny stand-in for the Roomly server: the same URL scheme, envelope and statuses. */
interface Seen {
  method: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}
let seen: Seen[] = [];
let answer: (method: string, body: unknown, token: string | null, res: ServerResponse) => void;

const ADMIN = { id: '0190a0a0-0000-7000-8000-000000000001', email: 'admin@roomly.test', name: 'Ada Admin', role: 'admin', officeId: null, locale: 'en', active: true };

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const fail = (res: ServerResponse, code: ErrorCode, message: string, extra: object = {}) =>
  send(res, HTTP_STATUS[code], { ok: false, error: { code, message, key: `errors.${code}`, ...extra } });

/** Tokens as the server sees them: access tokens expire, refresh tokens are spent once. */
let validAccess: Set<string>;
let validRefresh: Set<string>;
let issued = 0;
const issueSession = () => {
  issued += 1;
  validAccess.add(`access-${issued}`);
  validRefresh.add(`refresh-${issued}`);
  return { accessToken: `access-${issued}`, expiresAt: '2026-11-23T09:00:00.000Z', refreshToken: `refresh-${issued}`, refreshExpiresAt: '2026-12-23T09:00:00.000Z', user: ADMIN };
};

function roomlyLike(method: string, body: unknown, token: string | null, res: ServerResponse) {
  if (method === 'auth.login') {
    const { password } = body as { password: string };
    if (password !== 'right') return fail(res, 'UNAUTHENTICATED', 'Wrong e-mail or password.', { key: 'errors.badCredentials' });
    return send(res, 200, { ok: true, value: issueSession() });
  }
  if (method === 'auth.refresh') {
    const { refreshToken } = body as { refreshToken: string };
    if (!validRefresh.delete(refreshToken)) return fail(res, 'UNAUTHENTICATED', 'Your session has ended. Sign in again.');
    return send(res, 200, { ok: true, value: issueSession() });
  }
  if (method === 'auth.logout') {
    validRefresh.delete((body as { refreshToken?: string }).refreshToken ?? '');
    return send(res, 200, { ok: true, value: {} });
  }
  if (!token || !validAccess.has(token)) return fail(res, 'UNAUTHENTICATED', 'Sign in to continue.');
  if (method === 'auth.me') return send(res, 200, { ok: true, value: ADMIN });
  if (method === 'auth.changePassword') {
    if ((body as { currentPassword: string }).currentPassword === 'right') return send(res, 200, { ok: true, value: {} });
    return fail(res, 'UNAUTHENTICATED', 'The e-mail or password is wrong.', { key: 'errors.wrongCredentials' });
  }
  if (method === 'rooms.list') {
    const input = body as { minCapacity?: number };
    if (input.minCapacity === 0) {
      return fail(res, 'VALIDATION', 'Some fields are not valid. minCapacity: Too small', {
        params: { fields: 'minCapacity' },
        details: { fields: [{ path: 'minCapacity', message: 'Too small' }] },
      });
    }
    return send(res, 200, { ok: true, value: [] });
  }
  return fail(res, 'NOT_FOUND', `There is no method called "${method}".`);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const method = decodeURIComponent(req.url!.replace('/api/v1/', ''));
    const body = await readJson(req);
    const authorization = req.headers.authorization;
    seen.push({ method, authorization, contentType: req.headers['content-type'], body });
    answer(method, body, authorization?.replace(/^Bearer /, '') ?? null, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const memoryStorage = (): TokenStorage & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
};

let storage: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  seen = [];
  issued = 0;
  validAccess = new Set();
  validRefresh = new Set();
  answer = roomlyLike;
  storage = memoryStorage();
});
const httpClient = (timeoutMs?: number) => createClient(createHttpTransport({ baseUrl, storage, ...(timeoutMs ? { timeoutMs } : {}) }));
const rejection = async (promise: Promise<unknown>): Promise<ApiError> => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
};

describe('HTTP transport', () => {
  it('posts JSON to /api/v1/<method> and resolves with the envelope value', async () => {
    const client = httpClient();
    const session = await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    expect(session.user.email).toBe('admin@roomly.test');
    expect(seen).toEqual([
      { method: 'auth.login', authorization: undefined, contentType: 'application/json', body: { email: 'admin@roomly.test', password: 'right' } },
    ]);
  });

  it('keeps the token from auth.login in session storage and sends it as a bearer token', async () => {
    const client = httpClient();
    expect(client.mayHaveSession()).toBe(false);
    await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    const token = storage.map.get(TOKEN_KEY)!;
    expect(token).toMatch(/^access-/);
    expect(client.mayHaveSession()).toBe(true);
    await client.call('rooms.list', { minCapacity: 4, amenities: ['video'] });
    expect(seen[1]).toMatchObject({ method: 'rooms.list', authorization: `Bearer ${token}`, body: { minCapacity: 4, amenities: ['video'] } });
  });

  it('throws a typed ApiError carrying code, message, key, params and details', async () => {
    const client = httpClient();
    await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    const error = await rejection(client.call('rooms.list', { minCapacity: 0 }));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: 'Some fields are not valid. minCapacity: Too small',
      key: 'errors.VALIDATION',
      params: { fields: 'minCapacity' },
      details: { fields: [{ path: 'minCapacity', message: 'Too small' }] },
      method: 'rooms.list',
    });
  });

  it('reports a wrong password as UNAUTHENTICATED without announcing a lost session', async () => {
    const client = httpClient();
    let ended = 0;
    client.onSessionEnded(() => ended++);
    const error = await rejection(client.call('auth.login', { email: 'admin@roomly.test', password: 'wrong' }));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', key: 'errors.badCredentials', params: {}, details: {} });
    expect(ended).toBe(0);
  });

  it('drops tokens the server refuses and tells listeners the session ended', async () => {
    storage.setItem(TOKEN_KEY, 'expired');
    storage.setItem(REFRESH_KEY, 'already-spent');
    const client = httpClient();
    let ended = 0;
    client.onSessionEnded(() => ended++);
    const error = await rejection(client.call('auth.me', {}));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(ended).toBe(1);
    expect([...storage.map.keys()]).toEqual([]);
  });

  it('renews an expired access token with the refresh token and retries the call once', async () => {
    const client = httpClient();
    await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    validAccess.clear(); // the access token expires
    expect(await client.call('auth.me', {})).toMatchObject({ email: 'admin@roomly.test' });
    expect(seen.map((s) => s.method)).toEqual(['auth.login', 'auth.me', 'auth.refresh', 'auth.me']);
    expect(seen[2]!.body).toEqual({ refreshToken: 'refresh-1' });
    expect(seen[3]!.authorization).toBe('Bearer access-2');
    expect(storage.map.get(REFRESH_KEY)).toBe('refresh-2');
  });

  it('shares one renewal between calls refused at the same moment (refresh tokens are single-use)', async () => {
    const client = httpClient();
    await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    validAccess.clear();
    let ended = 0;
    client.onSessionEnded(() => ended++);
    await Promise.all([client.call('auth.me', {}), client.call('rooms.list', {}), client.call('offices.list', {}).catch(() => null)]);
    expect(seen.filter((s) => s.method === 'auth.refresh')).toHaveLength(1);
    expect(ended).toBe(0);
  });

  it('keeps the session when a password change is refused for a wrong current password', async () => {
    const client = httpClient();
    await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    let ended = 0;
    client.onSessionEnded(() => ended++);
    const error = await rejection(client.call('auth.changePassword', { currentPassword: 'wrong', newPassword: 'long enough now' }));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', key: 'errors.wrongCredentials' });
    expect(ended).toBe(0);
    // No renewal was spent on it, and the page still holds its session.
    expect(seen.map((s) => s.method)).toEqual(['auth.login', 'auth.changePassword']);
    expect(storage.map.get(TOKEN_KEY)).toBe('access-1');
    expect(await client.call('auth.me', {})).toMatchObject({ email: 'admin@roomly.test' });
  });

  it('still renews an expired access token for a password change', async () => {
    const client = httpClient();
    await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    validAccess.clear();
    expect(await client.call('auth.changePassword', { currentPassword: 'right', newPassword: 'long enough now' })).toEqual({});
    expect(seen.map((s) => s.method)).toEqual(['auth.login', 'auth.changePassword', 'auth.refresh', 'auth.changePassword']);
  });

  it('signs out on the server with the refresh token, and forgets both tokens', async () => {
    const client = httpClient();
    await client.call('auth.login', { email: 'admin@roomly.test', password: 'right' });
    await client.signOut();
    expect(client.mayHaveSession()).toBe(false);
    expect([...storage.map.keys()]).toEqual([]);
    const logout = seen.find((s) => s.method === 'auth.logout');
    if (logout) expect(logout).toMatchObject({ authorization: 'Bearer access-1', body: { refreshToken: 'refresh-1' } });
  });

  it('turns a refused connection into OFFLINE, distinct from server errors', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createClient(createHttpTransport({ baseUrl: `http://127.0.0.1:${port}`, storage }));
    const error = await rejection(client.call('offices.list', {}));
    expect(error.code).toBe('OFFLINE');
    expect(error.isOffline).toBe(true);
    expect(error.key).toBe('errors.OFFLINE');
  });

  it('treats a request with no answer before the timeout as OFFLINE', async () => {
    answer = () => {}; // the server accepts the request and never answers
    const error = await rejection(httpClient(200).call('offices.list', {}));
    expect(error.code).toBe('OFFLINE');
  });

  it('treats a gateway error page as OFFLINE and any other non-envelope as INTERNAL', async () => {
    answer = (_m, _b, _t, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad Gateway</h1>');
    };
    expect((await rejection(httpClient().call('offices.list', {}))).code).toBe('OFFLINE');
    answer = (_m, _b, _t, res) => send(res, 200, { hello: 'world' });
    const error = await rejection(httpClient().call('offices.list', {}));
    expect(error).toMatchObject({ code: 'INTERNAL', key: 'errors.badResponse' });
  });
});

describe('IPC transport', () => {
  // Electron cannot run here: a stand-in bridge with the preload's exact shape.
  const bridge = (reply: (method: string, input: unknown) => Promise<Envelope<unknown>>): RoomlyBridge & { calls: unknown[][] } => {
    const calls: unknown[][] = [];
    return { calls, invoke: (m, i) => (calls.push([m, i]), reply(m, i)), on: () => () => {} };
  };

  it('passes method and input through and unwraps the envelope', async () => {
    const fake = bridge(async () => ({ ok: true, value: [{ id: 'o1' }] }));
    const client = createClient(createIpcTransport(fake));
    expect(client.transport).toBe('ipc');
    expect(await client.call('offices.list', {})).toEqual([{ id: 'o1' }]);
    expect(fake.calls).toEqual([['offices.list', {}]]);
  });

  it('rebuilds the typed error from the envelope and keeps no token in the page', async () => {
    const fake = bridge(async () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'You are not allowed to do this.', key: 'errors.FORBIDDEN' } }));
    const client = createClient(createIpcTransport(fake));
    const error = await rejection(client.call('rooms.list', {}));
    expect(error).toMatchObject({ code: 'FORBIDDEN', key: 'errors.FORBIDDEN', message: 'You are not allowed to do this.' });
    expect(client.mayHaveSession()).toBe(true);
  });

  it('turns a failed invoke into INTERNAL rather than leaking the exception', async () => {
    const client = createClient(createIpcTransport(bridge(async () => Promise.reject(new Error('boom')))));
    const error = await rejection(client.call('auth.me', {}));
    expect(error).toMatchObject({ code: 'INTERNAL', key: 'errors.INTERNAL' });
    expect(error.message).not.toContain('boom');
  });
});
