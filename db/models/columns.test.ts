import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../testing';

/**
 * Sequelize writes an attribute's column name into the object that defines it, so one definition
 * object shared by two attributes silently maps both to the same column. Guard every model.
 */
let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db?.cleanup());

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('model columns', () => {
  it('map every attribute to its own snake_case column', () => {
    for (const [name, model] of Object.entries(db.models)) {
      const attributes = (model as unknown as { getAttributes(): Record<string, unknown> }).getAttributes();
      const mapping = Object.entries(attributes).map(([attr, def]) => [attr, (def as { field?: string }).field]);
      expect({ model: name, mapping }).toEqual({ model: name, mapping: mapping.map(([attr]) => [attr, snake(attr!)]) });
    }
  });

  it('round-trips every secret column of a device separately', async () => {
    const { Office, Room, Device } = db.models;
    const office = await Office.create({ name: 'Tver', timeZone: 'Europe/Moscow', workingHours: {} });
    const room = await Room.create({ officeId: office.id, name: 'Volga', capacity: 2 });
    const at = (s: string) => new Date(`2026-11-23T${s}:00.000Z`);
    const device = await Device.create({
      kind: 'kiosk', name: 'Door', roomId: room.id, tokenHash: 't', enrollCodeHash: 'e', pinHash: 'p',
      enrollExpiresAt: at('09:00'), enrolledAt: at('10:00'), revokedAt: at('11:00'), lastSeenAt: at('12:00'),
    });
    const read = await Device.findByPk(device.id);
    expect([read?.tokenHash, read?.enrollCodeHash, read?.pinHash]).toEqual(['t', 'e', 'p']);
    expect([read?.enrollExpiresAt, read?.enrolledAt, read?.revokedAt, read?.lastSeenAt]).toEqual(
      ['09:00', '10:00', '11:00', '12:00'].map(at),
    );
  });
});
