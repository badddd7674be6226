import type { BookingStatus, Role, RoomStatus } from '../domain';
import type { Rules } from './schema';

/** What the engine needs to know about a room. `rules` are the room's effective rules. */
export interface EngineRoom {
  id: string;
  name: string;
  officeId: string;
  /** The office's IANA time zone: working hours, the grid and messages are judged in it. */
  timeZone: string;
  capacity: number;
  amenities: string[];
  status: RoomStatus;
  /** null: every role. */
  allowedRoles: Role[] | null;
  requiresApproval: boolean;
  floor: number | null;
  rules: Rules;
}

/**
 * Something that may hold a room: a booking (with the buffers it was accepted with) or a room
 * block (maintenance; no buffers). Only pending (hold not yet expired) and confirmed bookings and
 * blocks occupy; other statuses are ignored.
 */
export interface Occupant {
  kind: 'booking' | 'block';
  id: string;
  roomId: string;
  start: Date;
  end: Date;
  bufferBeforeMin: number;
  bufferAfterMin: number;
  /** For blocks: ignored. */
  status: BookingStatus;
  /** A pending booking stops occupying when its hold has expired. */
  holdExpiresAt?: Date | null;
  title?: string;
  organizerId?: string;
}

export interface BookingRequest {
  roomId: string;
  start: Date;
  end: Date;
  organizerId: string;
  actor: { userId: string; role: Role };
  attendeeCount: number;
  /** Needed amenities: used to pick other rooms as alternatives. */
  amenities?: string[];
  /** Kiosk: may start now (±1 minute) off the grid, and end where the next occupant begins. */
  isWalkUp?: boolean;
  /**
   * The booking has begun and only its end moves (extend, end early). The start is exempt from
   * the past, notice, horizon and grid checks; the end may stop where the next occupant begins.
   */
  isExtension?: boolean;
  /** Rescheduling: the booking being moved does not conflict with itself. */
  ignoreBookingId?: string;
  /** Priority override (roles in `overrideRoles`): booking conflicts displace instead of refusing. */
  override?: { reason: string };
  /** The organizer's active (pending/confirmed, not yet ended) bookings, excluding `ignoreBookingId`. */
  organizerActiveCount: number;
}

export interface EvaluateInput {
  room: EngineRoom;
  /** Occupants of this room (others are ignored). */
  existing: readonly Occupant[];
  request: BookingRequest;
  /** Other rooms to offer as alternatives, each with its occupants. */
  candidates?: readonly { room: EngineRoom; existing: readonly Occupant[] }[];
}

export const VIOLATION_CODES = [
  'invalidInterval',
  'roomRetired',
  'roomMaintenance',
  'roleNotAllowed',
  'overCapacity',
  'overrideNotAllowed',
  'overrideReasonRequired',
  'tooShort',
  'tooLong',
  'tooManyActive',
  'offGrid',
  'inPast',
  'minNotice',
  'beyondHorizon',
  'outsideWorkingHours',
  'holiday',
  'occupied',
  'blocked',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

export type Params = Record<string, string | number>;

/** One violated rule: an English sentence with the facts, and an i18n key (`rules.<code>`) with params. */
export interface Violation {
  code: ViolationCode;
  message: string;
  key: string;
  params: Params;
}

export const NOTE_CODES = ['needsApproval', 'displaces'] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** Something the person should know about an accepted booking (`rules.note.<code>`). */
export interface RuleNote {
  code: NoteCode;
  message: string;
  key: string;
  params: Params;
}

export type AlternativeKind = 'same_room_earlier' | 'same_room_later' | 'other_room';

export interface Alternative {
  roomId: string;
  roomName: string;
  floor: number | null;
  start: Date;
  end: Date;
  kind: AlternativeKind;
}

export interface Acceptance {
  ok: true;
  status: 'confirmed' | 'pending';
  /** When a pending booking's hold runs out (never after its start); null when confirmed. */
  holdExpiresAt: Date | null;
  bufferBeforeMin: number;
  bufferAfterMin: number;
  occupiedFrom: Date;
  occupiedTo: Date;
  /** Bookings an override pushes out; the caller cancels them, tells their organizers, audits. */
  displaced: Occupant[];
  ruleNotes: RuleNote[];
}

export interface Refusal {
  ok: false;
  violations: Violation[];
  alternatives: Alternative[];
}

export type Decision = Acceptance | Refusal;
