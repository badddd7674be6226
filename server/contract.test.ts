import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore, registerIpc, type InvokeEventLike } from '../main/ipc';
import { APP_ORIGIN, createAppUrlCheck } from '../main/origin';
import { startTestServer, type TestServer } from './testServer';

/**
 * The same calls through both transports — Electron IPC (with a fake ipcMain, since Electron cannot
 * run here) and HTTP — must get the same answers.
 */
let server: TestServer;
let ipc: (windowId: number, method: string, input: unknown) => Promise<unknown>;
const http: Record<string, string> = {};
const ADMIN_WINDOW = 1;
const EMPLOYEE_WINDOW = 2;
let officeId: string;
let roomId: string;

beforeAll(async () => {
  server = await startTestServer();
  let handler: ((event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) | undefined;
  registerIpc(
    { handle: (_channel, listener) => void (handler = listener), removeHandler: () => {} },
    { dispatch: server.dispatch, isTrustedSender: createAppUrlCheck(), sessions: createSessionStore() },
  );
  ipc = (windowId, method, input) =>
    handler!(
      { sender: { id: windowId, once: () => {} }, senderFrame: { url: `${APP_ORIGIN}/index.html#/console`, parent: null } },
      { method, input },
    );
  for (const [role, windowId] of [['admin', ADMIN_WINDOW], ['employee', EMPLOYEE_WINDOW]] as const) {
    const user = await server.addUser(role);
    http[role] = await server.login(user.email, user.password);
    await ipc(windowId, 'auth.login', { email: user.email, password: user.password });
  }
  officeId = (await server.call('offices.create', { name: 'Moscow', timeZone: 'Europe/Moscow' }, http.admin)).body.value.id;
  roomId = (await server.call('rooms.create', { officeId, name: 'Север', capacity: 6, amenities: ['video'] }, http.admin)).body.value.id;
});
afterAll(() => server?.close());

const cases: { name: string; role: 'admin' | 'employee'; method: string; input: () => unknown }[] = [
  { name: 'who am I', role: 'employee', method: 'auth.me', input: () => ({}) },
  { name: 'list offices', role: 'employee', method: 'offices.list', input: () => ({}) },
  { name: 'list rooms with filters', role: 'employee', method: 'rooms.list', input: () => ({ officeId, amenities: ['video'] }) },
  { name: 'look a colleague up', role: 'employee', method: 'users.directory', input: () => ({ query: 'test admin' }) },
  { name: 'read one room', role: 'employee', method: 'rooms.get', input: () => ({ id: roomId }) },
  { name: 'update a room to the same values', role: 'admin', method: 'rooms.update', input: () => ({ id: roomId, capacity: 6 }) },
  { name: 'a missing room', role: 'employee', method: 'rooms.get', input: () => ({ id: '0190a000-0000-7000-8000-00000000dead' }) },
  { name: 'invalid input', role: 'admin', method: 'rooms.create', input: () => ({ officeId, name: '', capacity: 0 }) },
  { name: 'a forbidden method', role: 'employee', method: 'rooms.create', input: () => ({ officeId, name: 'X', capacity: 2 }) },
  { name: 'an unknown method', role: 'employee', method: 'rooms.fly', input: () => ({}) },
];

/** Request ids differ by design (one per request); everything else must match. */
const withoutRequestId = (envelope: any) => {
  if (envelope?.error?.details?.requestId) delete envelope.error.details.requestId;
  return envelope;
};

describe('the contract over IPC and HTTP', () => {
  for (const c of cases) {
    it(`gives the same answer to "${c.name}" (${c.method})`, async () => {
      const overHttp = (await server.call(c.method, c.input(), http[c.role])).body;
      const overIpc = await ipc(c.role === 'admin' ? ADMIN_WINDOW : EMPLOYEE_WINDOW, c.method, c.input());
      expect(withoutRequestId(overIpc)).toEqual(withoutRequestId(overHttp));
    });
  }

  it('keeps the token out of the page over IPC but hands it to HTTP clients', async () => {
    const user = await server.addUser('employee');
    const overIpc: any = await ipc(9, 'auth.login', { email: user.email, password: user.password });
    const overHttp = (await server.call('auth.login', { email: user.email, password: user.password })).body;
    expect(overIpc.value.user).toEqual(overHttp.value.user);
    expect(overIpc.value.accessToken).toBeUndefined();
    expect(typeof overHttp.value.accessToken).toBe('string');
  });
});
