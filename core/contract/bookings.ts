import { z } from 'zod';
import { ZAmenity, ZBookingSource, ZBookingStatus, ZId, ZInstant } from '../domain';
import { method, STAFF } from './define';
import { ZById } from './common';

/**
 * Bookings: the lifecycle over the store. Every refusal is RULE_VIOLATION (422) or CONFLICT (409,
 * only occupancy) with `details.violations` (code, sentence, i18n key, params) and
 * `details.alternatives` (up to three, instants as ISO strings).
 */

const ZParams = z.record(z.string(), z.union([z.string(), z.number()]));

/** A violated rule or a note on an accepted booking: code, English sentence, i18n key, params. */
export const ZRuleMessage = z.object({ code: z.string(), message: z.string(), key: z.string(), params: ZParams });
export type RuleMessage = z.infer<typeof ZRuleMessage>;

export const ZAlternative = z.object({
  roomId: ZId,
  roomName: z.string(),
  floor: z.number().int().nullable(),
  start: z.string(),
  end: z.string(),
  kind: z.enum(['same_room_earlier', 'same_room_later', 'other_room']),
});
export type AlternativeView = z.infer<typeof ZAlternative>;

/**
 * A booking on the wire. `isMasked`: a private booking seen by someone who is neither its
 * organizer, creator, attendee nor facility staff — title "Busy", no description or attendees.
 */
