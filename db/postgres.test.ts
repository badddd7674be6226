import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { bookingRow, officeWithRooms } from './testFixtures';
import { openTestDb, testDialect, type TestDb } from './testing';

describe.runIf(testDialect() === 'postgres')('PostgreSQL refuses overlapping occupancy in one room', () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.cleanup();
    db = undefined;
  });

  async function world() {
    db = await openTestDb();
    const { rooms, user } = await officeWithRooms(db, ['Север', 'Юг']);
    const book = (roomIndex: number, start: string, end: string, extra: Parameters<typeof bookingRow>[4] = {}) =>
      db!.write((transaction) =>
        db!.models.Booking.create(bookingRow(rooms[roomIndex]!.id, user.id, start, end, extra), { transaction }),
      );
    return { book, Booking: db.models.Booking };
  }

  it('fails a second confirmed booking whose occupancy overlaps with CONFLICT', async () => {
    const { book, Booking } = await world();
    await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z');
    const error = await book(0, '2026-11-23T10:30:00Z', '2026-11-23T11:30:00Z').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.bookingOverlap',
      message: 'This room is already booked for an overlapping time.',
    });
    expect(await Booking.count()).toBe(1);
  });

  it('counts the buffers: 10:00–11:00 and 11:10–12:00 with 10 minutes each side overlap', async () => {
    const { book } = await world();
    const buffers = { bufferBeforeMin: 10, bufferAfterMin: 10 };
    await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', buffers);
    await expect(book(0, '2026-11-23T11:10:00Z', '2026-11-23T12:00:00Z', buffers)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(book(0, '2026-11-23T11:20:00Z', '2026-11-23T12:00:00Z', buffers)).resolves.toBeDefined();
  });

  it('accepts touching occupancy: 10:00–11:00 then 11:00–12:00', async () => {
    const { book, Booking } = await world();
    await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z');
    await book(0, '2026-11-23T11:00:00Z', '2026-11-23T12:00:00Z');
    expect(await Booking.count()).toBe(2);
  });

  it('lets a cancelled booking not block the slot', async () => {
    const { book, Booking } = await world();
    await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', { status: 'cancelled' });
    await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z');
    expect(await Booking.count()).toBe(2);
  });

  it('treats a pending booking as holding the slot', async () => {
    const { book } = await world();
    await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', { status: 'pending' });
    await expect(book(0, '2026-11-23T10:15:00Z', '2026-11-23T10:45:00Z')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('does not make different rooms conflict', async () => {
    const { book, Booking } = await world();
    await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z');
    await book(1, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z');
    expect(await Booking.count()).toBe(2);
  });

  it('refuses moving a booking onto another one, and reinstating a cancelled one over a new one', async () => {
    const { book, Booking } = await world();
    const first = await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', { status: 'cancelled' });
    const second = await book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z');
    await expect(db!.write((transaction) => first.update({ status: 'confirmed' }, { transaction }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const moved = db!.write((transaction) =>
      Booking.update(
        { startAt: new Date('2026-11-23T09:00:00Z'), endAt: new Date('2026-11-23T10:30:00Z') },
        { where: { id: second.id }, transaction },
      ),
    );
    await expect(moved).resolves.toBeDefined();
    const reloaded = await Booking.findByPk(second.id);
    expect(reloaded?.occupiedTo.toISOString()).toBe('2026-11-23T10:30:00.000Z');
  });

  it('lets two simultaneous writers race for one slot and exactly one win', async () => {
    const { book, Booking } = await world();
    const results = await Promise.allSettled([
      book(0, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'),
      book(0, '2026-11-23T10:30:00Z', '2026-11-23T11:30:00Z'),
      book(0, '2026-11-23T10:45:00Z', '2026-11-23T11:15:00Z'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await Booking.count()).toBe(1);
  });
});
