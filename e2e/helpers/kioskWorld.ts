import type { Output } from '../../core/contract';
import { apiAs, type TestApi } from './api';
import { testNow } from './clock';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server';

/**
 * A world for door-tablet tests, arranged through the API on a server that also holds the demo
 * data: an office open 07:00–21:00 every day whose time zone puts "now" near midday (so walk-ups
 * fit whenever the tests run), a 5-minute grid, no cap on active bookings, and a few colleagues.
 */
const MINUTE = 60_000;
const EVERY_DAY = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['07:00', '21:00']]]));
export const KIOSK_PASSWORD = 'door-tablet-tests-2026';

/** An `Etc/GMT±N` zone in which the wall clock now reads about 11–12 o'clock. */
export function middayZone(now = new Date(testNow())): string {
  const offset = Math.max(-12, Math.min(14, 11 - now.getUTCHours()));
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** The first 5-minute boundary at least `minutes` from now. */
export function gridAfter(minutes: number, now = testNow()): Date {
  const step = 5 * MINUTE;
  return new Date(Math.ceil((now + minutes * MINUTE) / step) * step);
}

export type Room = Output<'rooms.get'>;

export interface KioskWorld {
  admin: TestApi;
  officeId: string;
  timeZone: string;
  people: { id: string; name: string }[];
  room(name: string, extra?: { floor?: number; capacity?: number; amenities?: Room['amenities'] }): Promise<Room>;
  /** A one-time enrolment code for the room's tablet. */
  code(roomId: string): Promise<string>;
  /** A meeting on the grid, starting `startIn` minutes from now or later. */
  book(roomId: string, options: { startIn: number; minutes: number; title: string; organizer?: number; isPrivate?: boolean }): Promise<Output<'bookings.create'>>;
  /** A meeting that began a moment ago (a walk-up made elsewhere), not checked in. */
  bookFromNow(roomId: string, options: { minutes: number; title: string; organizer?: number }): Promise<Output<'bookings.create'>>;
  block(roomId: string, options: { startIn: number; minutes: number; reason: string }): Promise<unknown>;
}

const PEOPLE = ['Maya Chen', 'Lukas Berger', 'Priya Nair', 'Tom Alvarez'];

export async function kioskWorld(baseUrl: string, officeName = 'Harbour'): Promise<KioskWorld> {
  const admin = await apiAs(baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  const timeZone = middayZone();
  const office = await admin.call('offices.create', { name: officeName, timeZone, workingHours: EVERY_DAY as never });
  await admin.call('rules.update', {
    scope: { level: 'office', officeId: office.id },
    rules: { stepMin: 5, maxActivePerUser: null },
    reason: 'Door tablet tests book often, on a 5-minute grid',
  });
  const people: { id: string; name: string }[] = [];
  for (const name of PEOPLE) {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${office.id.slice(-6)}@roomly.test`;
    const user = await admin.call('users.create', { email, name, role: 'employee', officeId: office.id, locale: 'en', password: KIOSK_PASSWORD });
    people.push({ id: user.id, name });
  }
  const organizerId = (i = 0) => people[i % people.length]!.id;

  return {
    admin,
    officeId: office.id,
    timeZone,
    people,
    room: (name, extra = {}) =>
      admin.call('rooms.create', {
        officeId: office.id,
        name,
        capacity: extra.capacity ?? 8,
        floor: extra.floor ?? 4,
        building: 'North wing',
        amenities: extra.amenities ?? ['screen', 'video', 'whiteboard'],
      }),
    code: async (roomId) => (await admin.call('devices.enroll', { roomId })).code,
    book: (roomId, o) => {
      const start = gridAfter(o.startIn);
      return admin.call('bookings.create', {
        roomId,
        title: o.title,
        start: start.toISOString(),
        end: new Date(start.getTime() + o.minutes * MINUTE).toISOString(),
        organizerId: organizerId(o.organizer),
        isPrivate: o.isPrivate ?? false,
      });
    },
    bookFromNow: (roomId, o) => {
      const start = new Date(testNow() - 5_000);
      return admin.call('bookings.create', {
        roomId,
        title: o.title,
        start: start.toISOString(),
        end: new Date(start.getTime() + o.minutes * MINUTE).toISOString(),
        organizerId: organizerId(o.organizer),
        isWalkUp: true,
      });
    },
    block: (roomId, o) => {
      const start = o.startIn <= 0 ? new Date(testNow() - 60_000) : gridAfter(o.startIn);
      return admin.call('blocks.create', { roomId, start: start.toISOString(), end: new Date(start.getTime() + o.minutes * MINUTE).toISOString(), reason: o.reason });
    },
  };
}
