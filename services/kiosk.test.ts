import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testkit';
import { walkUpEmail } from './kioskWalkUp';

/**
 * The door tablet's two methods over a real store. The harness clock starts on Monday
 * 2026-11-23 at 09:00 UTC, 10:00 in the office (Europe/Berlin, default hours 09:00–19:00,
 * 10-minute buffers, 15-minute grid).
 */
let h: Harness;
let admin: string;
let officeId: string;
let roomId: string;
let otherRoomId: string;
let tablet: string;

beforeEach(async () => {
  h = await startHarness();
  admin = (await h.tokenFor('admin')).token;
  officeId = await h.addOffice('Berlin');
  roomId = await h.addRoom(officeId, { name: 'Kama' });
  otherRoomId = await h.addRoom(officeId, { name: 'Volga' });
  tablet = await enrol(roomId);
});
afterEach(() => h?.close());

async function enrol(room: string): Promise<string> {
  const { code } = await h.value('devices.enroll', { roomId: room }, admin);
  return (await h.value('devices.redeem', { code })).deviceToken;
}

const book = (input: Record<string, unknown>, token = admin) => h.value('bookings.create', { roomId, title: 'Planning', ...input }, token);

describe('kiosk.status', () => {
  it("describes a free room: its facts, today's working hours and every walk-up length", async () => {
    const status = await h.value('kiosk.status', {}, tablet);
    expect(status.now).toBe('2026-11-23T09:00:00.000Z');
    expect(status.room).toMatchObject({ id: roomId, name: 'Kama', capacity: 6 });
    expect(status.office).toMatchObject({ id: officeId, name: 'Berlin', timeZone: 'Europe/Berlin' });
    expect(status.day).toEqual({
      start: '2026-11-22T23:00:00.000Z',
      end: '2026-11-23T23:00:00.000Z',
      open: [{ start: '2026-11-23T08:00:00.000Z', end: '2026-11-23T18:00:00.000Z' }],
    });
    expect(status.entries).toEqual([]);
    expect(status.walkUp.offers.map((o: { minutes: number }) => o.minutes)).toEqual([15, 30, 45, 60]);
    expect(status.walkUp.offers[1]).toEqual({ minutes: 30, end: '2026-11-23T09:30:00.000Z', isCut: false });
    expect(status.walkUp.blockedBy).toBeNull();
    expect(status.extend).toBeNull();
    expect(status.rules).toEqual({ stepMin: 15, checkInRequired: true, releaseAfterMin: 10 });
  });

  it('cuts the walk-up offers at the next meeting, minus both buffers', async () => {
    const employee = await h.tokenFor('employee', { officeId });
    await book({ start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' }, employee.token);
    const status = await h.value('kiosk.status', {}, tablet);
    expect(status.walkUp.freeUntil).toBe('2026-11-23T09:40:00.000Z');
    expect(status.walkUp.offers).toEqual([
      { minutes: 15, end: '2026-11-23T09:15:00.000Z', isCut: false },
      { minutes: 30, end: '2026-11-23T09:30:00.000Z', isCut: false },
      { minutes: 40, end: '2026-11-23T09:40:00.000Z', isCut: true },
    ]);
    const [entry] = status.entries;
    expect(entry).toMatchObject({ kind: 'booking', title: 'Planning', isPrivate: false, isWalkUp: false, status: 'confirmed' });
    expect(entry.organizerName).toMatch(/^Test employee/);
    expect(entry.checkIn).toEqual({
      required: true,
      opensAt: '2026-11-23T09:55:00.000Z',
      closesAt: '2026-11-23T10:10:00.000Z',
      releaseAt: '2026-11-23T10:10:00.000Z',
    });
  });

  it('shows a private meeting without its title or organizer', async () => {
    await book({ start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T13:00:00.000Z', title: 'Layoffs', isPrivate: true });
    const [entry] = (await h.value('kiosk.status', {}, tablet)).entries;
    expect(entry).toMatchObject({ title: '', isPrivate: true, organizerName: null });
  });

  it("says why nothing can be booked when the room is closed, and shows only today's meetings of its own room", async () => {
    await h.value('bookings.create', { roomId: otherRoomId, title: 'Elsewhere', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' }, admin);
    await book({ start: '2026-11-24T10:00:00.000Z', end: '2026-11-24T11:00:00.000Z', title: 'Tomorrow' });
    h.advance(10 * 3600); // 19:00 local: closed
    const status = await h.value('kiosk.status', {}, tablet);
    expect(status.entries).toEqual([]);
    expect(status.walkUp.offers).toEqual([]);
    expect(status.walkUp.blockedBy).toMatchObject({ code: 'outsideWorkingHours', key: 'rules.outsideWorkingHours' });
  });

  it('answers in the language most people of the office use', async () => {
    for (let i = 0; i < 2; i++) {
      const user = await h.addUser('employee', { officeId });
      await h.db.write((transaction) => h.db.models.User.update({ locale: 'ru' }, { where: { id: user.id }, transaction }));
    }
    await h.addUser('employee', { officeId });
    expect((await h.value('kiosk.status', {}, tablet)).defaultLocale).toBe('ru');
  });

  it('is for door tablets only', async () => {
    expect(await h.code('kiosk.status', {}, admin)).toBe('FORBIDDEN');
    expect(await h.code('kiosk.status', {}, null)).toBe('UNAUTHENTICATED');
  });
});

describe('kiosk.bookNow', () => {
  it('books the room from now, checked in, under the room’s switched-off walk-up account', async () => {
    const { entry, room } = await h.value('kiosk.bookNow', { minutes: 30, title: 'Quick sync' }, tablet);
    expect(room).toEqual({ id: roomId, name: 'Kama', floor: null });
    expect(entry).toMatchObject({
      title: 'Quick sync',
      isWalkUp: true,
      organizerName: null,
      start: '2026-11-23T09:00:00.000Z',
      end: '2026-11-23T09:30:00.000Z',
      checkInAt: '2026-11-23T09:00:00.000Z',
    });
    const account = await h.db.models.User.findOne({ where: { email: walkUpEmail(roomId) } });
    expect(account).toMatchObject({ active: false, passwordHash: null, officeId });
    expect(await h.code('auth.login', { email: walkUpEmail(roomId), password: 'anything at all' })).toBe('UNAUTHENTICATED');

    const status = await h.value('kiosk.status', {}, tablet);
    expect(status.entries).toHaveLength(1);
    expect(status.extend).toEqual({ bookingId: entry.id, end: '2026-11-23T09:45:00.000Z', minutes: 15 });
    expect(status.walkUp.offers).toEqual([]);
    expect(status.walkUp.blockedBy).toMatchObject({ code: 'occupied' });
  });

  it('lets the tablet extend, end and check in through the booking methods', async () => {
    const { entry } = await h.value('kiosk.bookNow', { minutes: 15, title: 'Walk-up' }, tablet);
    h.advance(60);
    expect((await h.value('bookings.extend', { id: entry.id, end: '2026-11-23T09:30:00.000Z' }, tablet)).booking.end).toBe('2026-11-23T09:30:00.000Z');
    expect((await h.value('bookings.end', { id: entry.id }, tablet)).status).toBe('completed');
    expect((await h.value('kiosk.status', {}, tablet)).walkUp.offers).toHaveLength(4);
  });

  it('ends a cut offer at its fixed end, not at now + minutes', async () => {
    await book({ start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' });
    h.advance(30);
    const { entry } = await h.value('kiosk.bookNow', { minutes: 40, end: '2026-11-23T09:40:00.000Z', title: 'Walk-up' }, tablet);
    expect(entry.end).toBe('2026-11-23T09:40:00.000Z');
  });

  it('refuses when the room was booked meanwhile, offers the room next door, and books it', async () => {
    await book({ start: '2026-11-23T09:15:00.000Z', end: '2026-11-23T10:00:00.000Z', title: 'Booked from the console' });
    const refused = await h.call('kiosk.bookNow', { minutes: 30, title: 'Walk-up' }, tablet);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    const details = refused.error.details as any;
    expect(details.violations[0]).toMatchObject({ code: 'occupied' });
    const offered = details.alternatives.find((a: { kind: string }) => a.kind === 'other_room');
    expect(offered).toMatchObject({ roomId: otherRoomId, roomName: 'Volga' });

    const taken = await h.value('kiosk.bookNow', { minutes: 30, title: 'Walk-up', roomId: offered.roomId }, tablet);
    expect(taken.room).toMatchObject({ id: otherRoomId, name: 'Volga' });
    expect(taken.entry).toMatchObject({ isWalkUp: true, end: '2026-11-23T09:30:00.000Z' });
    const inVolga = await h.value('bookings.list', { roomId: otherRoomId }, admin);
    expect(inVolga.map((b: { source: string }) => b.source)).toEqual(['kiosk']);
  });

  it('never books a room of another office, nor anything but a walk-up starting now', async () => {
    const elsewhere = await h.addRoom(await h.addOffice('Moscow'));
    expect(await h.code('kiosk.bookNow', { minutes: 30, title: 'Walk-up', roomId: elsewhere }, tablet)).toBe('NOT_FOUND');
    expect(await h.code('bookings.create', { roomId, title: 'Later', start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T13:00:00.000Z' }, tablet)).toBe('FORBIDDEN');
    expect(await h.code('kiosk.bookNow', { minutes: 30, title: 'Walk-up' }, admin)).toBe('FORBIDDEN');
  });
});
