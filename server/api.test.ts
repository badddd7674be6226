import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../core/contract';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
let adminToken: string;
let employeeToken: string;
let officeId: string;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.addUser('admin');
  const employee = await server.addUser('employee');
  adminToken = await server.login(admin.email, admin.password);
  employeeToken = await server.login(employee.email, employee.password);
  const office = await server.call('offices.create', { name: 'Berlin', timeZone: 'Europe/Berlin' }, adminToken);
  officeId = office.body.value.id;
});
afterAll(() => server?.close());

describe('the HTTP API', () => {
  it('answers /health after checking the database', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: server.db.dialect });
  });

  it('signs in and returns a token, and auth.me names the person', async () => {
    const me = await server.call('auth.me', {}, employeeToken);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ ok: true, value: { role: 'employee', active: true } });
    expect(JSON.stringify(me.body)).not.toContain('passwordHash');
  });

  it('refuses a wrong password with 401 and a sentence', async () => {
    const admin = await server.addUser('admin');
    const result = await server.call('auth.login', { email: admin.email, password: 'wrong password' });
    expect(result.status).toBe(401);
    expect(result.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'The e-mail or password is wrong.' });
  });

  it('round-trips rooms.create then rooms.list', async () => {
    const created = await server.call(
      'rooms.create',
      { officeId, name: 'Spree', capacity: 8, floor: 3, amenities: ['video', 'whiteboard'] },
      adminToken,
    );
    expect(created.status).toBe(200);
    const listed = await server.call('rooms.list', { officeId }, employeeToken);
    expect(listed.body.value).toContainEqual(created.body.value);
    expect(created.body.value).toMatchObject({ name: 'Spree', type: 'meeting', amenities: ['video', 'whiteboard'], status: 'active' });
  });

  it('filters rooms by type, minimum capacity and amenities', async () => {
    await server.call('rooms.create', { officeId, name: 'Booth 1', type: 'phone_booth', capacity: 1, amenities: ['phone'] }, adminToken);
    await server.call('rooms.create', { officeId, name: 'Hall', capacity: 40, amenities: ['projector', 'video'] }, adminToken);
    const names = async (filter: object) =>
      (await server.call('rooms.list', { officeId, ...filter }, employeeToken)).body.value.map((r: { name: string }) => r.name);
    expect(await names({ type: 'phone_booth' })).toEqual(['Booth 1']);
    expect(await names({ minCapacity: 20 })).toEqual(['Hall']);
    expect(await names({ amenities: ['video', 'projector'] })).toEqual(['Hall']);
  });

  it('retires a room softly: gone from the list, still readable', async () => {
    const room = (await server.call('rooms.create', { officeId, name: 'Old room', capacity: 4 }, adminToken)).body.value;
    const retired = await server.call('rooms.retire', { id: room.id }, adminToken);
    expect(retired.body.value.status).toBe('retired');
    const listed = await server.call('rooms.list', { officeId }, employeeToken);
    expect(listed.body.value.map((r: { id: string }) => r.id)).not.toContain(room.id);
    expect((await server.call('rooms.get', { id: room.id }, employeeToken)).body.value.status).toBe('retired');
  });

  it('answers a malformed body with 400 VALIDATION naming the failing fields', async () => {
    const result = await server.call('rooms.create', { officeId: 'nope', name: '', capacity: -2 }, adminToken);
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('VALIDATION');
    const fields = result.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['officeId', 'name', 'capacity']));
  });

  it('answers broken JSON with 400 VALIDATION in the same envelope', async () => {
    const result = await server.call('rooms.list', '{"officeId": ', employeeToken);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers an unknown method with 404', async () => {
    const result = await server.call('rooms.teleport', {}, adminToken);
    expect(result.status).toBe(404);
    expect(result.body.error.code).toBe('NOT_FOUND');
  });

  it('answers a protected method without a token with 401', async () => {
    const result = await server.call('rooms.list', {});
    expect(result.status).toBe(401);
    expect(result.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers an employee creating a room with 403', async () => {
    const result = await server.call('rooms.create', { officeId, name: 'Mine', capacity: 2 }, employeeToken);
    expect(result.status).toBe(403);
    expect(result.body.error.code).toBe('FORBIDDEN');
  });

  it('answers a room that does not exist with 404', async () => {
    const result = await server.call('rooms.get', { id: '0190a000-0000-7000-8000-00000000dead' }, employeeToken);
    expect(result.status).toBe(404);
  });

  it('publishes an OpenAPI document with every contract method', async () => {
    const doc = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(METHOD_NAMES.map((m) => `/api/v1/${m}`).sort());
    expect(doc.paths['/api/v1/rooms.create'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['officeId', 'name', 'capacity']),
    );
  });

  it('serves Prometheus metrics that count API calls', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/roomly_api_calls_total\{method="rooms.list",outcome="ok"\} \d+/);
    expect(text).toContain('roomly_http_request_duration_seconds_bucket');
  });

  it('gives every response a request id', async () => {
    const result = await server.call('auth.me', {}, employeeToken);
    expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
