import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { Caller } from '../../core/domain';
import { createDispatcher } from '../../core/dispatcher';
import { openTestDb, type TestDb } from '../../db/testing';
import { createStore, handlers } from '../index';

/**
 * Literal cases: CSV files a spreadsheet opens as written (byte-order mark, quoting, Cyrillic),
 * days of 23 and 25 hours where Berlin changes its clocks, and who may read what.
 */
const NOW = new Date('2026-03-20T08:00:00.000Z');

interface Fixture {
  db: TestDb;
  call(method: string, input: unknown, as: string): Promise<any>;
  room: string;
  anna: string;
  boris: string;
  admin: string;
  otherManager: string;
}

async function fixture(): Promise<Fixture> {
  const db = await openTestDb();
  const { Office, Room, User, Booking, BookingAttendee } = db.models;
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['08:00', '20:00']]]));
  const berlin = await Office.create({ id: uuidv7(), name: 'Berlin', timeZone: 'Europe/Berlin', workingHours: hours });
  const moscow = await Office.create({ id: uuidv7(), name: 'Москва', timeZone: 'Europe/Moscow', workingHours: hours });
  const room = await Room.create({ id: uuidv7(), officeId: berlin.id, name: 'Переговорная "Север", 3', capacity: 6 });
  const person = (name: string, role: 'employee' | 'admin' | 'facility_manager', officeId: string) =>
    User.create({ id: uuidv7(), email: `${uuidv7().slice(-8)}@roomly.test`, name, role, officeId });
  const [anna, boris, admin, otherManager] = await Promise.all([
    person('Анна Иванова', 'employee', berlin.id),
    person('Boris', 'employee', berlin.id),
    person('Admin', 'admin', berlin.id),
    person('Мария', 'facility_manager', moscow.id),
  ]);
  const booking = await Booking.create({
    id: uuidv7(), roomId: room.id, organizerId: anna!.id, createdById: anna!.id, title: 'План, "квартал"\nи бюджет',
    startAt: new Date('2026-03-29T07:00:00.000Z'), endAt: new Date('2026-03-29T08:30:00.000Z'), status: 'confirmed',
  });
  await BookingAttendee.create({ bookingId: booking.id, userId: boris!.id });
  const users = [anna!, boris!, admin!, otherManager!];
  const callers = new Map<string, Caller>(users.map((u) => [u.id, { kind: 'user', userId: u.id, role: u.role, officeId: u.officeId ?? null }]));
  const dispatch = createDispatcher({ handlers, store: createStore({ db, secret: 'reports-test-secret-long-enough-for-keys' }), authenticate: async (token) => callers.get(token)!, clock: () => NOW });
  return { db, call: (method, input, as) => dispatch(method, input, { token: as }), room: room.id, anna: anna!.id, boris: boris!.id, admin: admin!.id, otherManager: otherManager!.id };
}

describe('reports and literal cases', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(async () => {
    await f.db.cleanup();
  });

  it('writes a room day as CSV with a byte-order mark, quoted fields and Cyrillic intact', async () => {
    const answer = await f.call('reports.scheduleRoom', { roomId: f.room, date: '2026-03-29' }, f.anna);
    expect(answer.ok).toBe(true);
    const { content, mimeType, filename } = answer.value;
    expect(mimeType).toBe('text/csv; charset=utf-8');
    expect(filename).toMatch(/^room-.*2026-03-29\.csv$/);
    expect(content.startsWith('\uFEFF')).toBe(true);
    const [header, ...rest] = content.slice(1).split('\r\n');
    expect(header).toBe('kind,start (Europe/Berlin),end (Europe/Berlin),title,status,organizer,people,private');
    // 07:00Z on the day clocks go forward is 09:00 in Berlin; the title keeps its comma, quotes and line break.
    expect(rest.join('\r\n')).toContain('booking,2026-03-29 09:00,2026-03-29 10:30,"План, ""квартал""\nи бюджет",confirmed,Анна Иванова,2,no');
  });

  it('gives the day clocks go forward 23 hours and the day they go back 25', async () => {
    const spring = (await f.call('schedule.room', { roomId: f.room, date: '2026-03-29' }, f.anna)).value;
    const autumn = (await f.call('schedule.room', { roomId: f.room, date: '2026-10-25' }, f.anna)).value;
    const hours = (d: { start: string; end: string }) => (new Date(d.end).getTime() - new Date(d.start).getTime()) / 3_600_000;
    expect([hours(spring), hours(autumn)]).toEqual([23, 25]);
    expect(spring.start).toBe('2026-03-28T23:00:00.000Z');
    expect(spring.hours).toEqual([{ start: '2026-03-29T06:00:00.000Z', end: '2026-03-29T18:00:00.000Z' }]);
  });

  it('shows another person only when they are busy, and their own day in full', async () => {
    const asBoris = (await f.call('schedule.user', { userId: f.anna, date: '2026-03-29' }, f.boris)).value;
    expect(asBoris.visibility).toBe('freeBusy');
    expect(asBoris.bookings).toEqual([]);
    expect(asBoris.busy).toEqual([{ start: '2026-03-29T07:00:00.000Z', end: '2026-03-29T08:30:00.000Z', kind: 'booking' }]);
    const own = (await f.call('schedule.user', { userId: f.anna, date: '2026-03-29' }, f.anna)).value;
    expect(own.visibility).toBe('full');
    expect(own.bookings[0].title).toBe('План, "квартал"\nи бюджет');
  });

  it('keeps statistics to the person, their office staff and admins', async () => {
    const range = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
    expect((await f.call('stats.user', { userId: f.anna, ...range }, f.boris)).error?.code).toBe('FORBIDDEN');
    expect((await f.call('stats.user', { userId: f.anna, ...range }, f.otherManager)).error?.code).toBe('FORBIDDEN');
    expect((await f.call('stats.user', { userId: f.boris, ...range }, f.admin)).value.people).toEqual([
      { userId: f.anna, name: 'Анна Иванова', meetings: 1, minutes: 90 },
    ]);
    expect((await f.call('stats.global', range, f.anna)).error?.code).toBe('FORBIDDEN');
    const office = (await f.db.models.Room.findByPk(f.room))!.officeId;
    expect((await f.call('stats.global', { ...range, officeId: office }, f.otherManager)).error?.code).toBe('FORBIDDEN');
    const own = (await f.call('stats.global', range, f.otherManager)).value;
    expect(own.rooms).toEqual([]);
  });

  it('exports a table of the global statistics', async () => {
    const range = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
    const answer = await f.call('reports.statsGlobal', { ...range, table: 'topOrganizers' }, f.admin);
    expect(answer.value.content).toBe('\uFEFFperson,bookings,minutes\r\nАнна Иванова,1,90\r\n');
    const hours = await f.call('reports.statsGlobal', { ...range, table: 'busiestHours' }, f.admin);
    expect(hours.value.content).toBe('\uFEFFhour (local),minutes\r\n09:00–10:00,60\r\n10:00–11:00,30\r\n');
  });
});
