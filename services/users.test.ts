import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testkit';

let h: Harness;
let admin: string;
let berlin: string;
let moscow: string;

beforeEach(async () => {
  h = await startHarness();
  admin = (await h.tokenFor('admin')).token;
  berlin = await h.addOffice('Berlin');
  moscow = await h.addOffice('Moscow');
});
afterEach(() => h?.close());

const newUser = { email: 'Nina@Roomly.test', name: 'Нина Петрова', password: 'a long enough password' };

describe('managing people', () => {
  it('an admin creates a person who can then sign in; a second account with that address is a CONFLICT', async () => {
    const created = await h.value('users.create', { ...newUser, role: 'manager', officeId: berlin }, admin);
    expect(created).toMatchObject({ email: 'nina@roomly.test', role: 'manager', officeId: berlin, active: true });
    expect(await h.code('auth.login', { email: 'nina@roomly.test', password: newUser.password })).toBeUndefined();
    expect(await h.code('users.create', newUser, admin)).toBe('CONFLICT');
    expect(await h.code('users.create', { ...newUser, email: 'x@roomly.test', password: 'too short' }, admin)).toBe('VALIDATION');
  });

  it('lists people by office, role and name; facility managers and assistants see their own office', async () => {
    await h.value('users.create', { ...newUser, officeId: berlin }, admin);
    await h.value('users.create', { ...newUser, email: 'oleg@roomly.test', name: 'Oleg', officeId: moscow }, admin);
    const names = async (token: string, input: object = {}) =>
      (await h.value('users.list', input, token)).map((u: { name: string }) => u.name);
    expect(await names(admin, { query: 'нин' })).toEqual(['Нина Петрова']);
    expect(await names(admin, { officeId: moscow })).toEqual(['Oleg']);
    const fm = (await h.tokenFor('facility_manager', { officeId: berlin })).token;
    expect(await names(fm, { query: 'o' })).toEqual([]);
    expect(await names(fm)).toContain('Нина Петрова');
    expect(await names((await h.tokenFor('assistant', { officeId: moscow })).token)).toContain('Oleg');
  });

  it('a facility manager manages non-staff people of their own office only', async () => {
    const fm = (await h.tokenFor('facility_manager', { officeId: berlin })).token;
    const local = await h.addUser('employee', { officeId: berlin });
    const remote = await h.addUser('employee', { officeId: moscow });
    const otherAdmin = await h.addUser('admin', { officeId: berlin });
    expect((await h.value('users.update', { id: local.id, role: 'assistant' }, fm)).role).toBe('assistant');
    expect(await h.code('users.update', { id: local.id, role: 'admin' }, fm)).toBe('FORBIDDEN');
    expect(await h.code('users.update', { id: local.id, officeId: moscow }, fm)).toBe('FORBIDDEN');
    expect(await h.code('users.update', { id: remote.id, name: 'X' }, fm)).toBe('FORBIDDEN');
    expect(await h.code('users.update', { id: otherAdmin.id, active: false }, fm)).toBe('FORBIDDEN');
    expect(await h.code('users.create', { ...newUser, officeId: berlin }, fm)).toBe('FORBIDDEN');
  });

  it('records role changes and switch-offs in the audit log with the reason', async () => {
    const person = await h.addUser('employee');
    await h.value('users.update', { id: person.id, role: 'moderator', reason: 'reviews team' }, admin);
    await h.value('users.update', { id: person.id, active: false, reason: 'left the company' }, admin);
    const { entries } = await h.value('audit.list', { entityType: 'user', entityId: person.id }, admin);
    expect(entries.map((e: { action: string; reason: string }) => [e.action, e.reason])).toEqual([
      ['user.deactivate', 'left the company'],
      ['user.roleChange', 'reviews team'],
    ]);
    expect(entries[1].data).toEqual({ from: 'employee', to: 'moderator' });
  });

  it('an admin resets a password: the old one stops working and sessions end', async () => {
    const person = await h.addUser('employee');
    const session = await h.signIn(person);
    await h.value('users.update', { id: person.id, password: 'a brand new password' }, admin);
    expect(await h.code('auth.me', {}, session.accessToken)).toBe('UNAUTHENTICATED');
    expect(await h.code('auth.login', { email: person.email, password: 'a brand new password' })).toBeUndefined();
  });
});

