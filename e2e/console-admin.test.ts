import { DateTime } from 'luxon';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demoData';
import { adminUi, type AdminUi } from './helpers/adminUi';
import { bookingWorld, quietWorkingDay } from './helpers/bookingWorld';
import { rulesUi } from './helpers/rulesUi';
import { statsUi } from './helpers/statsUi';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  apiAs,
  consoleUi,
  openBrowser,
  saveScreenshot,
  seriousA11yProblems,
  startServer,
  type ConsoleUi,
  type OpenBrowser,
  type RunningServer,
  type TestApi,
} from './helpers';

/**
 * The administration side of the console, as an admin and an employee click through it, in
 * Chromium against the real server with the demo data (one server for the file).
 */
const EMPLOYEE = 'anna.employee@roomly.test';

let server: RunningServer;
let api: TestApi;
let officeIds: Map<string, string>;
let browser: OpenBrowser;
let console: ConsoleUi;
let admin: AdminUi;

const roomId = async (name: string) => (await api.call('rooms.list', { includeRetired: true })).find((r) => r.name === name)!.id;
const wallClock = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  api = await apiAs(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  officeIds = new Map((await api.call('offices.list', {})).map((o) => [o.name, o.id]));
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  browser = await openBrowser();
  console = consoleUi(browser.page, server.url);
  admin = adminUi(browser.page);
});
afterEach(async () => {
  await browser?.close();
});

describe('people', () => {
  it('an admin adds a person, who can then sign in; a role change is confirmed as signing them out', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('users');
    await admin.addPerson({ name: 'Pyotr Novak', email: 'pyotr.novak@roomly.test', role: 'manager', office: 'Moscow', locale: 'en', password: 'first-day-password' });
    expect(await admin.notice()).toContain('Pyotr Novak was added');
    await admin.searchPeople('pyotr');
    expect(await admin.peopleEmails()).toEqual(['pyotr.novak@roomly.test']);
    await admin.searchPeople('');
    await admin.dismissNotice();
    await saveScreenshot(browser.page, 'console-admin-users');
    expect(await seriousA11yProblems(browser.page)).toEqual([]);

    // Emma has a session; making her a manager is confirmed in words and ends it.
    const emma = await apiAs(server.url, 'emma.employee@roomly.test', DEMO_PASSWORD);
    const confirmation = await admin.changeRole('emma.employee@roomly.test', 'manager');
    expect(confirmation).toContain('signed out on every device');
    await expect(emma.call('auth.me', {})).rejects.toThrow(/UNAUTHENTICATED/);

    await console.signOut();
    await console.open('/rooms');
    await console.signIn('pyotr.novak@roomly.test', 'first-day-password');
    expect(await console.heading()).toBe('Rooms');
    const me = await (await apiAs(server.url, 'pyotr.novak@roomly.test', 'first-day-password')).call('auth.me', {});
    expect(me).toMatchObject({ role: 'manager', officeId: officeIds.get('Moscow') });
  });

  it('an employee is offered no administration, and a deep link says it is not for her role', async () => {
    await console.signIn(EMPLOYEE, DEMO_PASSWORD);
    const links = await admin.navLinks();
    expect(links).not.toContain('nav-admin');
    expect(links).toContain('nav-stats'); // her own statistics
    await console.open('/admin/users');
    expect(await admin.isRefused()).toBe(true);
  });
});

describe('door tablets', () => {
  it('enrols a tablet: a one-time code with its countdown, which a tablet can redeem once', async () => {
    // Two tablets already there: one connected with its exit PIN, one still waiting for its code.
    const connected = await api.call('devices.enroll', { roomId: await roomId('Север') });
    await api.call('devices.redeem', { code: connected.code });
    await api.call('devices.setPin', { id: connected.device.id, pin: '2468' });
    await api.call('devices.enroll', { roomId: await roomId('Кабина') });
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('devices');
    const { code, countdown } = await admin.enrolTablet('Spree');
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(countdown).toMatch(/Expires in 1[45]:\d\d/);

    // The tablet beside the door redeems the code: it is public and works once.
    const redeemed = await fetch(`${server.url}/api/v1/devices.redeem`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const envelope = (await redeemed.json()) as { ok: boolean; value: { deviceToken: string; device: { roomId: string } } };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.device.roomId).toBe(await roomId('Spree'));
    await admin.closeEnrolment();
    await admin.waitForTablet('Spree', 'active');
    await saveScreenshot(browser.page, 'console-admin-devices');

    await admin.openSection('audit');
    await browser.page.locator('[data-testid="audit-row"][data-action="device.redeem"]').first().waitFor();
  });
});

