import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../db/testing';
import { createRoomlyDispatcher, createStore, hashPassword } from '../services';
import { authenticate } from '../services/auth';
import { buildServer } from './app';
import { createEventsHub, type EventsHub } from './events';

/** The event stream over a real server and store: who hears what, heartbeats, revocation, shutdown. */
const SECRET = 'events-test-secret-that-is-long-enough-for-hs256';
const PASSWORD = 'correct horse battery staple';

let db: TestDb;
let app: FastifyInstance;
let hub: EventsHub;
let url: string;
const streams: AbortController[] = [];

beforeEach(async () => {
  db = await openTestDb();
  hub = createEventsHub({ db });
  const store = createStore({ db, secret: SECRET });
  const dispatch = createRoomlyDispatcher({ db, secret: SECRET, onChange: (c) => hub.publish(c) });
  app = await buildServer({
    db,
    dispatch,
    version: '0.0.0-test',
    events: { hub, authenticate: (token) => authenticate(token, { now: new Date(), store }), heartbeatMs: 100 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterEach(async () => {
  for (const s of streams.splice(0)) s.abort();
  await app.close();
  await db.cleanup();
});

async function call(method: string, input: unknown, token?: string): Promise<any> {
  const response = await fetch(`${url}/api/v1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

async function person(role: string, officeId: string | null): Promise<string> {
  const email = `${role}.${uuidv7().slice(-8)}@roomly.test`;
  const passwordHash = await hashPassword(PASSWORD);
  await db.write((transaction) =>
    db.models.User.create({ email, name: role, role: role as 'admin', officeId, locale: 'en', passwordHash, active: true, tokenVersion: 0 }, { transaction }),
  );
  return (await call('auth.login', { email, password: PASSWORD })).accessToken;
}

interface Heard {
  events: Array<{ event: string; data: any }>;
  comments: number;
  closed: boolean;
}

/** Opens the stream and collects what arrives. */
async function listen(token: string | null): Promise<{ status: number; heard: Heard }> {
  const controller = new AbortController();
  streams.push(controller);
  const response = await fetch(`${url}/api/v1/events`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: controller.signal,
  });
  const heard: Heard = { events: [], comments: 0, closed: false };
  if (response.status !== 200 || !response.body) return { status: response.status, heard };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (block.startsWith(':')) heard.comments += 1;
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) heard.events.push({ event, data: data ? JSON.parse(data) : null });
        }
      }
    } catch {
      // aborted by the test
    }
    heard.closed = true;
  })();
  return { status: response.status, heard };
}

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const changes = (h: Heard) => h.events.filter((e) => e.event === 'change');

async function officeWithRooms() {
  const office = await db.write((t) => db.models.Office.create({ name: `Office ${uuidv7().slice(-4)}`, timeZone: 'UTC', workingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])) }, { transaction: t }));
  const room = await db.write((t) => db.models.Room.create({ officeId: office.id, name: 'Kama', capacity: 6 }, { transaction: t }));
  const other = await db.write((t) => db.models.Room.create({ officeId: office.id, name: 'Volga', capacity: 6 }, { transaction: t }));
  return { officeId: office.id, roomId: room.id, otherRoomId: other.id };
}

async function tabletFor(admin: string, roomId: string) {
  const { code, device } = await call('devices.enroll', { roomId }, admin);
  return { id: device.id as string, token: (await call('devices.redeem', { code })).deviceToken as string };
}

const soon = (minutes: number) => {
  const t = Math.ceil(Date.now() / (15 * 60_000)) * 15 * 60_000 + minutes * 60_000;
  return new Date(t).toISOString();
};

describe('GET /api/v1/events', () => {
  it("pokes a door tablet about its own room only, without the change's ids", async () => {
    const { roomId, otherRoomId } = await officeWithRooms();
    const admin = await person('admin', null);
    const tablet = await tabletFor(admin, roomId);
    const { status, heard } = await listen(tablet.token);
    expect(status).toBe(200);
    await until(() => heard.events.some((e) => e.event === 'ready'));

    await call('bookings.create', { roomId: otherRoomId, title: 'Elsewhere', start: soon(60), end: soon(90) }, admin);
    await call('bookings.create', { roomId, title: 'Here', start: soon(60), end: soon(90) }, admin);
    await until(() => changes(heard).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(changes(heard)).toEqual([{ event: 'change', data: { entity: 'booking' } }]);
  });

  it("tells a person the changes of their own office, and not another office's", async () => {
    const first = await officeWithRooms();
    const second = await officeWithRooms();
    const admin = await person('admin', null);
    const here = await listen(await person('employee', first.officeId));
    const there = await listen(await person('employee', second.officeId));
    await until(() => here.heard.events.length > 0 && there.heard.events.length > 0);
    const { booking } = await call('bookings.create', { roomId: first.roomId, title: 'Here', start: soon(60), end: soon(90) }, admin);
    await until(() => changes(here.heard).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(changes(here.heard)[0]!.data).toEqual({ entity: 'booking', id: booking.id, officeId: first.officeId, op: 'upsert' });
    expect(changes(there.heard)).toEqual([]);
  });

  it('tells every signed-in person that the permission table changed, naming only the method, and no door tablet', async () => {
    const { officeId, roomId } = await officeWithRooms();
    const elsewhere = await officeWithRooms();
    const admin = await person('admin', null);
    const tablet = await tabletFor(admin, roomId);
    const managerToken = await person('facility_manager', officeId);
    const listeners = [await listen(tablet.token), await listen(managerToken), await listen(await person('employee', elsewhere.officeId))];
    await until(() => listeners.every((l) => l.heard.events.some((e) => e.event === 'ready')));
    const [door, manager, employee] = listeners.map((l) => l.heard) as [Heard, Heard, Heard];

    await call('permissions.update', { method: 'devices.list', roles: ['admin'], reason: 'IT looks after the tablets' }, admin);
    await until(() => changes(manager).length >= 1 && changes(employee).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const note = { entity: 'permission', id: 'devices.list', officeId: null, op: 'upsert' };
    expect(changes(manager).map((e) => e.data)).toEqual([note]);
    expect(changes(employee).map((e) => e.data)).toEqual([note]);
    expect(changes(door)).toEqual([]);
    // By the time the poke arrives the table is already the new one.
    expect((await call('auth.permissions', {}, managerToken)).methods).not.toContain('devices.list');
  });

  it("tells a person of another office about offices, rooms and rule sets, but not that office's bookings", async () => {
    const first = await officeWithRooms();
    const second = await officeWithRooms();
    const admin = await person('admin', null);
    const { heard } = await listen(await person('employee', second.officeId));
    await until(() => heard.events.some((e) => e.event === 'ready'));

    const office = await call('offices.create', { name: 'Tbilisi', timeZone: 'Asia/Tbilisi' }, admin);
    await call('rooms.update', { id: first.roomId, capacity: 8 }, admin);
    const version = await call('rules.update', { scope: { level: 'office', officeId: first.officeId }, rules: { bufferMin: { before: 5 } }, reason: 'Cleaning' }, admin);
    await call('bookings.create', { roomId: first.roomId, title: 'Not yours', start: soon(60), end: soon(90) }, admin);
    await until(() => changes(heard).length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(changes(heard).map((e) => e.data)).toEqual([
      { entity: 'office', id: office.id, officeId: office.id, op: 'upsert' },
      { entity: 'room', id: first.roomId, officeId: first.officeId, op: 'upsert' },
      { entity: 'rules', id: version.id, officeId: first.officeId, op: 'upsert' },
    ]);
  });

  it('refuses a missing or bad token with 401', async () => {
    expect((await listen(null)).status).toBe(401);
    expect((await listen('not-a-token')).status).toBe(401);
  });

  it('beats while idle, and ends the stream of a tablet that was revoked', async () => {
    const { roomId } = await officeWithRooms();
    const admin = await person('admin', null);
    const tablet = await tabletFor(admin, roomId);
    const { heard } = await listen(tablet.token);
    await until(() => heard.comments >= 2);
    await call('devices.revoke', { id: tablet.id }, admin);
    await until(() => heard.closed);
    expect(heard.events.at(-1)).toEqual({ event: 'ended', data: {} });
    expect(hub.size).toBe(0);
  });

  it('lets the server stop while streams are open', async () => {
    const { heard } = await listen(await person('admin', null));
    await until(() => hub.size === 1);
    await app.close();
    await until(() => heard.closed);
  });
});
