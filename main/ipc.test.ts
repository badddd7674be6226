import { describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../core/bridge';
import type { CallMeta, Dispatch } from '../core/dispatcher';
import { fail, ok, unauthenticated, type Envelope } from '../core/errors';
import { createSessionStore, registerIpc, sendBridgeEvent, type InvokeEventLike, type IpcMainLike } from './ipc';
import { createAppUrlCheck } from './origin';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Stands in for Electron's ipcMain: keeps the registered handlers and lets a test invoke them. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = (event: InvokeEventLike, payload: unknown) => {
    const handler = handlers.get(IPC_INVOKE_CHANNEL);
    if (!handler) throw new Error('no handler');
    return handler(event, payload) as Promise<Envelope<unknown>>;
  };
  return { ipc, handlers, invoke };
}

/** A window: its webContents id, its top frame's URL, and a way to close it. */
function fakeWindow(id: number, url = 'app://roomly/index.html#/console') {
  const onDestroyed: Array<() => void> = [];
  const sender = { id, once: (_event: 'destroyed', listener: () => void) => void onDestroyed.push(listener) };
  const top = { url, parent: null };
  return {
    event: { sender, senderFrame: top } as InvokeEventLike,
    subframe: { sender, senderFrame: { url, parent: top } } as InvokeEventLike,
    close: () => onDestroyed.forEach((listener) => listener()),
  };
}

const SESSION = {
  accessToken: 'token-of-ada',
  refreshToken: 'refresh-of-ada',
  expiresAt: '2026-11-23T10:00:00.000Z',
  user: { id: 'u1', email: 'ada@example.com' },
};

/** Records every call and answers like the real dispatcher would for a few methods. */
function recordingDispatch() {
  const calls: Array<{ method: string; input: unknown; meta: CallMeta | undefined }> = [];
  const dispatch: Dispatch = async (method, input, meta) => {
    calls.push({ method, input, meta });
    if (method === 'auth.login') {
      const email = (input as { email: string }).email;
      return ok({ ...SESSION, accessToken: `token-of-${email.split('@')[0]}` });
    }
    if (method === 'auth.logout') return meta?.token ? ok({}) : fail(unauthenticated().toBody());
    return ok({ echoed: input });
  };
  return { dispatch, calls };
}

function setup() {
  const ipcMain = fakeIpcMain();
  const { dispatch, calls } = recordingDispatch();
  const sessions = createSessionStore();
  const refusals: string[] = [];
  const unregister = registerIpc(ipcMain.ipc, {
    dispatch,
    sessions,
    isTrustedSender: createAppUrlCheck({}),
    onRefused: (reason) => refusals.push(reason),
  });
  return { ...ipcMain, calls, sessions, refusals, unregister };
}

