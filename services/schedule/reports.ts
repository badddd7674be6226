import { Op } from 'sequelize';
import type { CsvFile } from '../../core/contract/reports';
import type { BookingView } from '../../core/contract/bookings';
import type { RoomDay, UserDay } from '../../core/contract/schedule';
import type { RoomsAvailability, CommonSlot } from '../../core/contract/availability';
import type { StatsGlobal, StatsUser } from '../../core/contract/stats';
import type { Db } from '../../db';
import { csvFile, day, localTime, type Table } from './csv';

/** Each query's tables as CSV files. Times are local to the office (the zone is in the header). */

export function roomsReport(result: RoomsAvailability, start: string): CsvFile {
  const room = (r: RoomsAvailability['rooms'][number]['room']) => [r.name, r.type, r.capacity, r.floor, r.building, r.amenities.join(' ')];
  const table: Table = {
    columns: ['fits', 'room', 'type', 'capacity', 'floor', 'building', 'amenities', 'status', 'reasons'],
    rows: [
      ...result.rooms.map((f) => [true, ...room(f.room), f.status, f.reasons.map((r) => r.message).join('\n')]),
      ...result.nearMisses.map((m) => [false, ...room(m.room), '', m.reasons.map((r) => r.message).join('\n')]),
    ],
  };
  return csvFile('free-rooms', [start.slice(0, 16)], table);
}

export function commonReport(slots: readonly CommonSlot[], from: string): CsvFile {
  const table: Table = {
    columns: ['start (UTC)', 'end (UTC)', 'minutes', 'room', 'capacity'],
    rows: slots.map((s) => [
      s.start.slice(0, 16).replace('T', ' '),
      s.end.slice(0, 16).replace('T', ' '),
      Math.round((new Date(s.end).getTime() - new Date(s.start).getTime()) / 60_000),
      s.room?.name ?? '',
      s.room?.capacity ?? '',
    ]),
  };
  return csvFile('common-time', [day(from)], table);
}

async function namesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db.models.User.findAll({ attributes: ['id', 'name'], where: { id: { [Op.in]: [...new Set(ids)] } } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function bookingRows(bookings: readonly BookingView[], tz: string, names: Map<string, string>) {
  return bookings.map((b) => [
    'booking',
    localTime(b.start, tz),
    localTime(b.end, tz),
    b.title,
    b.status,
    b.isMasked ? '' : (names.get(b.organizerId) ?? ''),
    b.isMasked ? '' : 1 + b.attendeeIds.length + b.attendeeEmails.length,
    b.isPrivate,
  ]);
}

const dayColumns = (tz: string) => ['kind', `start (${tz})`, `end (${tz})`, 'title', 'status', 'organizer', 'people', 'private'];

export async function roomDayReport(db: Db, d: RoomDay, roomName: string): Promise<CsvFile> {
  const names = await namesOf(db, d.bookings.map((b) => b.organizerId));
  const blocks = d.blocks.map((b) => ['block', localTime(b.start, d.timeZone), localTime(b.end, d.timeZone), b.reason, '', '', '', false]);
  const rows = [...bookingRows(d.bookings, d.timeZone, names), ...blocks].sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  return csvFile('room', [roomName, d.date], { columns: dayColumns(d.timeZone), rows });
}

export async function userDayReport(db: Db, d: UserDay, personName: string): Promise<CsvFile> {
  if (d.visibility === 'freeBusy') {
    const rows = d.busy.map((b) => [b.kind, localTime(b.start, d.timeZone), localTime(b.end, d.timeZone), 'Busy', '', '', '', '']);
    return csvFile('person', [personName, d.date], { columns: dayColumns(d.timeZone), rows });
  }
  const names = await namesOf(db, d.bookings.map((b) => b.organizerId));
  const blocks = d.blocks.map((b) => ['block', localTime(b.start, d.timeZone), localTime(b.end, d.timeZone), b.reason, '', '', '', false]);
  const rows = [...bookingRows(d.bookings, d.timeZone, names), ...blocks].sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  return csvFile('person', [personName, d.date], { columns: dayColumns(d.timeZone), rows });
}

export function statsUserReport(s: StatsUser, table: 'rooms' | 'people'): CsvFile {
  const data: Table =
    table === 'rooms'
      ? { columns: ['room', 'bookings', 'minutes'], rows: s.rooms.map((r) => [r.name, r.bookings, r.minutes]) }
      : { columns: ['person', 'meetings', 'minutes'], rows: s.people.map((p) => [p.name, p.meetings, p.minutes]) };
  return csvFile(`stats-${table}`, [day(s.from), day(s.to)], data);
}

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00–${String((h + 1) % 24).padStart(2, '0')}:00`;

export function statsGlobalReport(s: StatsGlobal, table: 'busiestHours' | 'topOrganizers' | 'topRooms' | 'rooms'): CsvFile {
  const tables: Record<typeof table, () => Table> = {
    busiestHours: () => ({ columns: ['hour (local)', 'minutes'], rows: s.busiestHours.map((h) => [hourLabel(h.hour), h.minutes]) }),
    topOrganizers: () => ({ columns: ['person', 'bookings', 'minutes'], rows: s.topOrganizers.map((o) => [o.name, o.bookings, o.minutes]) }),
    topRooms: () => ({ columns: ['room', 'bookings', 'minutes'], rows: s.topRooms.map((r) => [r.name, r.bookings, r.minutes]) }),
    rooms: () => ({
      columns: ['room', 'capacity', 'bookings', 'booked minutes', 'working minutes', 'utilization', 'released', 'attended', 'no-show rate', 'average attendees', 'average fill'],
      rows: s.rooms.map((r) => [
        r.name, r.capacity, r.bookings, r.bookedMinutes, r.workingMinutes, r.utilization, r.released, r.attended, r.noShowRate, r.averageAttendees, r.averageFill,
      ]),
    }),
  };
  return csvFile(`stats-${table}`, [day(s.from), day(s.to)], tables[table]());
}