describe('rooms', () => {
  it('closes a room for maintenance after listing the bookings it would hit, and cancels them when asked', async () => {
    // A confirmed meeting in a Berlin room, booked here on a day the demo leaves empty: the demo
    // data may have no meeting ahead, or no free hour, depending on the day the test runs.
    const berlin = (await api.call('offices.list', {})).find((o) => o.name === 'Berlin')!;
    const slot = await bookingWorld(api, berlin).freeSlot(quietWorkingDay(berlin), 60, { except: ['Spree'] });
    const { booking } = await api.call('bookings.create', { roomId: slot.room.id, start: slot.start, end: slot.end, title: 'Supplier visit' });
    expect(booking.status).toBe('confirmed');
    const room = slot.room;
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('rooms');
    await admin.openMaintenance(room.name, { start: wallClock(booking.start, 'Europe/Berlin'), end: wallClock(booking.end, 'Europe/Berlin') });
    expect(await admin.affectedTitles()).toEqual([booking.title]);
    await admin.closeRoom({ cancelAffected: true, reason: 'Projector replacement' });
    expect(await admin.notice()).toContain('Cancelled: 1');
    expect((await api.call('bookings.get', { id: booking.id })).status).toBe('cancelled');
  });
});

describe('rules', () => {
  it('previews what a longer buffer would break, then saves it as a new version with a reason', async () => {
    const moscow = officeIds.get('Moscow')!;
    const rules = rulesUi(browser.page);
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('rules');
    await rules.chooseScope('office', 'Moscow');
    expect(await rules.sourceOf('bufferMin.before')).toBe('global');
    await rules.setNumber('bufferMin.before', 30);
    expect(await rules.sourceOf('bufferMin.before')).toBe('here');

    // The page lists what the change breaks, not what already breaks today's rules.
    const preview = await rules.previewImpact();
    const scope = { level: 'office' as const, officeId: moscow };
    const proposed = await api.call('rules.preview', { scope, rules: { bufferMin: { before: 30 } } });
    const today = new Set((await api.call('rules.preview', { scope, rules: {} })).broken.map((b) => b.booking.id));
    const expected = proposed.broken.filter((b) => !today.has(b.booking.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(preview.broken).toBe(expected.length);
    expect(preview.titles).toEqual(expected.map((b) => b.booking.title));
    await rules.scrollToTop();
    await saveScreenshot(browser.page, 'console-rules');

    const { refusedWithout } = await rules.save('Cleaning between meetings takes longer');
    expect(refusedWithout).toBe('true');
    expect((await rules.versions())[0]).toEqual({ version: 1, reason: 'Cleaning between meetings takes longer' });
    const effective = await api.call('rules.get', { officeId: moscow });
    expect(effective.rules.bufferMin).toEqual({ before: 30, after: 10 });
    expect(effective.sources['bufferMin.before']).toBe('office');
    expect(effective.versions.office?.reason).toBe('Cleaning between meetings takes longer');
    expect(await rules.numberOf('bufferMin.before')).toBe('30');
  });
});

describe('statistics', () => {
  it('shows the busiest hours as a chart and downloads a table as CSV with a byte-order mark', async () => {
    const stats = statsUi(browser.page);
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.chooseOffice('Moscow');
    await stats.open();
    expect(await stats.busiestHourBars()).toBe(5);
    await saveScreenshot(browser.page, 'console-stats');
    expect(await seriousA11yProblems(browser.page)).toEqual([]);

    const csv = await stats.downloadCsv('rooms');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain('Север');
  });
});
