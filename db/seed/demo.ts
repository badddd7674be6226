import type { Db } from '../index';
import { planDemo } from './demoPlan';

export { DEFAULT_RULES } from './defaultRules';
export { DEMO_OFFICES, DEMO_PASSWORD, DEMO_ROOMS, DEMO_USERS, type DemoRoom, type DemoUser } from './demoData';
export { planDemo, seededRandom, type DemoPlan } from './demoPlan';

export interface SeedOptions {
  /** The moment the demo is built around: bookings run from a week before to a week after. */
  now: Date;
  /** The hash of DEMO_PASSWORD, made by the caller (this module never hashes). */
  passwordHash: string;
}

export interface SeedSummary {
  seeded: boolean;
  offices: number;
  rooms: number;
  users: number;
  bookings: number;
  attendees: number;
}

/**
 * Loads the demo world: two offices (Moscow, Berlin), their rooms, people of every role, global
 * rules version 1, and two weeks of bookings around `now`. Does nothing if any office exists.
 */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const { Office, Amenity, Room, RoomAmenity, User, RuleSet, Booking, BookingAttendee } = db.models;
  return db.write(async (transaction) => {
    if ((await Office.count({ transaction })) > 0) {
      return { seeded: false, offices: 0, rooms: 0, users: 0, bookings: 0, attendees: 0 };
    }
    const plan = planDemo(options.now, options.passwordHash);
    await Amenity.bulkCreate(plan.amenities, { transaction, ignoreDuplicates: true });
    await Office.bulkCreate(plan.offices, { transaction });
    await Room.bulkCreate(plan.rooms, { transaction });
    await RoomAmenity.bulkCreate(plan.roomAmenities, { transaction });
    await User.bulkCreate(plan.users, { transaction });
    await RuleSet.create(plan.ruleSet, { transaction });
    await Booking.bulkCreate(plan.bookings, { transaction });
    await BookingAttendee.bulkCreate(plan.attendees, { transaction });
    return {
      seeded: true,
      offices: plan.offices.length,
      rooms: plan.rooms.length,
      users: plan.users.length,
      bookings: plan.bookings.length,
      attendees: plan.attendees.length,
    };
  });
}
