import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputFromQuery } from './reports';
import { startTestServer, type TestServer } from './testServer';

describe('GET /api/v1/reports/<name>.csv', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(() => new Date('2026-11-20T08:00:00.000Z'));
  });
  afterEach(async () => {
    await server.close();
  });

  it('downloads a report as a CSV attachment with a byte-order mark', async () => {
    const { Office, Room } = server.db.models;
    const office = await Office.create({ name: 'Kazan', timeZone: 'Europe/Moscow', workingHours: {} });
    const room = await Room.create({ officeId: office.id, name: 'Кама', capacity: 4 });
    const user = await server.addUser('employee');
    const token = await server.login(user.email, user.password);
    const response = await fetch(`${server.url}/api/v1/reports/scheduleRoom.csv?roomId=${room.id}&date=2026-11-23`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="room-.*-2026-11-23\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('answers a refusal with the envelope and its status', async () => {
    const response = await fetch(`${server.url}/api/v1/reports/statsGlobal.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&table=rooms`);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
  });

  it('reads lists, numbers and booleans from the query as the input expects', () => {
    expect(inputFromQuery('reports.availabilityCommon', { userIds: 'a', durationMin: '30', needRoom: 'true', from: '2026' })).toEqual({
      userIds: ['a'],
      durationMin: 30,
      needRoom: true,
      from: '2026',
    });
  });
});
