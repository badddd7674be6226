import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENROLL_CODE_TTL_S } from './devices';
import { startHarness, type Harness } from './testkit';

let h: Harness;
let admin: string;
let officeId: string;
let roomId: string;
let otherRoomId: string;

beforeEach(async () => {
  h = await startHarness();
  admin = (await h.tokenFor('admin')).token;
  officeId = await h.addOffice();
  roomId = await h.addRoom(officeId, { name: 'Kama' });
  otherRoomId = await h.addRoom(officeId, { name: 'Volga' });
});
afterEach(() => h?.close());

async function enrolledTablet(room = roomId) {
  const enrolment = await h.value('devices.enroll', { roomId: room }, admin);
  const redeemed = await h.value('devices.redeem', { code: enrolment.code });
  return { id: enrolment.device.id as string, token: redeemed.deviceToken as string };
}

describe('enrolling a door tablet', () => {
  it('gives a one-time code that the tablet redeems for a device credential bound to the room', async () => {
    const enrolment = await h.value('devices.enroll', { roomId }, admin);
    expect(enrolment.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(enrolment.device).toMatchObject({ roomId, officeId, status: 'pending', name: 'Door of Kama', hasPin: false });
    const redeemed = await h.value('devices.redeem', { code: enrolment.code.toLowerCase().replace(/-/g, ' ') });
    expect(redeemed.device).toMatchObject({ id: enrolment.device.id, status: 'active' });
    expect(await h.value('auth.permissions', {}, redeemed.deviceToken)).toMatchObject({ kind: 'device', role: null });
  });

  it('refuses a code used twice, an expired code and a made-up code (FORBIDDEN)', async () => {
    const used = await h.value('devices.enroll', { roomId }, admin);
    await h.value('devices.redeem', { code: used.code });
    expect(await h.code('devices.redeem', { code: used.code })).toBe('FORBIDDEN');
    const late = await h.value('devices.enroll', { roomId }, admin);
    h.advance(ENROLL_CODE_TTL_S);
    expect(await h.code('devices.redeem', { code: late.code })).toBe('FORBIDDEN');
    expect(await h.code('devices.redeem', { code: 'AAAA-BBBB-CCCC' })).toBe('FORBIDDEN');
    const listed = await h.value('devices.list', { roomId }, (await h.tokenFor('admin')).token);
    expect(listed.map((d: { status: string }) => d.status).sort()).toEqual(['active', 'expired']);
  });

  it('slows down guessing codes from one address', async () => {
    const meta = { clientAddress: '203.0.113.5' };
    for (let i = 0; i < 21; i++) await h.call('devices.redeem', { code: `GUESS-${i}` }, null, meta);
    const { code } = await h.value('devices.enroll', { roomId }, admin);
    expect(await h.code('devices.redeem', { code }, null, meta)).toBe('RATE_LIMITED');
    h.advance(2);
    expect(await h.code('devices.redeem', { code }, null, meta)).toBeUndefined();
  });

  it('lets a facility manager enrol tablets only for rooms of their own office', async () => {
    const manager = (await h.tokenFor('facility_manager', { officeId })).token;
    expect(await h.code('devices.enroll', { roomId }, manager)).toBeUndefined();
    const elsewhere = await h.addRoom(await h.addOffice());
    expect(await h.code('devices.enroll', { roomId: elsewhere }, manager)).toBe('FORBIDDEN');
    expect(await h.code('devices.enroll', { roomId }, (await h.tokenFor('manager')).token)).toBe('FORBIDDEN');
  });

  it('writes audit entries for enrolment, redemption and revocation', async () => {
    const tablet = await enrolledTablet();
    await h.value('devices.revoke', { id: tablet.id, reason: 'stolen' }, admin);
    const { entries } = await h.value('audit.list', { action: 'device.', entityId: tablet.id }, admin);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['device.revoke', 'device.redeem', 'device.enroll']);
    expect(entries[0].reason).toBe('stolen');
  });
});

