import type { Sequelize } from 'sequelize';
import { initAuditEntry, initBlock, initNotification, initReview } from './activity';
import { initBooking, initBookingAttendee, initBookingSeries } from './booking';
import { initDevice } from './device';
import { initIdentityModels } from './identity';
import { initOffice } from './office';
import { initAmenity, initRoom, initRoomAmenity } from './room';
import { initRuleSet } from './ruleSet';
import { initSyncModels } from './sync';
import { initUser } from './user';

/**
 * The model classes are exported as types only. Query through `db.models.X`: each open database
 * gets its own subclasses, so a desktop store and a server store can live in one process (tests).
 */
export type { Block, Review, AuditEntry, Notification, ModerationState } from './activity';
export { MODERATION_STATES } from './activity';
export type { Booking, BookingAttendee, BookingSeries, BookingSource } from './booking';
export { computeOccupancy } from './booking';
export type { Device, DeviceKind } from './device';
export type { Session, RefreshToken, Invitation, PermissionOverride } from './identity';
export { DEVICE_KINDS } from './device';
export type { Office } from './office';
export type { Room, Amenity, RoomAmenity } from './room';
export type { RuleSet, RuleScope, RulesJson } from './ruleSet';
export { RULE_SCOPES, scopeKeyOf } from './ruleSet';
export type { Setting, OfficeVersion, Change, ChangeOp, DeviceSync, MutationResult, OutboxEntry, OutboxStatus } from './sync';
export { CHANGE_OPS, OUTBOX_STATUSES } from './sync';
export type { User } from './user';
export { normalizeEmail } from './user';

export type Models = ReturnType<typeof initModels>;

export function initModels(sequelize: Sequelize) {
  const models = {
    Office: initOffice(sequelize),
    Amenity: initAmenity(sequelize),
    Room: initRoom(sequelize),
    RoomAmenity: initRoomAmenity(sequelize),
    User: initUser(sequelize),
    RuleSet: initRuleSet(sequelize),
    BookingSeries: initBookingSeries(sequelize),
    Booking: initBooking(sequelize),
    BookingAttendee: initBookingAttendee(sequelize),
    Block: initBlock(sequelize),
    Review: initReview(sequelize),
    AuditEntry: initAuditEntry(sequelize),
    Notification: initNotification(sequelize),
    Device: initDevice(sequelize),
    ...initSyncModels(sequelize),
    ...initIdentityModels(sequelize),
  };
  associate(models);
  return models;
}

/** Associations by alias: `include: [{ association: 'attendees' }]`, `booking.organizer`, … */
function associate(m: Models): void {
  m.Office.hasMany(m.Room, { as: 'rooms', foreignKey: 'officeId' });
  m.Office.hasMany(m.User, { as: 'users', foreignKey: 'officeId' });
  m.Room.belongsTo(m.Office, { as: 'office', foreignKey: 'officeId' });
  m.User.belongsTo(m.Office, { as: 'office', foreignKey: 'officeId' });

  m.Room.belongsToMany(m.Amenity, { as: 'amenities', through: m.RoomAmenity, foreignKey: 'roomId', otherKey: 'amenityCode' });
  m.Amenity.belongsToMany(m.Room, { as: 'rooms', through: m.RoomAmenity, foreignKey: 'amenityCode', otherKey: 'roomId' });
  m.Room.hasMany(m.RoomAmenity, { as: 'amenityLinks', foreignKey: 'roomId' });

  m.Room.hasMany(m.Booking, { as: 'bookings', foreignKey: 'roomId' });
  m.Booking.belongsTo(m.Room, { as: 'room', foreignKey: 'roomId' });
  m.Booking.belongsTo(m.User, { as: 'organizer', foreignKey: 'organizerId' });
  m.Booking.belongsTo(m.User, { as: 'createdBy', foreignKey: 'createdById' });
  m.Booking.hasMany(m.BookingAttendee, { as: 'attendees', foreignKey: 'bookingId' });
  m.BookingAttendee.belongsTo(m.Booking, { as: 'booking', foreignKey: 'bookingId' });
  m.BookingAttendee.belongsTo(m.User, { as: 'user', foreignKey: 'userId' });
  m.Booking.belongsTo(m.BookingSeries, { as: 'series', foreignKey: 'seriesId' });
  m.BookingSeries.hasMany(m.Booking, { as: 'occurrences', foreignKey: 'seriesId' });
  m.BookingSeries.belongsTo(m.Room, { as: 'room', foreignKey: 'roomId' });
  m.BookingSeries.belongsTo(m.User, { as: 'organizer', foreignKey: 'organizerId' });
  m.Booking.belongsTo(m.RuleSet, { as: 'ruleVersion', foreignKey: 'ruleVersionId' });

  m.Room.hasMany(m.Block, { as: 'blocks', foreignKey: 'roomId' });
  m.Block.belongsTo(m.Room, { as: 'room', foreignKey: 'roomId' });
  m.Block.belongsTo(m.User, { as: 'user', foreignKey: 'userId' });
  m.Block.belongsTo(m.User, { as: 'createdBy', foreignKey: 'createdById' });

  m.RuleSet.belongsTo(m.Office, { as: 'office', foreignKey: 'officeId' });
  m.RuleSet.belongsTo(m.Room, { as: 'room', foreignKey: 'roomId' });
  m.RuleSet.belongsTo(m.User, { as: 'author', foreignKey: 'authorId' });

  m.Room.hasMany(m.Review, { as: 'reviews', foreignKey: 'roomId' });
  m.Review.belongsTo(m.Room, { as: 'room', foreignKey: 'roomId' });
  m.Review.belongsTo(m.User, { as: 'user', foreignKey: 'userId' });
  m.Notification.belongsTo(m.User, { as: 'user', foreignKey: 'userId' });
  m.Device.belongsTo(m.Room, { as: 'room', foreignKey: 'roomId' });
  m.Device.belongsTo(m.Office, { as: 'office', foreignKey: 'officeId' });
  m.Session.belongsTo(m.User, { as: 'user', foreignKey: 'userId' });
  m.RefreshToken.belongsTo(m.Session, { as: 'session', foreignKey: 'sessionId' });
}
