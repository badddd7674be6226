import { QueryTypes } from 'sequelize';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../core/errors';
import { openDb, type Db } from './index';
import { bookingRow, officeWithRooms } from './testFixtures';
import { openTestDb, testDialect, type TestDb } from './testing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(testDialect() === 'sqlite')('SQLite connection settings and write transactions', () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.cleanup();
    db = undefined;
  });

  it('keeps foreign keys on, a 5 s busy timeout and WAL inside a write transaction', async () => {
    db = await openTestDb();
    const pragmas = await db.write(async (transaction) => {
      const read = async (pragma: string) =>
        db!.sequelize.query<Record<string, unknown>>(`PRAGMA ${pragma}`, { transaction, type: QueryTypes.SELECT });
      return {
        foreignKeys: await read('foreign_keys'),
        busyTimeout: await read('busy_timeout'),
        journalMode: await read('journal_mode'),
      };
    });
    expect(pragmas.foreignKeys).toEqual([{ foreign_keys: 1 }]);
    expect(pragmas.busyTimeout).toEqual([{ timeout: 5000 }]);
    expect(pragmas.journalMode).toEqual([{ journal_mode: 'wal' }]);
  });

  it('refuses a room of an office that does not exist, inside a transaction', async () => {
    db = await openTestDb();
    const { Room } = db.models;
    const attempt = db.write((transaction) =>
      Room.create({ officeId: '01900000-0000-7000-8000-000000000000', name: 'Nowhere', capacity: 4 }, { transaction }),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION', key: 'errors.missingReference' });
    expect(await Room.count()).toBe(0);
  });

  it('runs concurrent writes one after another, all of them completing', async () => {
    db = await openTestDb();
    const { office } = await officeWithRooms(db, ['Север']);
    const { Office } = db.models;
    const order: string[] = [];
    const slowWrite = (name: string) =>
      db!.write(async (transaction) => {
        order.push(`start ${name}`);
        await Office.update({ name }, { where: { id: office.id }, transaction });
        await sleep(30);
        order.push(`end ${name}`);
      });
    await Promise.all([slowWrite('A'), slowWrite('B'), ...['C', 'D', 'E', 'F', 'G', 'H'].map(slowWrite)]);
    expect(order.slice(0, 4)).toEqual(['start A', 'end A', 'start B', 'end B']);
    expect(order).toHaveLength(16);
  });

  it('lets a second connection to the same file wait for the lock instead of failing busy', async () => {
    db = await openTestDb();
    const { office } = await officeWithRooms(db, ['Север']);
    const file = (db.sequelize as unknown as { options: { storage: string } }).options.storage;
    const other = await openDb({ file, migrate: false });
    try {
      const hold = (target: Db, name: string) =>
        target.write(async (transaction) => {
          await target.models.Office.update({ name }, { where: { id: office.id }, transaction });
          await sleep(200);
        });
      await expect(Promise.all([hold(db, 'first'), hold(other, 'second')])).resolves.toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it('rolls back a failed write, leaving the data as it was', async () => {
    db = await openTestDb();
    const { rooms, user } = await officeWithRooms(db, ['Север']);
    const { Booking, Room } = db.models;
    const roomId = rooms[0]!.id;
    const failing = db.write(async (transaction) => {
      await Room.update({ name: 'Renamed' }, { where: { id: roomId }, transaction });
      await Booking.create(bookingRow(roomId, user.id, '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'), { transaction });
      throw new Error('something went wrong halfway');
    });
    await expect(failing).rejects.toThrow('something went wrong halfway');
    expect((await Room.findByPk(roomId))?.name).toBe('Север');
    expect(await Booking.count()).toBe(0);
  });

  it('maps a duplicate e-mail to CONFLICT and lets a write inside a write join it', async () => {
    db = await openTestDb();
    const { User } = db.models;
    await officeWithRooms(db, []);
    const error = await db
      .write(async (transaction) => {
        await db!.write((inner) => {
          expect(inner).toBe(transaction);
          return User.create({ email: 'Anna@Roomly.Test ', name: 'Anna again' }, { transaction: inner });
        });
      })
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('CONFLICT');
  });
});
