import type { Transaction } from 'sequelize';
import type { Db } from './index';

/** Small worlds for db/ tests: one office with rooms and a person. */
export async function officeWithRooms(db: Db, roomNames: string[] = ['Север', 'Юг']) {
  return db.write(async (transaction: Transaction) => {
    const { Office, Room, User } = db.models;
    const office = await Office.create(
      {
        name: 'Moscow',
        timeZone: 'Europe/Moscow',
        workingHours: { mon: [['09:00', '19:00']] },
        holidays: [],
      },
      { transaction },
    );
    const rooms = [];
    for (const name of roomNames) {
      rooms.push(await Room.create({ officeId: office.id, name, capacity: 6 }, { transaction }));
    }
    const user = await User.create({ email: 'anna@roomly.test', name: 'Anna', officeId: office.id }, { transaction });
    return { office, rooms, user };
  });
}

/** Booking attributes for `roomId` from `start` to `end` (ISO), organised by `userId`. */
export const bookingRow = (
  roomId: string,
  userId: string,
  start: string,
  end: string,
  extra: { status?: 'pending' | 'confirmed' | 'cancelled'; bufferBeforeMin?: number; bufferAfterMin?: number } = {},
) => ({
  roomId,
  organizerId: userId,
  createdById: userId,
  title: 'Planning',
  startAt: new Date(start),
  endAt: new Date(end),
  status: extra.status ?? ('confirmed' as const),
  bufferBeforeMin: extra.bufferBeforeMin ?? 0,
  bufferAfterMin: extra.bufferAfterMin ?? 0,
});
