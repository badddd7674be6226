import { DateTime } from 'luxon';
import type { Input, Office, Room } from '../../../../core/contract';
import { COMMON_MAX_DAYS, type CommonSlot } from '../../../../core/contract/availability';
import { WEEKDAYS, type Amenity, type Role, type RoomType } from '../../../../core/domain';
import { endText, type DraftStart } from '../booking/bookingDraft';
import { formatTime, localDay, MINUTE, snapToGrid } from '../booking/officeTime';

/**
 * "Find a time": what the page asks `availability.common` and how it reads the answer. Days are
 * calendar days on the office's clock; instants go to the server as UTC.
 */

/** Meeting lengths offered, in minutes: a quarter of an hour to half a day. */
export const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240] as const;
export const DEFAULT_DURATION = 30;
/** The search covers this many working days unless the person chooses others. */
export const DEFAULT_WORKING_DAYS = 5;
/** "Search more days" widens the range by a week. */
export const WIDEN_BY_DAYS = 7;

type OfficeClock = Pick<Office, 'timeZone' | 'workingHours' | 'holidays'>;

/** Calendar days, both included. */
export interface DayRange {
  fromDay: string;
  toDay: string;
}

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * MINUTE;
const dayOf = (day: string, timeZone: string) => DateTime.fromISO(day, { zone: timeZone });

/** The office's opening hours on a calendar day (none on a holiday). */
function hoursOn(office: OfficeClock, day: DateTime) {
  const iso = day.toISODate() ?? '';
  if (office.holidays.includes(iso)) return [];
  return office.workingHours[WEEKDAYS[day.weekday - 1]!] ?? [];
}

/**
 * The next `count` days the office is open: today too while it is still open, else from the next
 * open day. An office that never opens gets a plain week from today.
 */
export function nextWorkingDays(office: OfficeClock, now: number, count = DEFAULT_WORKING_DAYS): DayRange {
  const today = DateTime.fromMillis(now, { zone: office.timeZone }).startOf('day');
  const days: string[] = [];
  for (let day = today, tries = 0; days.length < count && tries < 366; day = day.plus({ days: 1 }), tries++) {
    const hours = hoursOn(office, day);
    const closing = hours.reduce<number | null>((last, [, close]) => {
      const at = close === '24:00' ? day.plus({ days: 1 }).toMillis() : dayOf(`${day.toISODate()}T${close}`, office.timeZone).toMillis();
      return last === null || at > last ? at : last;
    }, null);
    if (closing !== null && closing > now) days.push(day.toISODate() ?? '');
  }
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return { fromDay: today.toISODate() ?? '', toDay: today.plus({ days: 6 }).toISODate() ?? '' };
  return { fromDay: first, toDay: last };
}

export type RangeProblem = 'missing' | 'order' | 'tooLong' | 'past';

export type SearchWindow = { from: string; to: string } | { problem: RangeProblem };

/**
 * The instants `[from, to)` to search: from the first day's midnight (or now, on the office's time
 * grid, once that has passed) to the midnight after the last day. At most COMMON_MAX_DAYS calendar
 * days; the server counts that many times 24 hours, so across an autumn clock change the last
 * hour of the last day (long after closing) is left out rather than the search refused.
 */
export function searchWindow(range: DayRange, timeZone: string, now: number, stepMin: number): SearchWindow {
  if (!DAY_TEXT.test(range.fromDay) || !DAY_TEXT.test(range.toDay)) return { problem: 'missing' };
  const first = dayOf(range.fromDay, timeZone);
  const last = dayOf(range.toDay, timeZone);
  if (!first.isValid || !last.isValid) return { problem: 'missing' };
  if (last < first) return { problem: 'order' };
  if (last.diff(first, 'days').days + 1 > COMMON_MAX_DAYS) return { problem: 'tooLong' };
  const from = Math.max(first.toMillis(), snapToGrid(now, timeZone, Math.max(1, stepMin), 1));
  const to = Math.min(last.plus({ days: 1 }).toMillis(), from + COMMON_MAX_DAYS * DAY_MS);
  if (from >= to) return { problem: 'past' };
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The range with `days` more calendar days at its end (from today on), never longer than the server takes. */
export function widenRange(range: DayRange, timeZone: string, now: number, days = WIDEN_BY_DAYS): DayRange {
  const first = dayOf(range.fromDay, timeZone);
  const today = DateTime.fromMillis(now, { zone: timeZone }).startOf('day');
  const start = first < today ? today : first;
  const wanted = dayOf(range.toDay, timeZone).plus({ days });
  const latest = start.plus({ days: COMMON_MAX_DAYS - 1 });
  return { fromDay: start.toISODate() ?? range.fromDay, toDay: (wanted < latest ? wanted : latest).toISODate() ?? range.toDay };
}

/** The next shorter length offered, or null at the shortest. */
export function shorterDuration(minutes: number): number | null {
  const shorter = DURATIONS.filter((d) => d < minutes);
  return shorter.length ? shorter[shorter.length - 1]! : null;
}

/** What the person has chosen so far. */
export interface FindForm {
  /** Everyone who must be free (the signed-in person first, by default). */
  userIds: string[];
  durationMin: number;
  range: DayRange;
  needRoom: boolean;
  type: RoomType | null;
  amenities: Amenity[];
}

export function initialForm(me: string, office: OfficeClock, now: number): FindForm {
  return { userIds: [me], durationMin: DEFAULT_DURATION, range: nextWorkingDays(office, now), needRoom: true, type: null, amenities: [] };
}

/** `availability.common` for a form, or why it cannot be asked yet. Room filters go only with a room. */
export function findInput(
  form: FindForm,
  officeId: string,
  timeZone: string,
  now: number,
  stepMin: number,
): { input: Input<'availability.common'> } | { problem: RangeProblem } {
  const window = searchWindow(form.range, timeZone, now, stepMin);
  if ('problem' in window) return window;
  const userIds = [...new Set(form.userIds)];
  return {
    input: {
      userIds,
      from: window.from,
      to: window.to,
      durationMin: form.durationMin,
      officeId,
      ...(form.needRoom
        ? { needRoom: true, ...(form.type ? { type: form.type } : {}), ...(form.amenities.length ? { amenities: [...form.amenities] } : {}) }
        : {}),
    },
  };
}

/** Free times of one local day, in order. */
export interface SlotDay {
  day: string;
  slots: CommonSlot[];
}

/** Slots by the office-local day they start on (a clock change does not move a slot to another day). */
export function groupByDay(slots: readonly CommonSlot[], timeZone: string): SlotDay[] {
  const days = new Map<string, CommonSlot[]>();
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const slot of sorted) {
    const day = localDay(Date.parse(slot.start), timeZone);
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
  }
  return [...days].map(([day, list]) => ({ day, slots: list }));
}

