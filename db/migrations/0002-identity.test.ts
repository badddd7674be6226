import { afterEach, describe, expect, it } from 'vitest';
import { createMigrator, MIGRATIONS_TABLE } from '../migrate';
import { openEmptyTestDb, type TestDb } from '../testing';

const NEW_TABLES = ['invitations', 'permission_overrides', 'refresh_tokens', 'sessions'];

async function tableNames(db: TestDb): Promise<string[]> {
  const tables = (await db.sequelize.getQueryInterface().showAllTables()) as Array<string | { tableName: string }>;
  return tables.map((t) => (typeof t === 'string' ? t : t.tableName)).sort();
}

describe('migration 0002-identity', () => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.cleanup();
    db = undefined;
  });

  it('keeps the users and devices written before it and adds the identity tables', async () => {
    db = await openEmptyTestDb();
    const migrator = createMigrator(db.sequelize, db.dialect);
    await migrator.up({ to: '0001-initial' });
    const { Office, Room, User, Device } = db.models;
    const office = await Office.create({ name: 'Kazan', timeZone: 'Europe/Moscow', workingHours: {} });
    const room = await Room.create({ officeId: office.id, name: 'Kama', capacity: 4 });
    const user = await User.create({ email: 'Ann@Roomly.test', name: 'Ann', role: 'admin' });
    await Device.create({ kind: 'kiosk', name: 'Door of Kama', roomId: room.id, enrollCodeHash: 'abc' });
    expect(await tableNames(db)).not.toContain('sessions');

    await migrator.up({ to: '0002-identity' });
    expect(await tableNames(db)).toEqual(expect.arrayContaining([...NEW_TABLES, MIGRATIONS_TABLE]));
    expect((await User.findByPk(user.id))?.email).toBe('ann@roomly.test');
    expect(await Device.count({ where: { enrollCodeHash: 'abc' } })).toBe(1);
  });

  it('takes sessions, refresh tokens, invitations and overrides written through the models', async () => {
    db = await openEmptyTestDb();
    await createMigrator(db.sequelize, db.dialect).up({ to: '0002-identity' });
    const { User, Session, RefreshToken, Invitation, PermissionOverride } = db.models;
    const now = new Date('2026-11-23T09:00:00.000Z');
    const user = await User.create({ email: 'bob@roomly.test', name: 'Bob' });
    const session = await Session.create({ userId: user.id, createdAt: now, lastUsedAt: now, expiresAt: now });
    await RefreshToken.create({ sessionId: session.id, tokenHash: 'h1', createdAt: now, expiresAt: now });
    await Invitation.create({ email: 'eve@roomly.test', role: 'manager', codeHash: 'c1', expiresAt: now, createdAt: now });
    await PermissionOverride.create({ method: 'rooms.create', roles: ['admin'], reason: 'only admins', updatedAt: now });

    expect((await PermissionOverride.findByPk('rooms.create'))?.roles).toEqual(['admin']);
    await expect(
      RefreshToken.create({ sessionId: session.id, tokenHash: 'h1', createdAt: now, expiresAt: now }),
    ).rejects.toThrow();
    await user.destroy();
    expect(await Session.count()).toBe(0);
    expect(await RefreshToken.count()).toBe(0);
  });

  it('down removes only what it added', async () => {
    db = await openEmptyTestDb();
    const migrator = createMigrator(db.sequelize, db.dialect);
    await migrator.up({ to: '0001-initial' });
    const before = await tableNames(db);
    await migrator.up({ to: '0002-identity' });
    await migrator.down({ to: '0002-identity' });
    expect(await tableNames(db)).toEqual(before);
    await migrator.up({ to: '0002-identity' });
    expect(await tableNames(db)).toEqual(expect.arrayContaining(NEW_TABLES));
  });
});
