import { afterEach, describe, expect, it } from 'vitest';
import { bookingRow, officeWithRooms } from './testFixtures';
import { openTestDb, testDialect, type TestDb } from './testing';

describe('Raw reads for hot paths (db.read)', () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.cleanup();
    db = undefined;
  });

  it('binds named parameters, spreads an array into an IN list, and leaves casts and quoted colons alone', async () => {
    db = await openTestDb();
    const { rooms } = await officeWithRooms(db, ['Север', 'Юг', 'Стекло']);
    const cast = testDialect() === 'postgres' ? '::text' : '';
    const rows = await db.read<{ name: string; label: string }>(
      `SELECT name, 'at 10:30 :notaparam'${cast} AS label FROM rooms WHERE id IN (:ids) AND capacity >= :seats ORDER BY name`,
      { ids: [rooms[0]!.id, rooms[2]!.id], seats: 1 },
    );
    expect(rows).toEqual([
      { name: 'Север', label: 'at 10:30 :notaparam' },
      { name: 'Стекло', label: 'at 10:30 :notaparam' },
    ]);
  });

  it('matches nothing for an empty list instead of failing', async () => {
    db = await openTestDb();
    await officeWithRooms(db, ['Север']);
    expect(await db.read('SELECT id FROM rooms WHERE id IN (:ids)', { ids: [] })).toEqual([]);
  });

  it('says which parameter is missing, and refuses a Date (instants are bound as the database compares them)', async () => {
    db = await openTestDb();
    await expect(db.read('SELECT id FROM rooms WHERE name = :name', {})).rejects.toThrow(':name');
    await expect(db.read('SELECT id FROM bookings WHERE start_at > :at', { at: new Date('2026-03-02T09:00:00Z') })).rejects.toThrow(':at');
  });

  it('reads through the open write transaction, so it sees rows written before the commit', async () => {
    db = await openTestDb();
    const { rooms, user } = await officeWithRooms(db, ['Север']);
    const seen = await db.write(async (transaction) => {
      await db!.models.Booking.create(bookingRow(rooms[0]!.id, user.id, '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'), { transaction });
      return db!.read<{ n: number }>('SELECT COUNT(*) AS n FROM bookings WHERE room_id = :room', { room: rooms[0]!.id });
    });
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('rejects a broken statement with the database error and keeps working after it', async () => {
    db = await openTestDb();
    await expect(db.read('SELECT id FROM no_such_table')).rejects.toThrow(/no_such_table|no such table/);
    expect(await db.read<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