/**
 * The meeting a slot offers, for the length asked: from the slot's start, which with a room is
 * already on that room's grid; without one, from the first start on the office's grid.
 */
export function meetingIn(slot: CommonSlot, durationMin: number, timeZone: string, stepMin: number): { start: number; end: number } {
  const free = Date.parse(slot.start);
  const start = slot.room ? free : snapToGrid(free, timeZone, Math.max(1, stepMin), 1);
  return { start, end: start + durationMin * MINUTE };
}

/** Who the booking is for: the people chosen, split into organizer and attendees. */
export function meetingPeople(
  chosen: readonly string[],
  me: string,
  canBookForOthers: boolean,
): { organizerId: string | null; attendeeIds: string[] } {
  // With the caller among them, the caller organizes and the others attend.
  if (chosen.includes(me) || !canBookForOthers) return { organizerId: null, attendeeIds: chosen.filter((id) => id !== me) };
  // Booking for others: the first person chosen is the organizer.
  const [organizer, ...others] = chosen;
  return { organizerId: organizer ?? null, attendeeIds: others };
}

export interface RoomWish {
  seats: number;
  type: RoomType | null;
  amenities: readonly Amenity[];
}

/**
 * A room for a time found without one, when the free rooms of that time are not known: the
 * smallest active room the person may book that fits (one without approval first), else the
 * smallest such room that seats everyone, else any. The dialog then shows which rooms are free.
 */
export function roomFor(rooms: readonly Room[], wish: RoomWish, role: Role): Room | null {
  const bookable = rooms
    .filter((r) => r.status === 'active' && (r.allowedRoles === null || r.allowedRoles.includes(role)))
    .sort((a, b) => Number(a.requiresApproval) - Number(b.requiresApproval) || a.capacity - b.capacity || a.name.localeCompare(b.name));
  const seats = (r: Room) => r.capacity >= wish.seats;
  const fits = (r: Room) => seats(r) && (!wish.type || r.type === wish.type) && wish.amenities.every((a) => r.amenities.includes(a));
  return bookable.find(fits) ?? bookable.find(seats) ?? bookable[0] ?? null;
}

/** Of the rooms free at a time (smallest first), the first that is booked at once, else the first. */
export function firstFreeRoom(free: readonly { room: { id: string }; status: 'confirmed' | 'pending' }[], known: readonly Room[]): string | null {
  const ids = new Set(known.map((r) => r.id));
  const offered = free.filter((f) => ids.has(f.room.id));
  return (offered.find((f) => f.status === 'confirmed') ?? offered[0])?.room.id ?? null;
}

/** What the booking dialog opens with when a person picks a free time. */
export function bookingStart(
  meeting: { start: number; end: number },
  roomId: string,
  people: { organizerId: string | null; attendeeIds: string[] },
  timeZone: string,
): DraftStart {
  const day = localDay(meeting.start, timeZone);
  return {
    roomId,
    day,
    start: formatTime(meeting.start, timeZone),
    end: endText(meeting.end, day, timeZone),
    organizerId: people.organizerId,
    attendeeIds: people.attendeeIds,
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "45 min", "1 h", "1 h 30 min". */
export function durationText(minutes: number, t: Translate): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return t('findTime.duration.minutes', { minutes: rest });
  return rest ? t('findTime.duration.hoursMinutes', { hours, minutes: rest }) : t('findTime.duration.hours', { hours });
}
