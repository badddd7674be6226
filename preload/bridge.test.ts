import { describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type BridgeEvent } from '../core/bridge';
import { createBridge, type IpcListener, type IpcRendererLike } from './bridge';

/** Stands in for Electron's ipcRenderer: records invokes, lets a test push main-process events. */
function fakeIpcRenderer(answer: (channel: string, payload: unknown) => Promise<unknown> = async () => ({ ok: true, value: null })) {
  const listeners = new Map<string, Set<IpcListener>>();
  const invoked: Array<[string, unknown]> = [];
  const ipcRenderer: IpcRendererLike = {
    invoke: (channel, payload) => {
      invoked.push([channel, payload]);
      return answer(channel, payload);
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const senderEvent = { sender: { send: () => 'private' } };
  const push = (message: unknown) => listeners.get(IPC_EVENT_CHANNEL)?.forEach((listener) => listener(senderEvent, message));
  const listenerCount = () => listeners.get(IPC_EVENT_CHANNEL)?.size ?? 0;
  return { ipcRenderer, invoked, push, listenerCount };
}

describe('createBridge', () => {
  it('exposes exactly invoke and on', () => {
    const bridge = createBridge(fakeIpcRenderer());
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes the one channel with {method, input} and returns the envelope it gets', async () => {
    const fake = fakeIpcRenderer(async () => ({ ok: true, value: [{ id: 'r1' }] }));
    const answer = await createBridge(fake).invoke('rooms.list', { capacityAtLeast: 4 });
    expect(fake.invoked).toEqual([[IPC_INVOKE_CHANNEL, { method: 'rooms.list', input: { capacityAtLeast: 4 } }]]);
    expect(answer).toEqual({ ok: true, value: [{ id: 'r1' }] });
  });

  it('answers with an INTERNAL envelope instead of rejecting when the transport fails', async () => {
    const fake = fakeIpcRenderer(async () => {
      throw new Error('An object could not be cloned.');
    });
    const answer = await createBridge(fake).invoke('rooms.list', { callback: () => 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL', key: 'errors.transport' } });
  });

  it('hands a subscriber only the payload of its own event, never the IPC event object', () => {
    const fake = fakeIpcRenderer();
    const bridge = createBridge(fake);
    const seen: unknown[][] = [];
    bridge.on('changes', (...args) => seen.push(['changes', ...args]));
    bridge.on('session', (...args) => seen.push(['session', ...args]));
    fake.push({ event: 'changes', payload: { version: 2 } });
    fake.push({ event: 'connectivity', payload: { online: false } });
    fake.push({ event: 'session', payload: null });
    expect(seen).toEqual([
      ['changes', { version: 2 }],
      ['session', null],
    ]);
  });

  it('ignores messages that are not bridge events', () => {
    const fake = fakeIpcRenderer();
    const seen: unknown[] = [];
    createBridge(fake).on('changes', (payload) => seen.push(payload));
    for (const message of [null, 'changes', { event: 'toString', payload: 1 }, { payload: 1 }, { event: '__proto__' }]) {
      fake.push(message);
    }
    expect(seen).toEqual([]);
  });

  it('refuses to subscribe to an unknown event or without a callback', () => {
    const bridge = createBridge(fakeIpcRenderer());
    expect(() => bridge.on('secrets' as BridgeEvent, () => {})).toThrow(/Unknown Roomly event "secrets"/);
    expect(() => bridge.on('changes', undefined as unknown as () => void)).toThrow(TypeError);
  });

  it('stops delivering after unsubscribe and removes its IPC listener when nobody listens', () => {
    const fake = fakeIpcRenderer();
    const bridge = createBridge(fake);
    const seen: unknown[] = [];
    const callback = (payload: unknown) => seen.push(payload);
    const first = bridge.on('changes', callback);
    const second = bridge.on('changes', callback);
    expect(fake.listenerCount()).toBe(1);
    fake.push({ event: 'changes', payload: 1 });
    first();
    fake.push({ event: 'changes', payload: 2 });
    second();
    second();
    fake.push({ event: 'changes', payload: 3 });
    expect(seen).toEqual([1, 1, 2]);
    expect(fake.listenerCount()).toBe(0);
    bridge.on('connectivity', callback);
    expect(fake.listenerCount()).toBe(1);
  });
});
