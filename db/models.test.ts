import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { bookingRow, officeWithRooms } from './testFixtures';
import { openTestDb, type TestDb } from './testing';

describe('models', () => {
  const open: TestDb[] = [];
  const fresh = async () => {
    const db = await openTestDb();
    open.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.cleanup()));
  });

  it('stores e-mails lower-cased and trimmed', async () => {
    const db = await fresh();
    const user = await db.models.User.create({ email: '  Boris.Manager@Roomly.TEST ', name: 'Boris', role: 'manager' });
    expect((await db.models.User.findByPk(user.id))?.email).toBe('boris.manager@roomly.test');
  });

  it('mints UUIDv7 ids and fills defaults', async () => {
    const db = await fresh();
    const { room, user } = await officeWithRooms(db, ['Север']).then((w) => ({ room: w.rooms[0]!, user: w.user }));
    expect(room.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(room.type).toBe('meeting');
    expect(room.requiresApproval).toBe(false);
    expect(user.role).toBe('employee');
    expect(user.active).toBe(true);
    expect(user.tokenVersion).toBe(0);
  });

  it('computes occupancy from times and buffers on create, on save and on a bulk update', async () => {
    const db = await fresh();
    const { rooms, user } = await officeWithRooms(db, ['Север']);
    const { Booking } = db.models;
    const booking = await Booking.create(
      bookingRow(rooms[0]!.id, user.id, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', {
        bufferBeforeMin: 10,
        bufferAfterMin: 5,
      }),
    );
    expect(booking.occupiedFrom.toISOString()).toBe('2026-11-23T09:50:00.000Z');
    expect(booking.occupiedTo.toISOString()).toBe('2026-11-23T11:05:00.000Z');
    const stored = await Booking.findByPk(booking.id);
    expect([stored?.bufferBeforeMin, stored?.bufferAfterMin]).toEqual([10, 5]);
    expect(stored?.occupiedFrom.toISOString()).toBe('2026-11-23T09:50:00.000Z');

    await booking.update({ endAt: new Date('2026-11-23T11:30:00Z') });
    expect((await Booking.findByPk(booking.id))?.occupiedTo.toISOString()).toBe('2026-11-23T11:35:00.000Z');

    await Booking.update({ bufferBeforeMin: 0 }, { where: { id: booking.id } });
    expect((await Booking.findByPk(booking.id))?.occupiedFrom.toISOString()).toBe('2026-11-23T10:00:00.000Z');

    const [bulk] = await Booking.bulkCreate([
      bookingRow(rooms[0]!.id, user.id, '2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z', { bufferAfterMin: 10 }),
    ]);
    expect((await Booking.findByPk(bulk!.id))?.occupiedTo.toISOString()).toBe('2026-11-24T11:10:00.000Z');
  });

  it('refuses a booking that ends before it starts, and a review rated 6', async () => {
    const db = await fresh();
    const { rooms, user } = await officeWithRooms(db, ['Север']);
    const { Booking, Review } = db.models;
    await expect(
      Booking.create(bookingRow(rooms[0]!.id, user.id, '2026-11-23T11:00:00Z', '2026-11-23T10:00:00Z')),
    ).rejects.toThrow(/endAt must be after startAt/);
    await expect(Review.create({ roomId: rooms[0]!.id, userId: user.id, rating: 6 })).rejects.toThrow();
  });

  it('keeps JSON columns as JSON and instants as instants', async () => {
    const db = await fresh();
    const { office } = await officeWithRooms(db, []);
    const { Office, AuditEntry } = db.models;
    await office.update({ holidays: ['2026-11-04'], workingHours: { mon: [['08:00', '12:00'], ['13:00', '17:00']] } });
    const again = await Office.findByPk(office.id);
    expect(again?.holidays).toEqual(['2026-11-04']);
    expect(again?.workingHours.mon).toEqual([['08:00', '12:00'], ['13:00', '17:00']]);
    const entry = await AuditEntry.create({
      action: 'office.update',
      entityType: 'office',
      entityId: office.id,
      data: { nested: { list: [1, 'two', null] } },
      at: new Date('2026-11-23T09:00:00.123Z'),
    });
    const read = await AuditEntry.findByPk(entry.id);
    expect(read?.data).toEqual({ nested: { list: [1, 'two', null] } });
    expect(read?.at.toISOString()).toBe('2026-11-23T09:00:00.123Z');
  });

  it('keys rule sets by scope and refuses a second version 1 of the same scope', async () => {
    const db = await fresh();
    const { office } = await officeWithRooms(db, []);
    const { RuleSet } = db.models;
    const global = await RuleSet.create({ scope: 'global', version: 1, rules: {} });
    const local = await RuleSet.create({ scope: 'office', officeId: office.id, version: 1, rules: { stepMin: 30 } });
    expect(global.scopeKey).toBe('global');
    expect(local.scopeKey).toBe(`office:${office.id}`);
    const duplicate = db.write((transaction) =>
      RuleSet.create({ scope: 'global', version: 1, rules: {} }, { transaction }),
    );
    await expect(duplicate).rejects.toBeInstanceOf(AppError);
    await expect(duplicate).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('reads sync counters back as numbers on both databases', async () => {
    const db = await fresh();
    const { office } = await officeWithRooms(db, []);
    const { OfficeVersion, Change, DeviceSync, OutboxEntry } = db.models;
    await OfficeVersion.create({ officeId: office.id, version: 41 });
    await OfficeVersion.increment('version', { where: { officeId: office.id } });
    expect((await OfficeVersion.findByPk(office.id))?.version).toBe(42);
    const change = await Change.create({
      officeId: office.id,
      version: 42,
      entity: 'office',
      entityId: office.id,
      op: 'upsert',
      at: new Date('2026-11-23T09:00:00Z'),
    });
    expect(typeof change.id).toBe('number');
    expect((await Change.findByPk(change.id))?.version).toBe(42);
    await DeviceSync.create({ deviceId: office.id });
    expect((await DeviceSync.findByPk(office.id))?.lastMutationId).toBe(0);
    await OutboxEntry.create({ id: 7, name: 'bookings.create', args: { roomId: 'x' } });
    expect((await OutboxEntry.findByPk(7))?.status).toBe('queued');
  });

  it('loads associations by alias', async () => {
    const db = await fresh();
    const { rooms, user } = await officeWithRooms(db, ['Север']);
    const { Booking, BookingAttendee, Room, RoomAmenity, Amenity } = db.models;
    await Amenity.create({ code: 'video', label: 'Video conferencing' });
    await RoomAmenity.create({ roomId: rooms[0]!.id, amenityCode: 'video' });
    const booking = await Booking.create(bookingRow(rooms[0]!.id, user.id, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'));
    await BookingAttendee.create({ bookingId: booking.id, email: 'guest@partner.example' });
    const loaded = await Booking.findByPk(booking.id, { include: ['room', 'organizer', 'attendees'] });
    expect(loaded?.room?.name).toBe('Север');
    expect(loaded?.organizer?.email).toBe('anna@roomly.test');
    expect(loaded?.attendees?.map((a) => a.email)).toEqual(['guest@partner.example']);
    const room = await Room.findByPk(rooms[0]!.id, { include: ['amenities', 'office'] });
    expect(room?.amenities?.map((a) => a.code)).toEqual(['video']);
    expect(room?.office?.timeZone).toBe('Europe/Moscow');
  });

  it('keeps two open databases apart, each with its own models', async () => {
    const a = await fresh();
    const b = await fresh();
    await officeWithRooms(a, ['Север']);
    expect(await a.models.Room.count()).toBe(1);
    expect(await b.models.Room.count()).toBe(0);
    expect(a.models.Room).not.toBe(b.models.Room);
  });
});
