import { Op, type Transaction } from 'sequelize';
import type { BookingView } from '../../core/contract/bookings';
import type { Db } from '../../db';
import type { BookingRecord } from './rows';
import { canSeeDetails, factsOf, type Actor } from './policy';
import { select } from './sql';

/** Booking rows → the wire shape, with private bookings masked for people who may not see them. */

export interface Attendees {
  ids: string[];
  emails: string[];
}

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export async function attendeesOf(db: Db, bookingIds: readonly string[], transaction?: Transaction) {
  const map = new Map<string, Attendees>(bookingIds.map((id) => [id, { ids: [], emails: [] }]));
  if (bookingIds.length === 0) return map;
  const rows = await select<{ booking_id: string; user_id: string | null; email: string | null }>(
    db,
    'SELECT booking_id, user_id, email FROM booking_attendees WHERE booking_id IN (:ids) ORDER BY created_at, id',
    { ids: bookingIds },
    transaction,
  );
  for (const row of rows) {
    const entry = map.get(row.booking_id);
    if (!entry) continue;
    if (row.user_id) entry.ids.push(row.user_id);
    else if (row.email) entry.emails.push(row.email);
  }
  return map;
}

/** A room never changes office, so its office is remembered per open database. */
const officeCache = new WeakMap<Db, Map<string, string>>();

export async function officesOfRooms(db: Db, roomIds: readonly string[], transaction?: Transaction) {
  let known = officeCache.get(db);
  if (!known) officeCache.set(db, (known = new Map()));
  const missing = [...new Set(roomIds)].filter((id) => !known.has(id));
  if (missing.length) {
    const rows = await db.models.Room.findAll({ attributes: ['id', 'officeId'], where: { id: { [Op.in]: missing } }, transaction });
    for (const r of rows) known.set(r.id, r.officeId);
  }
  return known;
}

export const MASKED_TITLE = 'Busy';

export function toBookingView(b: BookingRecord, attendees: Attendees, officeId: string, viewer: Actor | null): BookingView {
  const isMasked = !canSeeDetails(viewer, factsOf(b, officeId, attendees.ids));
  return {
    id: b.id,
    roomId: b.roomId,
    organizerId: b.organizerId,
    createdById: b.createdById,
    title: isMasked ? MASKED_TITLE : b.title,
    description: isMasked ? '' : (b.description ?? ''),
    start: new Date(b.startAt).toISOString(),
    end: new Date(b.endAt).toISOString(),
    status: b.status,
    attendeeIds: isMasked ? [] : attendees.ids,
    attendeeEmails: isMasked ? [] : attendees.emails,
    seriesId: b.seriesId ?? null,
    recurrenceStart: iso(b.recurrenceStart),
    isPrivate: Boolean(b.isPrivate),
    isMasked,
    checkInAt: iso(b.checkInAt),
    holdExpiresAt: iso(b.holdExpiresAt),
    source: b.source,
    ruleVersionId: b.ruleVersionId ?? null,
    cancelReason: isMasked ? null : (b.cancelReason ?? null),
    bufferBeforeMin: b.bufferBeforeMin,
    bufferAfterMin: b.bufferAfterMin,
    createdAt: new Date(b.createdAt).toISOString(),
    updatedAt: new Date(b.updatedAt).toISOString(),
  };
}

/**
 * Views of several bookings with one attendee query. `officeId`, when the caller knows all the
 * rows are in rooms of one office, saves looking the rooms up.
 */
export async function viewsOf(db: Db, rows: readonly BookingRecord[], viewer: Actor | null, transaction?: Transaction, officeId?: string) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const attendees = await attendeesOf(db, ids, transaction);
  const offices = officeId === undefined ? await officesOfRooms(db, rows.map((r) => r.roomId), transaction) : null;
  return rows.map((r) => toBookingView(r, attendees.get(r.id) ?? { ids: [], emails: [] }, officeId ?? offices?.get(r.roomId) ?? '', viewer));
}

export async function viewOf(db: Db, row: BookingRecord, viewer: Actor | null, transaction?: Transaction) {
  const [view] = await viewsOf(db, [row], viewer, transaction);
  return view!;
}
