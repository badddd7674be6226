import type { Output } from '../../core/contract';
import { DEMO_DAYS_AROUND } from '../../db/seed/demoPlan';
import { addDays, atWallTime, localDay, weekdayOf } from '../../core/rules/localTime';
import type { TestApi } from './api';
import { testNow } from './clock';

/**
 * The demo office as booking tests need it: a working day ahead, a free slot a person may book,
 * a slot the engine will refuse, and a booking waiting for approval. Everything is asked of the
 * real server, so the tests hold whatever day they run on.
 */
type Office = Output<'offices.list'>[number];
type Room = Output<'rooms.list'>[number];
type Booking = Output<'bookings.create'>['booking'];

export interface Slot {
  room: Room;
  day: string;
  /** "HH:mm" on the office's wall clock. */
  time: string;
  start: string;
  end: string;
}

const MINUTE = 60_000;
/** The meeting slotInBuffer books before its slot. */
const MEETING_MIN = 60;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const wallText = (ms: number, tz: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz }).format(ms);

/** The first day after today (in the office) on which it is open. */
export function nextWorkingDay(office: Office, now = testNow()): string {
  for (let day = addDays(localDay(now, office.timeZone), 1); ; day = addDays(day, 1)) {
    const isOpen = (office.workingHours[weekdayOf(day)] ?? []).length > 0;
    if (isOpen && !office.holidays.includes(day)) return day;
  }
}

/**
 * The first working day after the demo's days of meetings: nothing is booked on it but what a test
 * books, whatever day the test runs, and it is still within an employee's two-week horizon.
 */
export function quietWorkingDay(office: Office, now = testNow()): string {
  const lastDemoDay = addDays(localDay(now, office.timeZone), DEMO_DAYS_AROUND);
  return nextWorkingDay(office, atWallTime(lastDemoDay, '12:00', office.timeZone));
}

export function bookingWorld(api: TestApi, office: Office) {
  const tz = office.timeZone;
  const slotAt = (room: Room, day: string, time: string, minutes: number): Slot => {
    const start = atWallTime(day, time, tz);
    return { room, day, time, start: new Date(start).toISOString(), end: new Date(start + minutes * MINUTE).toISOString() };
  };

  /** The earliest time that day when a plain meeting room (no approval) is free for this person. */
  async function freeSlot(day: string, minutes: number, options: { except?: string[]; from?: string; room?: string } = {}): Promise<Slot> {
    const rooms = (await api.call('rooms.list', { officeId: office.id })).filter(
      (r) => r.type === 'meeting' && !r.requiresApproval && !options.except?.includes(r.name) && (!options.room || r.name === options.room),
    );
    const from = Number((options.from ?? '10:00').slice(0, 2)) * 60;
    for (let m = from; m + minutes <= 18 * 60; m += 15) {
      const probe = slotAt(rooms[0]!, day, hhmm(m), minutes);
      const free = await api.call('availability.rooms', { start: probe.start, end: probe.end, officeId: office.id });
      const room = rooms.find((r) => free.rooms.some((f) => f.room.id === r.id && f.status === 'confirmed'));
      if (room) return slotAt(room, day, hhmm(m), minutes);
    }
    throw new Error(`No free ${minutes}-minute slot in ${office.name} on ${day}`);
  }

  return {
    office,
    rooms: () => api.call('rooms.list', { officeId: office.id }),
    freeSlot,

    /**
     * A slot that looks free on the board but is not: right after an hour's meeting the organizer
     * books here (the demo data may have no meeting that day), inside the buffer the rules keep
     * between meetings. The room is free for the meeting and the slot after it, so the buffer is
     * the only thing in the way.
     */
    async slotInBuffer(organizer: TestApi, day: string, minutes: number, except: string[] = []): Promise<{ slot: Slot; after: Booking }> {
      const span = await freeSlot(day, MEETING_MIN + minutes, { except });
      const { booking } = await organizer.call('bookings.create', {
        roomId: span.room.id,
        start: span.start,
        end: new Date(Date.parse(span.start) + MEETING_MIN * MINUTE).toISOString(),
        title: 'Supplier call',
      });
      if (booking.status !== 'confirmed') throw new Error(`The meeting before the slot is ${booking.status}, not confirmed`);
      return { slot: slotAt(span.room, day, wallText(Date.parse(booking.end), tz), minutes), after: booking };
    },

    /** Facility staff close a room for maintenance for part of the day. */
    async maintenance(staff: TestApi, roomName: string, day: string, from: string, to: string, reason: string) {
      const room = (await api.call('rooms.list', { officeId: office.id })).find((r) => r.name === roomName);
      if (!room) throw new Error(`${office.name} has no room ${roomName}`);
      const start = new Date(atWallTime(day, from, tz)).toISOString();
      const end = new Date(atWallTime(day, to, tz)).toISOString();
      return staff.call('blocks.create', { roomId: room.id, start, end, reason });
    },

    /** Someone else's booking in a room that needs approval: it waits as pending (that day, or the next open one). */
    async pendingBooking(organizer: TestApi, fromDay: string, title: string): Promise<Booking> {
      const rooms = await api.call('rooms.list', { officeId: office.id });
      const room = rooms.find((r) => r.requiresApproval);
      if (!room) throw new Error(`${office.name} has no room that needs approval`);
      for (let day = fromDay, tries = 0; tries < 5; day = nextWorkingDay(office, atWallTime(day, '12:00', tz)), tries++) {
        for (let m = 9 * 60; m + 30 <= 19 * 60; m += 15) {
          const s = slotAt(room, day, hhmm(m), 30);
          const free = await organizer.call('availability.rooms', { start: s.start, end: s.end, officeId: office.id });
          if (free.rooms.some((f) => f.room.id === room.id)) {
            return (await organizer.call('bookings.create', { roomId: room.id, start: s.start, end: s.end, title })).booking;
          }
        }
      }
      throw new Error(`${room.name} has no free half hour in the next working days`);
    },
  };
}

export type BookingWorld = ReturnType<typeof bookingWorld>;
