import { z } from 'zod';

/** Roles, statuses and the shapes every process shares. Wire formats follow DESIGN.md. */
export const ROLES = [
  'employee',
  'manager',
  'assistant',
  'facility_manager',
  'moderator',
  'admin',
] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const ROOM_TYPES = ['meeting', 'lab', 'classroom', 'study_space', 'phone_booth', 'auditorium'] as const;
export const ZRoomType = z.enum(ROOM_TYPES);
export type RoomType = z.infer<typeof ZRoomType>;

export const ROOM_STATUSES = ['active', 'maintenance', 'retired'] as const;
export const ZRoomStatus = z.enum(ROOM_STATUSES);
export type RoomStatus = z.infer<typeof ZRoomStatus>;

export const AMENITIES = ['projector', 'whiteboard', 'video', 'screen', 'phone', 'speakers', 'wheelchair'] as const;
export const ZAmenity = z.enum(AMENITIES);
export type Amenity = z.infer<typeof ZAmenity>;

export const BOOKING_STATUSES = [
  'pending',
  'confirmed',
  'cancelled',
  'rejected',
  'expired',
  'released',
  'completed',
] as const;
export const ZBookingStatus = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof ZBookingStatus>;
/** Only these statuses hold a room. */
export const OCCUPYING_STATUSES: readonly BookingStatus[] = ['pending', 'confirmed'];

export const BOOKING_SOURCES = ['console', 'kiosk', 'api', 'import'] as const;
export const ZBookingSource = z.enum(BOOKING_SOURCES);

export const LOCALES = ['en', 'ru'] as const;
export const ZLocale = z.enum(LOCALES);
export type Locale = z.infer<typeof ZLocale>;

export const ZId = z.uuid();
/** An instant on the wire: ISO 8601 in UTC with milliseconds, e.g. 2026-11-23T09:00:00.000Z. */
export const ZInstant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
export const ZDay = z.iso.date();
export const ZTimeZone = z.string().refine(isValidTimeZone, { message: 'Unknown IANA time zone' });
export const ZHHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM (24-hour)');

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const ZWorkingHours = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(z.tuple([ZHHMM, ZHHMM])).optional()])) as Record<
    Weekday,
    z.ZodOptional<z.ZodArray<z.ZodTuple<[typeof ZHHMM, typeof ZHHMM]>>>
  >,
);
export type WorkingHours = z.infer<typeof ZWorkingHours>;

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

/** Who is calling: a signed-in person or an enrolled device. */
export type Caller =
  | { kind: 'user'; userId: string; role: Role; officeId: string | null; sessionId?: string }
  | { kind: 'device'; deviceId: string; roomId: string | null };
