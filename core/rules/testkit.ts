import { DateTime } from 'luxon';
import type { BookingStatus, Role, RoomStatus } from '../domain';
import { resolveRules } from './resolve';
import type { RulesPatch } from './schema';
import type { BookingRequest, Decision, EngineRoom, EvaluateInput, Occupant, Refusal, Acceptance } from './types';

/**
 * Small builders for rule-engine scenarios (used by the tests here and by anyone who needs a room
 * and some bookings without a database). Times are literal ISO strings with an offset.
 */
export const MOSCOW = 'Europe/Moscow';
export const BERLIN = 'Europe/Berlin';

/** A local wall time "YYYY-MM-DDTHH:mm" in `tz` as an instant. */
export const local = (wallTime: string, tz: string): Date => DateTime.fromISO(wallTime, { zone: tz }).toJSDate();

export interface RoomOptions {
  id?: string;
  timeZone?: string;
  capacity?: number;
  amenities?: string[];
  status?: RoomStatus;
  allowedRoles?: Role[] | null;
  requiresApproval?: boolean;
  floor?: number | null;
  global?: RulesPatch;
  office?: RulesPatch;
  rules?: RulesPatch;
}

export function makeRoom(name: string, o: RoomOptions = {}): EngineRoom {
  return {
    id: o.id ?? `room-${name}`,
    name,
    officeId: 'office-1',
    timeZone: o.timeZone ?? MOSCOW,
    capacity: o.capacity ?? 8,
    amenities: o.amenities ?? [],
    status: o.status ?? 'active',
    allowedRoles: o.allowedRoles ?? null,
    requiresApproval: o.requiresApproval ?? false,
    floor: o.floor ?? null,
    rules: resolveRules({ global: o.global ?? {}, office: o.office ?? null, room: o.rules ?? null }).rules,
  };
}

export interface OccupantOptions {
  id?: string;
  status?: BookingStatus;
  before?: number;
  after?: number;
  title?: string;
  organizerId?: string;
  holdExpiresAt?: Date | null;
}

/** A booking in `room`; its buffers default to the room's. */
export function booking(room: EngineRoom, start: string | Date, end: string | Date, o: OccupantOptions = {}): Occupant {
  const s = new Date(start);
  return {
    kind: 'booking',
    id: o.id ?? `${room.name}@${s.toISOString()}`,
    roomId: room.id,
    start: s,
    end: new Date(end),
    bufferBeforeMin: o.before ?? room.rules.bufferMin.before,
    bufferAfterMin: o.after ?? room.rules.bufferMin.after,
    status: o.status ?? 'confirmed',
    holdExpiresAt: o.holdExpiresAt ?? null,
    title: o.title ?? 'Meeting',
    organizerId: o.organizerId ?? 'someone-else',
  };
}

export function block(room: EngineRoom, start: string | Date, end: string | Date, title = 'Maintenance'): Occupant {
  const s = new Date(start);
  return {
    kind: 'block',
    id: `block-${room.name}@${s.toISOString()}`,
    roomId: room.id,
    start: s,
    end: new Date(end),
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    status: 'confirmed',
    title,
  };
}

export type RequestOptions = Partial<Omit<BookingRequest, 'start' | 'end' | 'roomId'>> & { role?: Role };

export function request(room: EngineRoom, start: string | Date, end: string | Date, o: RequestOptions = {}): BookingRequest {
  const { role, ...rest } = o;
  return {
    roomId: room.id,
    start: new Date(start),
    end: new Date(end),
    organizerId: 'me',
    actor: { userId: 'me', role: role ?? 'employee' },
    attendeeCount: 1,
    organizerActiveCount: 0,
    ...rest,
  };
}

export const input = (
  room: EngineRoom,
  existing: Occupant[],
  req: BookingRequest,
  candidates: EvaluateInput['candidates'] = [],
): EvaluateInput => ({ room, existing, request: req, candidates });

export function refused(d: Decision): Refusal {
  if (d.ok) throw new Error(`expected a refusal, got ${d.status}`);
  return d;
}

export function accepted(d: Decision): Acceptance {
  if (!d.ok) throw new Error(`expected acceptance, got: ${d.violations.map((v) => v.message).join(' | ')}`);
  return d;
}

export const codes = (d: Decision): string[] => (d.ok ? [] : d.violations.map((v) => v.code));

/** Alternatives as "room start–end kind" in the room's zone, easy to read in a test. */
export function describeAlternatives(d: Decision, tz: string): string[] {
  if (d.ok) return [];
  const fmt = (x: Date) => DateTime.fromJSDate(x, { zone: tz }).toFormat('yyyy-MM-dd HH:mm');
  return d.alternatives.map((a) => `${a.roomName} ${fmt(a.start)}–${fmt(a.end).slice(11)} ${a.kind}`);
}
