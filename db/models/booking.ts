import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import { BOOKING_SOURCES, BOOKING_STATUSES, type BookingStatus } from '../../core/domain';
import { common, date, idColumn, jsonType, oneOf, text, uuid } from './common';
import type { Room } from './room';
import type { RuleSet } from './ruleSet';
import type { User } from './user';

export type BookingSource = (typeof BOOKING_SOURCES)[number];

export class Booking extends Model<InferAttributes<Booking>, InferCreationAttributes<Booking>> {
  declare id: CreationOptional<string>;
  declare roomId: string;
  declare organizerId: string;
  declare createdById: string;
  declare title: string;
  declare description: CreationOptional<string>;
  declare isPrivate: CreationOptional<boolean>;
  declare startAt: Date;
  declare endAt: Date;
  declare bufferBeforeMin: CreationOptional<number>;
  declare bufferAfterMin: CreationOptional<number>;
  /** startAt − bufferBefore and endAt + bufferAfter; the model computes them on every save. */
  declare occupiedFrom: CreationOptional<Date>;
  declare occupiedTo: CreationOptional<Date>;
  declare status: BookingStatus;
  declare seriesId: CreationOptional<string | null>;
  /** For an occurrence of a series: the start the rule gave it, before any edit. */
  declare recurrenceStart: CreationOptional<Date | null>;
  declare checkInAt: CreationOptional<Date | null>;
  declare holdExpiresAt: CreationOptional<Date | null>;
  declare source: CreationOptional<BookingSource>;
  declare ruleVersionId: CreationOptional<string | null>;
  declare cancelReason: CreationOptional<string | null>;
  declare clientMutationId: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare room?: NonAttribute<Room>;
  declare organizer?: NonAttribute<User>;
  declare createdBy?: NonAttribute<User>;
  declare attendees?: NonAttribute<BookingAttendee[]>;
  declare series?: NonAttribute<BookingSeries | null>;
  declare ruleVersion?: NonAttribute<RuleSet | null>;
}

export class BookingAttendee extends Model<InferAttributes<BookingAttendee>, InferCreationAttributes<BookingAttendee>> {
  declare id: CreationOptional<string>;
  declare bookingId: string;
  declare userId: CreationOptional<string | null>;
  /** An outside guest's address (or a copy of the user's). */
  declare email: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare user?: NonAttribute<User | null>;
}

export class BookingSeries extends Model<InferAttributes<BookingSeries>, InferCreationAttributes<BookingSeries>> {
  declare id: CreationOptional<string>;
  declare roomId: string;
  declare organizerId: string;
  /** RFC 5545 RRULE, read in `timeZone` from `firstStart`. */
  declare rrule: string;
  declare timeZone: string;
  declare firstStart: Date;
  declare durationMin: number;
  /** Original starts (ISO instants) of occurrences that were removed or moved. */
  declare exdates: CreationOptional<string[]>;
  declare until: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare occurrences?: NonAttribute<Booking[]>;
}

const MINUTE = 60_000;
const TIME_FIELDS = ['startAt', 'endAt', 'bufferBeforeMin', 'bufferAfterMin'] as const;

/** Keeps occupancy equal to the times plus buffers, whichever way the row is written. */
export function computeOccupancy(b: Pick<Booking, 'startAt' | 'endAt' | 'bufferBeforeMin' | 'bufferAfterMin'>) {
  const start = new Date(b.startAt).getTime();
  const end = new Date(b.endAt).getTime();
  return {
    occupiedFrom: new Date(start - (b.bufferBeforeMin ?? 0) * MINUTE),
    occupiedTo: new Date(end + (b.bufferAfterMin ?? 0) * MINUTE),
  };
}

function setOccupancy(booking: Booking): void {
  if (!booking.startAt || !booking.endAt) return;
  const { occupiedFrom, occupiedTo } = computeOccupancy(booking);
  booking.occupiedFrom = occupiedFrom;
  booking.occupiedTo = occupiedTo;
}

export function initBooking(sequelize: Sequelize): typeof Booking {
  const M = class extends Booking {};
  // Fresh objects per attribute: Sequelize writes each attribute's column name into its definition.
  const minutes = () => ({ type: DataTypes.INTEGER, allowNull: false, defaultValue: 0, validate: { min: 0 } });
  M.init(
    {
      id: idColumn(),
      roomId: uuid(),
      organizerId: uuid(),
      createdById: uuid(),
      title: text(),
      description: { ...text(), defaultValue: '' },
      isPrivate: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      startAt: date(),
      endAt: date(),
      bufferBeforeMin: minutes(),
      bufferAfterMin: minutes(),
      // Filled by the hooks below, after validation; the table itself refuses NULL.
      occupiedFrom: date(true),
      occupiedTo: date(true),
      status: oneOf(BOOKING_STATUSES),
      seriesId: { ...uuid(true), defaultValue: null },
      recurrenceStart: { ...date(true), defaultValue: null },
      checkInAt: { ...date(true), defaultValue: null },
      holdExpiresAt: { ...date(true), defaultValue: null },
      source: { ...oneOf(BOOKING_SOURCES), defaultValue: 'console' },
      ruleVersionId: { ...uuid(true), defaultValue: null },
      cancelReason: { ...text(true), defaultValue: null },
      clientMutationId: { ...text(true), defaultValue: null },
      createdAt: date(),
      updatedAt: date(),
    },
    {
      sequelize,
      modelName: 'Booking',
      tableName: 'bookings',
      ...common,
      validate: {
        endsAfterStart(this: Booking) {
          if (new Date(this.endAt).getTime() <= new Date(this.startAt).getTime()) {
            throw new Error('endAt must be after startAt');
          }
        },
      },
      hooks: {
        beforeSave: setOccupancy,
        beforeBulkCreate: (rows: Booking[]) => rows.forEach(setOccupancy),
        // A bulk update that moves times cannot compute occupancy from `where`: do it row by row.
        beforeBulkUpdate: (options: { attributes?: object; individualHooks?: boolean }) => {
          if (TIME_FIELDS.some((f) => options.attributes && f in options.attributes)) options.individualHooks = true;
        },
      },
    },
  );
  return M;
}

export function initBookingAttendee(sequelize: Sequelize): typeof BookingAttendee {
  const M = class extends BookingAttendee {};
  M.init(
    {
      id: idColumn(),
      bookingId: uuid(),
      userId: { ...uuid(true), defaultValue: null },
      email: { ...text(true), defaultValue: null },
      createdAt: date(),
      updatedAt: date(),
    },
    {
      sequelize,
      modelName: 'BookingAttendee',
      tableName: 'booking_attendees',
      ...common,
      validate: {
        userOrEmail(this: BookingAttendee) {
          if (!this.userId && !this.email) throw new Error('An attendee needs a user or an e-mail');
        },
      },
    },
  );
  return M;
}

export function initBookingSeries(sequelize: Sequelize): typeof BookingSeries {
  const M = class extends BookingSeries {};
  M.init(
    {
      id: idColumn(),
      roomId: uuid(),
      organizerId: uuid(),
      rrule: text(),
      timeZone: text(),
      firstStart: date(),
      durationMin: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 1 } },
      exdates: { type: jsonType(sequelize), allowNull: false, defaultValue: [] },
      until: { ...date(true), defaultValue: null },
      createdAt: date(),
      updatedAt: date(),
    },
    { sequelize, modelName: 'BookingSeries', tableName: 'booking_series', ...common },
  );
  return M;
}
