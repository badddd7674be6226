import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db';
import { seedDemo, DEMO_PASSWORD } from '../db/seed/demo';
import { hashPassword } from './passwords';

/** Creates the first admin when the database has no users yet; does nothing otherwise. */
export async function ensureFirstAdmin(db: Db, email: string, password: string): Promise<boolean> {
  const { User } = db.models;
  if ((await User.count()) > 0) return false;
  const passwordHash = await hashPassword(password);
  await db.write((transaction) =>
    User.create(
      {
        id: uuidv7(),
        email: email.toLowerCase(),
        name: 'Administrator',
        role: 'admin',
        officeId: null,
        locale: 'en',
        passwordHash,
        active: true,
        tokenVersion: 0,
      },
      { transaction },
    ),
  );
  return true;
}

/** Loads the demo offices, rooms, people and two weeks of bookings around `now`. */
export async function loadDemoData(db: Db, now: Date): Promise<void> {
  await seedDemo(db, { now, passwordHash: await hashPassword(DEMO_PASSWORD) });
}