describe('the people directory', () => {
  const person = (name: string, email: string, officeId: string, extra: object = {}) =>
    h.value('users.create', { name, email, officeId, password: 'a long enough password', ...extra }, admin);
  const names = (people: { name: string }[]) => people.map((p) => p.name);
  let employee: string;
  let olga: { id: string };

  beforeEach(async () => {
    employee = (await h.tokenFor('employee', { officeId: berlin })).token;
    olga = await person('Ольга Смирнова', 'olga.smirnova@roomly.test', berlin);
    await person('Олег Ёлкин', 'oleg@roomly.test', moscow);
    await person('Anna Oldman', 'anna@roomly.test', berlin);
    const gone = await person('Ольга Бывшая', 'olga.former@roomly.test', berlin);
    await h.value('users.update', { id: gone.id, active: false, reason: 'left' }, admin);
  });

  it('lets an employee find a colleague by part of a Cyrillic name in any case, or by e-mail', async () => {
    expect(names(await h.value('users.directory', { query: 'оль' }, employee))).toEqual(['Ольга Смирнова']);
    expect(names(await h.value('users.directory', { query: 'ОЛЬГА' }, employee))).toEqual(['Ольга Смирнова']);
    expect(names(await h.value('users.directory', { query: 'смир' }, employee))).toEqual(['Ольга Смирнова']);
    expect(await h.value('users.directory', { query: 'Olga.S' }, employee)).toEqual([
      { id: olga.id, name: 'Ольга Смирнова', email: 'olga.smirnova@roomly.test', officeId: berlin },
    ]);
    expect(names(await h.value('users.directory', { query: 'елк' }, employee))).toEqual(['Олег Ёлкин']);
    expect(names(await h.value('users.directory', { query: 'ol' }, employee))).toEqual(['Anna Oldman', 'Олег Ёлкин', 'Ольга Смирнова']);
  });

  it('never lists people whose account is switched off', async () => {
    const everyone = await h.value('users.directory', { limit: 200 }, employee);
    expect(names(everyone)).not.toContain('Ольга Бывшая');
    expect(await h.value('users.directory', { query: 'olga.former' }, employee)).toEqual([]);
  });

  it('answers only what a picker needs: no role, status or anything an admin manages', async () => {
    const everyone = await h.value('users.directory', { limit: 200 }, employee);
    expect(everyone.length).toBeGreaterThan(3);
    for (const p of everyone) expect(Object.keys(p).sort()).toEqual(['email', 'id', 'name', 'officeId']);
  });

  it('keeps to an office when asked, orders by name and respects the limit', async () => {
    expect(names(await h.value('users.directory', { query: 'о', officeId: moscow }, employee))).toEqual(['Олег Ёлкин']);
    const firstTwo = await h.value('users.directory', { limit: 2 }, employee);
    const all = await h.value('users.directory', { limit: 200 }, employee);
    expect(firstTwo).toEqual(all.slice(0, 2));
    expect(names(all)).toEqual([...names(all)].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    expect(await h.code('users.directory', { limit: 201 }, employee)).toBe('VALIDATION');
    expect(await h.code('users.directory', { limit: 0 }, employee)).toBe('VALIDATION');
  });

  it('refuses door tablets and signed-out callers, and an admin can take it away from a role', async () => {
    const roomId = await h.addRoom(berlin);
    const enrolment = await h.value('devices.enroll', { roomId }, admin);
    const { deviceToken } = await h.value('devices.redeem', { code: enrolment.code });
    expect(await h.code('users.directory', { query: 'оль' }, deviceToken)).toBe('FORBIDDEN');
    expect(await h.code('users.directory', {})).toBe('UNAUTHENTICATED');
    await h.value('permissions.update', { method: 'users.directory', roles: ['admin', 'facility_manager', 'assistant'], reason: 'privacy review' }, admin);
    expect(await h.code('users.directory', {}, employee)).toBe('FORBIDDEN');
  });
});

describe('registration', () => {
  const register = (email: string, extra: object = {}) =>
    h.call('auth.register', { email, password: 'my long password', name: 'New Person', ...extra });

  it('is by invitation only until an admin opens it', async () => {
    expect(await h.value('auth.getRegistration', {})).toEqual({ mode: 'invitation', domains: [] });
    expect(await register('new@roomly.test')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'errors.registrationClosed' } });
  });

  it('accepts only the listed domains in domain mode, and anyone in open mode', async () => {
    await h.value('auth.setRegistration', { mode: 'domains', domains: ['Roomly.TEST'] }, admin);
    const session = await register('new@roomly.test', { officeId: berlin, locale: 'ru' });
    expect(session).toMatchObject({ ok: true, value: { user: { role: 'employee', officeId: berlin, locale: 'ru' } } });
    expect(await register('new@elsewhere.test')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'errors.registrationDomain' } });
    expect((await register('new@roomly.test')).ok).toBe(false);
    await h.value('auth.setRegistration', { mode: 'open', domains: [] }, admin);
    expect((await register('new@elsewhere.test')).ok).toBe(true);
    const { entries } = await h.value('audit.list', { action: 'settings.registration' }, admin);
    expect(entries).toHaveLength(2);
  });

  it('lets an invited address register once, with the role and office of the invitation', async () => {
    const { code, invitation } = await h.value('users.invite', { email: 'guest@roomly.test', role: 'assistant', officeId: moscow }, admin);
    expect(invitation).toMatchObject({ email: 'guest@roomly.test', role: 'assistant', officeId: moscow });
    expect((await register('other@roomly.test', { invitationCode: code })).ok).toBe(false);
    const session = await register('GUEST@roomly.test', { invitationCode: code });
    expect(session).toMatchObject({ ok: true, value: { user: { role: 'assistant', officeId: moscow } } });
    expect(await h.code('auth.register', { email: 'guest2@roomly.test', password: 'my long password', name: 'X', invitationCode: code })).toBe('FORBIDDEN');
  });

  it('refuses an expired invitation', async () => {
    const { code } = await h.value('users.invite', { email: 'late@roomly.test' }, admin);
    h.advance(8 * 24 * 3600);
    expect((await register('late@roomly.test', { invitationCode: code })).ok).toBe(false);
  });
});

