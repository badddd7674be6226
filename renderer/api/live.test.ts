import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFRESH_KEY, TOKEN_KEY, createHttpTransport } from './httpTransport';
import { createLiveHub, readChangeNote, type ChangeNote, type LinkState, type LiveListener } from './live';

const until = async (condition: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('the live hub', () => {
  it('opens one transport listener for every subscriber and closes it with the last', () => {
    let opened = 0;
    let closed = 0;
    let transport: LiveListener | null = null;
    const hub = createLiveHub((listener) => {
      opened += 1;
      transport = listener;
      return () => (closed += 1);
    });
    const heard: Array<ChangeNote | null> = [];
    const links: LinkState[] = [];
    const stopA = hub.subscribe({ onChange: (note) => heard.push(note) });
    transport!.onLink('open');
    const stopB = hub.subscribe({ onLink: (state) => links.push(state) });
    expect(links).toEqual(['open']); // a late subscriber learns the state at once
    transport!.onChange({ entity: 'room', id: 'r1', officeId: 'o1', op: 'upsert' });
    expect(heard).toEqual([{ entity: 'room', id: 'r1', officeId: 'o1', op: 'upsert' }]);
    stopA();
    expect(closed).toBe(0);
    stopB();
    expect([opened, closed]).toEqual([1, 1]);
  });

  it('reads a note from the wire and refuses anything else', () => {
    expect(readChangeNote('{"entity":"permission","id":"devices.list","officeId":null,"op":"upsert"}')).toEqual({ entity: 'permission', id: 'devices.list', officeId: null, op: 'upsert' });
    expect(readChangeNote({ entity: 'booking' })).toEqual({ entity: 'booking' });
    expect(readChangeNote('not json')).toBeNull();
    expect(readChangeNote({ entity: '' })).toBeNull();
    expect(readChangeNote({ entity: 'room', op: 'explode' })).toBeNull();
  });
});

describe('the HTTP transport listening', () => {
  let server: Server;
  let baseUrl: string;
  const streams: ServerResponse[] = [];
  const authorizations: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/api/v1/auth.refresh') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, value: { accessToken: 'fresh', refreshToken: 'refresh-2' } }));
        return;
      }
      authorizations.push(req.headers.authorization ?? '');
      if (req.headers.authorization !== 'Bearer fresh') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Your session has ended.' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: ready\ndata: {"heartbeatMs":15000}\n\n');
      streams.push(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));

  it('renews a token the stream refuses, passes notes on, and asks for a full refresh after a gap', async () => {
    const store = new Map([[TOKEN_KEY, 'expired'], [REFRESH_KEY, 'refresh-1']]);
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    const heard: Array<ChangeNote | null> = [];
    const links: LinkState[] = [];
    const stop = createHttpTransport({ baseUrl, storage }).listen({ onChange: (note) => heard.push(note), onLink: (state) => links.push(state) });
    try {
      await until(() => streams.length === 1 && links.includes('open'));
      expect(authorizations).toEqual(['Bearer expired', 'Bearer fresh']);
      expect(store.get(REFRESH_KEY)).toBe('refresh-2');

      streams[0]!.write('event: change\ndata: {"entity":"office","id":"o9","officeId":"o9","op":"upsert"}\n\n');
      streams[0]!.write('event: change\ndata: {"no":"entity"}\n\n');
      await until(() => heard.length === 1);
      expect(heard).toEqual([{ entity: 'office', id: 'o9', officeId: 'o9', op: 'upsert' }]);

      streams[0]!.end(); // the connection drops; changes in the gap were never announced
      await until(() => streams.length === 2 && heard.length === 2);
      expect(heard[1]).toBeNull();
      expect(links).toEqual(['closed', 'open', 'closed', 'open']); // the refusal, then the renewed stream
    } finally {
      stop();
    }
  });
});
