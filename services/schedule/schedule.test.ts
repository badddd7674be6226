import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { occupies } from '../../core/rules';
import { canSeeBookingDetails, scheduleVisibility } from '../access';
import { bookingOccupant, loadRoomRow } from '../bookings/load';
import { everything, isWorkingMinute, officeRules, runs, t } from './bruteForce';
import { MIN, NOW, ORIGIN, randomWorld, SPAN_DAYS } from './testWorld';

/** schedule.at, schedule.room and schedule.user against brute force on random worlds. */
const RUNS = 20;
/** Each run builds a world on the real store: PostgreSQL needs more than the default time. */
const SLOW = 240_000;
const seen = { held: 0, roomBookings: 0, userBookings: 0 };

const query = fc.record({
  seed: fc.integer(),
  room: fc.nat(),
  who: fc.nat(),
  person: fc.nat(),
  dayIndex: fc.integer({ min: 0, max: SPAN_DAYS - 1 }),
  minute: fc.integer({ min: 0, max: SPAN_DAYS * 24 * 60 - 1 }),
});

/** A calendar day in a zone, by luxon: [first instant, next day's first instant). */
const dayIn = (date: string, tz: string) => {
  const start = DateTime.fromISO(date, { zone: tz }).startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
};

const SHOWN = new Set(['pending', 'confirmed', 'completed', 'released']);
const BUSY = new Set(['pending', 'confirmed', 'completed']);

describe('schedule', () => {
  it('schedule.room gives the whole local day: its bookings, blocks and working hours', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          const room = (await w.db.models.Room.findByPk(w.rooms[q.room % w.rooms.length]!.id))!;
          const viewer = w.users[q.who % w.users.length]!;
          const caller = { kind: 'user' as const, userId: viewer.id, role: viewer.role, officeId: viewer.officeId };
          const date = new Date(ORIGIN + q.dayIndex * 86_400_000).toISOString().slice(0, 10);
          const answer = await w.call('schedule.room', { roomId: room.id, date }, viewer.id);
          if (room.allowedRoles && !['admin', 'facility_manager', ...room.allowedRoles].includes(viewer.role)) {
            expect(answer.ok ? null : answer.error.code).toBe('NOT_FOUND');
            return;
          }
          const got = await w.value('schedule.room', { roomId: room.id, date }, viewer.id);
          const loaded = await loadRoomRow(w.db, room);
          const day = dayIn(date, loaded.engine.timeZone);
          const all = await everything(w.db);
          const expected = all.bookings
            .filter((b) => b.roomId === room.id && SHOWN.has(b.status) && t(b.startAt) < day.end && t(b.endAt) > day.start)
            .sort((a, b) => t(a.startAt) - t(b.startAt) || (a.id < b.id ? -1 : 1));
          seen.roomBookings += expected.length;
          expect(got.bookings.map((b: any) => b.id)).toEqual(expected.map((b) => b.id));
          for (const b of expected) {
            const facts = { ...b.get({ plain: true }), officeId: room.officeId, attendeeUserIds: all.attendees.get(b.id) ?? [], isPrivate: Boolean(b.isPrivate) };
            expect(got.bookings.find((v: any) => v.id === b.id).isMasked).toBe(!canSeeBookingDetails(caller, facts));
          }
          const blocks = (await w.db.models.Block.findAll({ where: { roomId: room.id } })).filter((b) => t(b.startAt) < day.end && t(b.endAt) > day.start);
          expect(got.blocks.map((b: any) => b.id).sort()).toEqual(blocks.map((b) => b.id).sort());
          expect(new Date(got.end).getTime() - new Date(got.start).getTime()).toBe(day.end - day.start);
          const hours = runs(day.start, day.end, MIN, (m) => isWorkingMinute(loaded.engine.rules, loaded.engine.timeZone, m));
          expect(got.hours).toEqual(hours.map((h) => ({ start: new Date(h.start).toISOString(), end: new Date(h.end).toISOString() })));
        } finally {
          await w.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.roomBookings).toBeGreaterThan(0);
  }, SLOW);

  it('schedule.at names the booking or block holding the room at that instant, masked when private', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          const all = await everything(w.db);
          // Half the time aim inside some booking, so that holders are often there to find.
          const aim = q.person % 2 === 0 ? all.bookings[q.room % all.bookings.length] : undefined;
          const roomId = aim?.roomId ?? w.rooms[q.room % w.rooms.length]!.id;
          const at = aim ? t(aim.startAt) + (q.minute % Math.max(1, (t(aim.endAt) - t(aim.startAt)) / MIN)) * MIN : ORIGIN + q.minute * MIN;
          const admin = w.users[0]!;
          const got = await w.value('schedule.at', { roomId, at: new Date(at).toISOString() }, admin.id);
          const holder = all.bookings
            .filter((b) => b.roomId === roomId && t(b.startAt) <= at && at < t(b.endAt))
            .filter((b) => b.status === 'completed' || occupies(bookingOccupant(b), NOW.getTime()))
            .sort((a, b) => t(a.startAt) - t(b.startAt) || (a.id < b.id ? -1 : 1))[0];
          const block = (await w.db.models.Block.findAll({ where: { roomId } })).find((b) => t(b.startAt) <= at && at < t(b.endAt));
          seen.held += holder ? 1 : 0;
          expect(got.booking?.id ?? null).toBe(holder?.id ?? null);
          expect(got.block?.id ?? null).toBe(block?.id ?? null);
          expect(got.state).toBe(block ? 'blocked' : holder ? 'busy' : 'free');
          expect(got.organizer?.id ?? null).toBe(holder ? holder.organizerId : null);
        } finally {
          await w.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.held).toBeGreaterThan(0);
  }, SLOW);

  it('schedule.user gives the meetings and blocks of the local day, in full or as free/busy', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const w = await randomWorld(q.seed);
        try {
          const person = w.users[q.person % w.users.length]!;
          const viewer = w.users[q.who % w.users.length]!;
          const date = new Date(ORIGIN + q.dayIndex * 86_400_000).toISOString().slice(0, 10);
          const got = await w.value('schedule.user', { userId: person.id, date }, viewer.id);
          const { tz } = await officeRules(w.db, person.officeId);
          const day = dayIn(date, tz);
          const all = await everything(w.db);
          const mine = all.bookings.filter(
            (b) => BUSY.has(b.status) && (b.organizerId === person.id || (all.attendees.get(b.id) ?? []).includes(person.id)) && t(b.startAt) < day.end && t(b.endAt) > day.start,
          );
          const blocks = (await w.db.models.Block.findAll({ where: { userId: person.id } })).filter((b) => t(b.startAt) < day.end && t(b.endAt) > day.start);
          seen.userBookings += mine.length;
          const caller = { kind: 'user' as const, userId: viewer.id, role: viewer.role, officeId: viewer.officeId };
          const visibility = scheduleVisibility(caller, { id: person.id, officeId: person.officeId });
          expect(got.visibility).toBe(visibility);
          expect(got.timeZone).toBe(tz);
          expect(got.busy).toHaveLength(mine.length + blocks.length);
          expect(got.bookings.map((b: any) => b.id).sort()).toEqual(visibility === 'full' ? mine.map((b) => b.id).sort() : []);
          expect(got.blocks).toHaveLength(visibility === 'full' ? blocks.length : 0);
        } finally {
          await w.close();
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.userBookings).toBeGreaterThan(0);
  }, SLOW);
});