describe('one\'s own profile', () => {
  it('changes name, language and office, but a facility manager cannot move themselves', async () => {
    const { token } = await h.tokenFor('employee', { officeId: berlin });
    const updated = await h.value('auth.updateProfile', { name: 'Анна', locale: 'ru', officeId: moscow }, token);
    expect(updated).toMatchObject({ name: 'Анна', locale: 'ru', officeId: moscow });
    const fm = (await h.tokenFor('facility_manager', { officeId: berlin })).token;
    expect(await h.code('auth.updateProfile', { officeId: moscow }, fm)).toBe('FORBIDDEN');
    expect(await h.code('auth.updateProfile', { locale: 'ru' }, fm)).toBeUndefined();
  });
});

describe('the audit log', () => {
  it('filters by time and pages newest first', async () => {
    for (let i = 0; i < 3; i++) {
      await h.value('users.invite', { email: `p${i}@roomly.test` }, admin);
      h.advance(60);
    }
    const page1 = await h.value('audit.list', { action: 'user.invite', limit: 2 }, admin);
    expect(page1.entries.map((e: { data: { email: string } }) => e.data.email)).toEqual(['p2@roomly.test', 'p1@roomly.test']);
    const page2 = await h.value('audit.list', { action: 'user.invite', limit: 2, cursor: page1.nextCursor }, admin);
    expect(page2).toMatchObject({ entries: [{ data: { email: 'p0@roomly.test' } }], nextCursor: null });
    const from = new Date(h.now().getTime() - 150_000).toISOString();
    const recent = await h.value('audit.list', { action: 'user.invite', from }, admin);
    expect(recent.entries).toHaveLength(2);
  });
});
