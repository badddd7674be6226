import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../core/contract';
import { startHarness, type Harness, type TestUser } from './testkit';

let h: Harness;
let admin: string;
let employee: string;
let employeeUser: TestUser;
let officeId: string;

beforeAll(async () => {
  h = await startHarness();
  admin = (await h.tokenFor('admin')).token;
  const signedIn = await h.tokenFor('employee');
  employee = signedIn.token;
  employeeUser = signedIn.user;
  officeId = await h.addOffice();
});
afterAll(() => h?.close());

describe('what a role may not do', () => {
  const cases: Array<{ name: string; call: () => [string, unknown]; code: string }> = [
    { name: 'change their own role', call: () => ['users.update', { id: employeeUser.id, role: 'admin' }], code: 'FORBIDDEN' },
    { name: 'switch on another account', call: () => ['users.update', { id: employeeUser.id, active: true }], code: 'FORBIDDEN' },
    { name: 'create a room', call: () => ['rooms.create', { officeId, name: 'Mine', capacity: 2 }], code: 'FORBIDDEN' },
    { name: 'create a user', call: () => ['users.create', { email: 'x@roomly.test', name: 'X', password: 'long enough pw' }], code: 'FORBIDDEN' },
    { name: 'list people', call: () => ['users.list', {}], code: 'FORBIDDEN' },
    { name: 'read the audit log', call: () => ['audit.list', {}], code: 'FORBIDDEN' },
    { name: 'read the permission table', call: () => ['permissions.get', {}], code: 'FORBIDDEN' },
    { name: 'grant itself rooms.create', call: () => ['permissions.update', { method: 'rooms.create', roles: ['employee'], reason: 'me' }], code: 'FORBIDDEN' },
    { name: 'enrol a door tablet', call: () => ['devices.enroll', { roomId: officeId }], code: 'FORBIDDEN' },
    { name: 'open registration', call: () => ['auth.setRegistration', { mode: 'open', domains: [] }], code: 'FORBIDDEN' },
    { name: 'smuggle a role into its profile', call: () => ['auth.updateProfile', { role: 'admin' }], code: 'VALIDATION' },
  ];
  for (const c of cases) {
    it(`an employee cannot ${c.name} (${c.code})`, async () => {
      const [method, input] = c.call();
      expect(await h.code(method, input, employee)).toBe(c.code);
    });
  }

  it('an admin cannot change their own role either', async () => {
    const me = await h.value('auth.me', {}, admin);
    expect(await h.code('users.update', { id: me.id, role: 'employee' }, admin)).toBe('FORBIDDEN');
  });
});

describe('the permission table', () => {
  it('lists every method with its default roles', async () => {
    const table = await h.value('permissions.get', {}, admin);
    expect(table.methods.map((m: { method: string }) => m.method)).toEqual([...METHOD_NAMES].sort());
    const create = table.methods.find((m: { method: string }) => m.method === 'rooms.create');
    expect(create).toMatchObject({ roles: ['facility_manager', 'admin'], isOverridden: false, isPublic: false, lockedRoles: [] });
  });

  it('says which roles can never lose a method: admins keep signing in and the table itself', async () => {
    const table = await h.value('permissions.get', {}, admin);
    const locked = table.methods.filter((m: { lockedRoles: string[] }) => m.lockedRoles.length > 0);
    expect(locked.map((m: { method: string; lockedRoles: string[] }) => [m.method, m.lockedRoles])).toEqual([
      ['auth.me', ['admin']],
      ['permissions.get', ['admin']],
      ['permissions.update', ['admin']],
    ]);
  });

  it('tells each caller what it may call, so the UI can hide the rest', async () => {
    const mine = await h.value('auth.permissions', {}, employee);
    expect(mine).toMatchObject({ kind: 'user', role: 'employee' });
    expect(mine.methods).toContain('rooms.list');
    expect(mine.methods).not.toContain('rooms.create');
    const anonymous = await h.value('auth.permissions', {});
    expect(anonymous).toMatchObject({ kind: 'anonymous', role: null });
    expect(anonymous.methods).toEqual(expect.arrayContaining(['auth.login', 'devices.redeem']));
    expect(anonymous.methods).not.toContain('auth.me');
  });

  it('applies an admin\'s override at the next call, with an audit entry, and goes back to the default', async () => {
    const input = { method: 'rooms.create', roles: ['employee', 'facility_manager', 'admin'], reason: 'a self-service pilot' };
    const row = await h.value('permissions.update', input, admin);
    expect(row).toMatchObject({ isOverridden: true, roles: input.roles });
    expect(await h.code('rooms.create', { officeId, name: 'Pilot', capacity: 2 }, employee)).toBeUndefined();
    expect((await h.value('auth.permissions', {}, employee)).methods).toContain('rooms.create');

    await h.value('permissions.update', { method: 'rooms.create', roles: null, reason: 'pilot over' }, admin);
    expect(await h.code('rooms.create', { officeId, name: 'Pilot 2', capacity: 2 }, employee)).toBe('FORBIDDEN');
    const audit = await h.value('audit.list', { action: 'permission.update', entityId: 'rooms.create' }, admin);
    expect(audit.entries.map((e: { reason: string }) => e.reason)).toEqual(['pilot over', 'a self-service pilot']);
  });

  it('can take a method away from a role', async () => {
    await h.value('permissions.update', { method: 'offices.list', roles: ['admin'], reason: 'offices are private' }, admin);
    expect(await h.code('offices.list', {}, employee)).toBe('FORBIDDEN');
    expect(await h.code('offices.list', {}, admin)).toBeUndefined();
    await h.value('permissions.update', { method: 'offices.list', roles: null, reason: 'back' }, admin);
    expect(await h.code('offices.list', {}, employee)).toBeUndefined();
  });

  it('refuses edits that would lock the admins out or that name public or unknown methods', async () => {
    const update = (method: string, roles: string[] | null) => h.code('permissions.update', { method, roles, reason: 'test' }, admin);
    expect(await update('permissions.update', ['facility_manager'])).toBe('CONFLICT');
    expect(await update('auth.me', ['employee', 'manager'])).toBe('CONFLICT');
    expect(await h.code('auth.me', {}, admin)).toBeUndefined();
    expect(await update('auth.login', ['admin'])).toBe('CONFLICT');
    expect(await update('rooms.teleport', ['admin'])).toBe('NOT_FOUND');
    expect(await update('rooms.create', ['admin', 'admin'])).toBe('VALIDATION');
    expect(await h.code('permissions.update', { method: 'rooms.create', roles: ['admin'] }, admin)).toBe('VALIDATION');
  });

  it('reads overrides written by another process once the cache is older than its lifetime', async () => {
    await h.db.write((transaction) =>
      h.db.models.PermissionOverride.create(
        { method: 'offices.list', roles: ['admin'], reason: 'elsewhere', updatedAt: h.now() },
        { transaction },
      ),
    );
    expect(await h.code('offices.list', {}, employee)).toBeUndefined();
    h.advance(61);
    const fresh = (await h.tokenFor('employee')).token;
    expect(await h.code('offices.list', {}, fresh)).toBe('FORBIDDEN');
  });
});