describe('what a door tablet may do', () => {
  it('reads its own room', async () => {
    const tablet = await enrolledTablet();
    expect((await h.value('rooms.get', { id: roomId }, tablet.token)).name).toBe('Kama');
    const listed = await h.value('rooms.list', {}, tablet.token);
    expect(listed.map((r: { id: string }) => r.id)).toEqual([roomId]);
  });

  const refused: Array<[string, string, () => unknown, string]> = [
    ['read another room', 'rooms.get', () => ({ id: otherRoomId }), 'FORBIDDEN'],
    ['call a method not marked for devices', 'offices.list', () => ({}), 'FORBIDDEN'],
    ['act as a person', 'auth.me', () => ({}), 'FORBIDDEN'],
    ['change its room', 'rooms.update', () => ({ id: roomId, capacity: 99 }), 'FORBIDDEN'],
    ['refresh with its credential', 'auth.refresh', () => ({ refreshToken: 'x' }), 'UNAUTHENTICATED'],
  ];
  for (const [name, method, input, code] of refused) {
    it(`cannot ${name} (${code})`, async () => {
      const tablet = await enrolledTablet();
      const answer = method === 'auth.refresh' ? await h.code(method, { refreshToken: tablet.token }) : await h.code(method, input(), tablet.token);
      expect(answer).toBe(code);
    });
  }

  it('stops working at its next call once revoked (UNAUTHENTICATED)', async () => {
    const tablet = await enrolledTablet();
    expect(await h.code('rooms.get', { id: roomId }, tablet.token)).toBeUndefined();
    await h.value('devices.revoke', { id: tablet.id }, admin);
    expect(await h.code('rooms.get', { id: roomId }, tablet.token)).toBe('UNAUTHENTICATED');
    expect((await h.value('devices.list', { includeRevoked: true }, admin))[0]).toMatchObject({ id: tablet.id, status: 'revoked' });
    expect(await h.value('devices.list', {}, admin)).toEqual([]);
  });

  it('notes when a tablet was last seen, at most every few minutes', async () => {
    const tablet = await enrolledTablet();
    h.advance(600);
    await h.value('rooms.get', { id: roomId }, tablet.token);
    const [device] = await h.value('devices.list', {}, admin);
    expect(device.lastSeenAt).toBe(h.now().toISOString());
  });
});

describe('the kiosk exit PIN', () => {
  it('is set by an admin, stored hashed and checked on the tablet', async () => {
    const tablet = await enrolledTablet();
    expect(await h.code('devices.verifyPin', { pin: '2468' }, tablet.token)).toBe('FORBIDDEN');
    expect((await h.value('devices.setPin', { id: tablet.id, pin: '2468' }, admin)).hasPin).toBe(true);
    const row = await h.db.models.Device.findByPk(tablet.id);
    expect(row?.pinHash).toMatch(/^\$argon2id\$/);
    expect(await h.value('devices.verifyPin', { pin: '2468' }, tablet.token)).toEqual({ valid: true });
    expect(await h.code('devices.verifyPin', { pin: '1357' }, tablet.token)).toBe('FORBIDDEN');
  });

  it('backs off after wrong PINs and accepts the right one after the wait', async () => {
    const tablet = await enrolledTablet();
    await h.value('devices.setPin', { id: tablet.id, pin: '2468' }, admin);
    for (let i = 0; i < 4; i++) expect(await h.code('devices.verifyPin', { pin: '0000' }, tablet.token)).toBe('FORBIDDEN');
    const waiting = await h.call('devices.verifyPin', { pin: '2468' }, tablet.token);
    expect(waiting).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', details: { retryAfterS: 5 } } });
    h.advance(5);
    expect(await h.code('devices.verifyPin', { pin: '2468' }, tablet.token)).toBeUndefined();
  });

  it('cannot be set or checked by the wrong caller', async () => {
    const tablet = await enrolledTablet();
    const manager = (await h.tokenFor('facility_manager')).token;
    expect(await h.code('devices.setPin', { id: tablet.id, pin: '2468' }, manager)).toBe('FORBIDDEN');
    expect(await h.code('devices.setPin', { id: tablet.id, pin: '12' }, admin)).toBe('VALIDATION');
    expect(await h.code('devices.verifyPin', { pin: '2468' }, admin)).toBe('FORBIDDEN');
  });
});