describe('registerIpc', () => {
  it('registers exactly one handler, on the invoke channel, and can remove it', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes a call from our own page through to the dispatcher and returns its envelope', async () => {
    const { invoke, calls } = setup();
    const answer = await invoke(fakeWindow(1).event, { method: 'rooms.list', input: { officeId: 'o1' } });
    expect(answer).toEqual({ ok: true, value: { echoed: { officeId: 'o1' } } });
    expect(calls).toEqual([{ method: 'rooms.list', input: { officeId: 'o1' }, meta: { token: null, clientAddress: 'local' } }]);
  });

  it.each([
    ['another site', 'https://evil.example/index.html'],
    ['a local file', 'file:///tmp/index.html'],
    ['a look-alike host', 'app://roomly.evil/index.html'],
    ['the dev server when none is configured', 'http://localhost:5173/index.html'],
    ['a page with credentials in its URL', 'app://user:pw@roomly/index.html'],
    ['an empty URL', ''],
  ])('refuses a call from %s with FORBIDDEN and never dispatches it', async (_name, url) => {
    const { invoke, calls, refusals } = setup();
    const answer = await invoke(fakeWindow(1, url).event, { method: 'rooms.list', input: {} });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(0);
    expect(refusals).toEqual(['the page is not Roomly']);
  });

  it('refuses a call from a subframe of our own page', async () => {
    const { invoke, calls } = setup();
    const answer = await invoke(fakeWindow(1).subframe, { method: 'rooms.list', input: {} });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { invoke, calls } = setup();
    const event = { ...fakeWindow(1).event, senderFrame: null };
    expect(await invoke(event, { method: 'rooms.list', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(calls).toHaveLength(0);
  });

  it('accepts the dev server page only when it is the configured one', async () => {
    const ipcMain = fakeIpcMain();
    const { dispatch } = recordingDispatch();
    registerIpc(ipcMain.ipc, {
      dispatch,
      sessions: createSessionStore(),
      isTrustedSender: createAppUrlCheck({ devServerUrl: 'http://localhost:5173' }),
    });
    const call = (url: string) => ipcMain.invoke(fakeWindow(1, url).event, { method: 'rooms.list', input: {} });
    expect((await call('http://localhost:5173/index.html#/kiosk')).ok).toBe(true);
    expect((await call('http://localhost:5174/index.html')).ok).toBe(false);
    expect((await call('https://localhost:5173/index.html')).ok).toBe(false);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'rooms.list'],
    ['no method', { input: {} }],
    ['a numeric method', { method: 42, input: {} }],
    ['an empty method', { method: '', input: {} }],
    ['an extra field', { method: 'rooms.list', input: {}, token: 'forged' }],
  ])('answers a malformed payload (%s) with VALIDATION', async (_name, payload) => {
    const { invoke, calls } = setup();
    const answer = await invoke(fakeWindow(1).event, payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(calls).toHaveLength(0);
  });

  it('keeps the token from a successful login and hands the page the session without any token', async () => {
    const { invoke, sessions } = setup();
    const answer = await invoke(fakeWindow(7).event, {
      method: 'auth.login',
      input: { email: 'ada@example.com', password: 'secret' },
    });
    expect(answer).toEqual({
      ok: true,
      value: { expiresAt: SESSION.expiresAt, user: SESSION.user },
    });
    expect(JSON.stringify(answer)).not.toContain('token-of');
    expect(JSON.stringify(answer)).not.toContain('refresh-of');
    expect(sessions.get(7)).toEqual({ accessToken: 'token-of-ada', refreshToken: 'refresh-of-ada' });
  });

  it('sends the stored token with every later call of that window', async () => {
    const { invoke, calls } = setup();
    const window = fakeWindow(7);
    await invoke(window.event, { method: 'auth.login', input: { email: 'ada@example.com', password: 'x' } });
    await invoke(window.event, { method: 'auth.me', input: {} });
    await invoke(window.event, { method: 'rooms.list', input: {} });
    expect(calls.slice(1).map((c) => c.meta?.token)).toEqual(['token-of-ada', 'token-of-ada']);
  });

  it('keeps a separate session for each window', async () => {
    const { invoke, calls } = setup();
    const [first, second, third] = [fakeWindow(1), fakeWindow(2), fakeWindow(3)];
    await invoke(first.event, { method: 'auth.login', input: { email: 'ada@example.com', password: 'x' } });
    await invoke(second.event, { method: 'auth.login', input: { email: 'bob@example.com', password: 'x' } });
    await invoke(first.event, { method: 'auth.me', input: {} });
    await invoke(second.event, { method: 'auth.me', input: {} });
    await invoke(third.event, { method: 'auth.me', input: {} });
    expect(calls.slice(2).map((c) => c.meta?.token)).toEqual(['token-of-ada', 'token-of-bob', null]);
  });

  it('forgets a session on logout, and logout succeeds even when the store no longer knows the token', async () => {
    const { invoke, calls, sessions } = setup();
    const window = fakeWindow(4);
    await invoke(window.event, { method: 'auth.login', input: { email: 'ada@example.com', password: 'x' } });
    expect(await invoke(window.event, { method: 'auth.logout', input: {} })).toEqual({ ok: true, value: {} });
    expect(calls[1]?.meta?.token).toBe('token-of-ada');
    expect(sessions.get(4)).toEqual({});
    await invoke(window.event, { method: 'auth.me', input: {} });
    expect(calls[2]?.meta?.token).toBeNull();
    expect(await invoke(window.event, { method: 'auth.logout', input: {} })).toEqual({ ok: true, value: {} });
  });

  it('forgets a session when its window closes', async () => {
    const { invoke, sessions } = setup();
    const window = fakeWindow(5);
    await invoke(window.event, { method: 'auth.login', input: { email: 'ada@example.com', password: 'x' } });
    window.close();
    expect(sessions.has(5)).toBe(false);
  });

  it('leaves the session alone when a login fails', async () => {
    const ipcMain = fakeIpcMain();
    const sessions = createSessionStore();
    sessions.set(1, { accessToken: 'earlier-token' });
    registerIpc(ipcMain.ipc, {
      dispatch: async () => fail(unauthenticated('Wrong e-mail or password.').toBody()),
      sessions,
      isTrustedSender: () => true,
    });
    const answer = await ipcMain.invoke(fakeWindow(1).event, { method: 'auth.login', input: {} });
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(sessions.get(1)).toEqual({ accessToken: 'earlier-token' });
  });

  it('turns a dispatcher that throws into an INTERNAL envelope instead of a rejected invoke', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain.ipc, {
      dispatch: async () => {
        throw new Error('boom at /secret/path');
      },
      sessions: createSessionStore(),
      isTrustedSender: () => true,
    });
    const answer = await ipcMain.invoke(fakeWindow(1).event, { method: 'rooms.list', input: {} });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(answer)).not.toContain('/secret/path');
  });
});

describe('sendBridgeEvent', () => {
  it('sends the event on the event channel to a live window only', () => {
    const sent: unknown[] = [];
    let destroyed = false;
    const target = { send: (channel: string, message: unknown) => sent.push([channel, message]), isDestroyed: () => destroyed };
    sendBridgeEvent(target, 'changes', { version: 3 });
    destroyed = true;
    sendBridgeEvent(target, 'changes', { version: 4 });
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, { event: 'changes', payload: { version: 3 } }]]);
  });
});
