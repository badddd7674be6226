import { QueryTypes } from 'sequelize';
import { afterEach, describe, expect, it } from 'vitest';
import { createMigrator } from '../migrate';
import { openEmptyTestDb, type TestDb } from '../testing';

interface Row {
  booking_id: string;
  user_id: string;
  start_at: string | Date;
  status: string;
}

const iso = (v: string | Date) => new Date(v).toISOString();

async function participations(db: TestDb): Promise<Array<{ booking: string; user: string; start: string; status: string }>> {
  const rows = await db.sequelize.query<Row>('SELECT booking_id, user_id, start_at, status FROM participations', { type: QueryTypes.SELECT });
  return rows
    .map((r) => ({ booking: r.booking_id, user: r.user_id, start: iso(r.start_at), status: r.status }))
    .sort((a, b) => `${a.booking}${a.user}`.localeCompare(`${b.booking}${b.user}`));
}

async function headcount(db: TestDb, bookingId: string): Promise<number> {
  const [row] = await db.sequelize.query<{ headcount: number }>('SELECT headcount FROM bookings WHERE id = :id', {
    type: QueryTypes.SELECT,
    replacements: { id: bookingId },
  });
  return Number(row?.headcount);
}

/** Totals of the rollups: bookings and heads per room-day, booked time per room-day, organizer-day and office-quarter. */
async function rollups(db: TestDb) {
  const one = async (sql: string) =>
    Object.values((await db!.sequelize.query<Record<string, unknown>>(sql, { type: QueryTypes.SELECT }))[0] ?? {}).map(Number);
  const [bookings, ms, heads] = await one('SELECT SUM(bookings) AS a, SUM(booked_ms) AS b, SUM(heads) AS c FROM stats_room_days');
  const [byOrganizer] = await one('SELECT SUM(booked_ms) AS a FROM stats_organizer_days');
  const [byQuarter, quarters] = await one('SELECT SUM(booked_ms) AS a, COUNT(*) AS b FROM stats_office_quarters WHERE booked_ms <> 0');
  return { bookings, ms, heads, byOrganizer, byQuarter, quarters };
}

async function world(db: TestDb) {
  const { Office, Room, User } = db.models;
  const office = await Office.create({ name: 'Kazan', timeZone: 'Europe/Moscow', workingHours: {} });
  const room = await Room.create({ officeId: office.id, name: 'Kama', capacity: 8 });
  const [ann, bob, eve] = await Promise.all(
    ['ann', 'bob', 'eve'].map((n) => User.create({ email: `${n}@roomly.test`, name: n })),
  );
  return { room: room.id, ann: ann!.id, bob: bob!.id, eve: eve!.id };
}

const booking = (roomId: string, organizerId: string, start: string) => ({
  roomId,
  organizerId,
  createdById: organizerId,
  title: 'Planning',
  startAt: new Date(start),
  endAt: new Date(new Date(start).getTime() + 3_600_000),
  status: 'confirmed' as const,
});

describe('migration 0004-schedule-queries', () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.cleanup();
    db = undefined;
  });

  it('copies the organizers and attendees of bookings written before it, and counts heads', async () => {
    db = await openEmptyTestDb();
    const migrator = createMigrator(db.sequelize, db.dialect);
    await migrator.up({ to: '0002-identity' });
    const w = await world(db);
    const b = await db.models.Booking.create(booking(w.room, w.ann, '2026-11-23T09:00:00.000Z'));
    await db.models.BookingAttendee.bulkCreate([
      { bookingId: b.id, userId: w.bob },
      { bookingId: b.id, email: 'guest@example.com' },
    ]);

    await migrator.up({ to: '0004-schedule-queries' });
    expect(await participations(db)).toEqual(
      [w.ann, w.bob]
        .map((user) => ({ booking: b.id, user, start: '2026-11-23T09:00:00.000Z', status: 'confirmed' }))
        .sort((x, y) => x.user.localeCompare(y.user)),
    );
    expect(await headcount(db, b.id)).toBe(3);
    expect((await rollups(db)).ms).toBe(3_600_000);
  });

  it('keeps participations and headcount in step with every later write', async () => {
    db = await openEmptyTestDb();
    await createMigrator(db.sequelize, db.dialect).up({ to: '0004-schedule-queries' });
    const w = await world(db);
    const { Booking, BookingAttendee } = db.models;
    const b = await Booking.create(booking(w.room, w.ann, '2026-11-23T09:00:00.000Z'));
    const [bob] = await BookingAttendee.bulkCreate([{ bookingId: b.id, userId: w.bob }, { bookingId: b.id, userId: w.eve }]);
    expect((await participations(db)).map((p) => p.user).sort()).toEqual([w.ann, w.bob, w.eve].sort());
    expect(await headcount(db, b.id)).toBe(3);
    const hour = 3_600_000;
    expect(await rollups(db)).toEqual({ bookings: 1, ms: hour, heads: 3, byOrganizer: hour, byQuarter: hour, quarters: 4 });

    await Booking.update(
      { startAt: new Date('2026-11-24T10:00:00.000Z'), endAt: new Date('2026-11-24T11:00:00.000Z'), status: 'cancelled', organizerId: w.eve },
      { where: { id: b.id }, individualHooks: true },
    );
    const moved = await participations(db);
    expect(moved.every((p) => p.start === '2026-11-24T10:00:00.000Z' && p.status === 'cancelled')).toBe(true);
    expect(moved.filter((p) => p.user === w.eve)).toHaveLength(2);
    expect(await rollups(db)).toEqual({ bookings: 0, ms: 0, heads: 0, byOrganizer: 0, byQuarter: 0, quarters: 0 });
    await Booking.update({ status: 'completed', startAt: new Date('2026-11-24T10:10:00.000Z') }, { where: { id: b.id }, individualHooks: true });
    expect(await rollups(db)).toEqual({ bookings: 1, ms: hour - 600_000, heads: 3, byOrganizer: hour - 600_000, byQuarter: hour - 600_000, quarters: 4 });

    await bob!.destroy();
    expect((await participations(db)).map((p) => p.user).sort()).toEqual([w.eve, w.eve]);
    expect(await headcount(db, b.id)).toBe(2);
    expect((await rollups(db)).heads).toBe(2);

    await Booking.destroy({ where: { id: b.id } });
    expect(await participations(db)).toEqual([]);
    expect((await rollups(db)).bookings).toBe(0);
  });

  it('down removes the table, the column and the triggers', async () => {
    db = await openEmptyTestDb();
    const migrator = createMigrator(db.sequelize, db.dialect);
    await migrator.up({ to: '0004-schedule-queries' });
    await migrator.down({ to: '0004-schedule-queries' });
    const w = await world(db);
    const b = await db.models.Booking.create(booking(w.room, w.ann, '2026-11-23T09:00:00.000Z'));
    await db.models.BookingAttendee.create({ bookingId: b.id, userId: w.bob });
    await expect(db.sequelize.query('SELECT COUNT(*) FROM participations')).rejects.toThrow();
    await migrator.up({ to: '0004-schedule-queries' });
    expect(await headcount(db, b.id)).toBe(2);
  });
});