export const ZBooking = z.object({
  id: ZId,
  roomId: ZId,
  organizerId: ZId,
  createdById: ZId,
  title: z.string(),
  description: z.string(),
  start: z.string(),
  end: z.string(),
  status: ZBookingStatus,
  attendeeIds: z.array(ZId),
  attendeeEmails: z.array(z.string()),
  seriesId: ZId.nullable(),
  recurrenceStart: z.string().nullable(),
  isPrivate: z.boolean(),
  isMasked: z.boolean(),
  checkInAt: z.string().nullable(),
  holdExpiresAt: z.string().nullable(),
  source: ZBookingSource,
  ruleVersionId: ZId.nullable(),
  cancelReason: z.string().nullable(),
  bufferBeforeMin: z.number().int(),
  bufferAfterMin: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BookingView = z.infer<typeof ZBooking>;

const ZTitle = z.string().trim().min(1).max(200);
const ZDescription = z.string().max(5000);
const ZReason = z.string().trim().min(1).max(500);
const ZAttendeeIds = z.array(ZId).max(200);
const ZAttendeeEmails = z.array(z.email().max(254)).max(200);
/** A priority override (roles in the rules' `overrideRoles`): displaced bookings are cancelled. */
const ZOverride = z.object({ reason: ZReason }).strict();
/** For an occurrence of a series: only it, or it and every later one. */
export const ZApplyTo = z.enum(['this', 'following']);

const bookingFields = {
  roomId: ZId,
  start: ZInstant,
  end: ZInstant,
  title: ZTitle,
  description: ZDescription.optional(),
  /** Someone else's booking (assistants, facility managers, admins). Defaults to the caller. */
  organizerId: ZId.optional(),
  attendeeIds: ZAttendeeIds.optional(),
  /** Outside guests. */
  attendeeEmails: ZAttendeeEmails.optional(),
  isPrivate: z.boolean().optional(),
  /** Amenities the meeting needs: other rooms offered as alternatives must have them. */
  amenities: z.array(ZAmenity).max(20).optional(),
  source: ZBookingSource.optional(),
};

export const ZCreateBookingInput = z
  .object({
    ...bookingFields,
    /** A kiosk walk-up: starts now, off the grid. */
    isWalkUp: z.boolean().optional(),
    override: ZOverride.optional(),
  })
  .strict();
export type CreateBookingInput = z.input<typeof ZCreateBookingInput>;

export const ZCreateSeriesInput = z
  .object({
    ...bookingFields,
    /** RFC 5545 RRULE read in the office's time zone from `start`; it needs COUNT or UNTIL. */
    rrule: z.string().trim().min(5).max(500),
    /** Create the free occurrences and list the others; without it any conflict refuses the series. */
    skipConflicts: z.boolean().optional(),
  })
  .strict();
export type CreateSeriesInput = z.input<typeof ZCreateSeriesInput>;

export const ZUpdateBookingInput = z
  .object({
    id: ZId,
    roomId: ZId.optional(),
    start: ZInstant.optional(),
    end: ZInstant.optional(),
    title: ZTitle.optional(),
    description: ZDescription.optional(),
    attendeeIds: ZAttendeeIds.optional(),
    attendeeEmails: ZAttendeeEmails.optional(),
    isPrivate: z.boolean().optional(),
    applyTo: ZApplyTo.optional(),
    override: ZOverride.optional(),
  })
  .strict();
export type UpdateBookingInput = z.input<typeof ZUpdateBookingInput>;

export const ZCancelBookingInput = z
  .object({ id: ZId, reason: z.string().trim().max(500).optional(), applyTo: ZApplyTo.optional() })
  .strict();
export const ZDecideBookingInput = z.object({ id: ZId, reason: z.string().trim().max(500).optional() }).strict();
export const ZExtendBookingInput = z.object({ id: ZId, end: ZInstant }).strict();

export const ZListBookingsInput = z
  .object({
    officeId: ZId.optional(),
    roomId: ZId.optional(),
    organizerId: ZId.optional(),
    /** Bookings this person attends (or organises). */
    attendeeId: ZId.optional(),
    seriesId: ZId.optional(),
    status: z.array(ZBookingStatus).min(1).max(7).optional(),
    /** Bookings that overlap [from, to). */
    from: ZInstant.optional(),
    to: ZInstant.optional(),
    limit: z.number().int().min(1).max(2000).optional(),
  })
  .strict();
export type ListBookingsInput = z.input<typeof ZListBookingsInput>;

/** An accepted create or change: the booking, what to know about it, whom it pushed out. */
export const ZBookingOutcome = z.object({
  booking: ZBooking,
  notes: z.array(ZRuleMessage),
  displaced: z.array(ZBooking),
  /** Other occurrences changed with it ("this and following"). */
  alsoChanged: z.array(ZBooking),
});
export type BookingOutcome = z.infer<typeof ZBookingOutcome>;

export const ZSeries = z.object({
  id: ZId,
  roomId: ZId,
  organizerId: ZId,
  rrule: z.string(),
  timeZone: z.string(),
  firstStart: z.string(),
  durationMin: z.number().int(),
  exdates: z.array(z.string()),
  until: z.string().nullable(),
});

/** An occurrence that was not created, with every reason. */
export const ZSkippedOccurrence = z.object({
  start: z.string(),
  end: z.string(),
  code: z.enum(['CONFLICT', 'RULE_VIOLATION']),
  violations: z.array(ZRuleMessage),
});

export const ZSeriesOutcome = z.object({
  series: ZSeries,
  bookings: z.array(ZBooking),
  skipped: z.array(ZSkippedOccurrence),
});

export const bookingsContract = {
  'bookings.create': method({
    summary: 'Book a room, checked by the rule engine; refusals name every rule and offer alternatives.',
    input: ZCreateBookingInput,
    output: ZBookingOutcome,
    access: 'signedIn',
    devices: true,
  }),
  'bookings.createSeries': method({
    summary: 'Book a recurring series (RRULE); every occurrence is checked and conflicts are listed.',
    input: ZCreateSeriesInput,
    output: ZSeriesOutcome,
    access: 'signedIn',
  }),
  'bookings.get': method({ summary: 'One booking.', input: ZById, output: ZBooking, access: 'signedIn', devices: true }),
  'bookings.list': method({
    summary: 'Bookings by room, office, organizer, attendee, series, status and time; private ones masked.',
    input: ZListBookingsInput,
    output: z.array(ZBooking),
    access: 'signedIn',
    devices: true,
  }),
  'bookings.update': method({
    summary: 'Change a booking; a new time or room is re-checked as if new. Series: this or following.',
    input: ZUpdateBookingInput,
    output: ZBookingOutcome,
    access: 'signedIn',
  }),
  'bookings.cancel': method({
    summary: 'Cancel a booking (own; assistants the ones they made; facility staff any), with a reason.',
    input: ZCancelBookingInput,
    output: ZBookingOutcome,
    access: 'signedIn',
  }),
  'bookings.approve': method({
    summary: 'Confirm a pending booking.',
    input: ZDecideBookingInput,
    output: ZBooking,
    access: STAFF,
  }),
  'bookings.reject': method({
    summary: 'Reject a pending booking, with a reason.',
    input: ZDecideBookingInput,
    output: ZBooking,
    access: STAFF,
  }),
  'bookings.checkIn': method({
    summary: 'Check in to a confirmed booking within its check-in window.',
    input: ZById,
    output: ZBooking,
    access: 'signedIn',
    devices: true,
  }),
  'bookings.end': method({
    summary: 'End a running meeting now; the rest of its time is free again.',
    input: ZById,
    output: ZBooking,
    access: 'signedIn',
    devices: true,
  }),
  'bookings.extend': method({
    summary: 'Move the end of a booking later, checked like a reschedule.',
    input: ZExtendBookingInput,
    output: ZBookingOutcome,
    access: 'signedIn',
    devices: true,
  }),
};
