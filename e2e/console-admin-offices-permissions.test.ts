import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminUi, type AdminUi } from './helpers/adminUi';
import { liveUi } from './helpers/liveUi';
import { DEMO_PASSWORD } from '../db/seed/demoData';
import { officesUi, type OfficesUi } from './helpers/officesUi';
import { permissionsUi, type PermissionsUi } from './helpers/permissionsUi';
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
 * Offices and the permission table, as an admin sets them up and as the people they affect then
 * see the console, in Chromium against the real server with the demo data (one server for the file).
 */
let server: RunningServer;
let api: TestApi;
let browser: OpenBrowser;
let console: ConsoleUi;
let admin: AdminUi;
let offices: OfficesUi;
let permissions: PermissionsUi;

/** An office manager of the demo data (the receptionist of the Moscow office). */
const FACILITY = 'grigory.facility@roomly.test';

const officeNamed = async (name: string) => (await api.call('offices.list', {})).find((o) => o.name === name);

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  api = await apiAs(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  browser = await openBrowser();
  console = consoleUi(browser.page, server.url);
  admin = adminUi(browser.page);
  offices = officesUi(browser.page);
  permissions = permissionsUi(browser.page);
});
afterEach(async () => {
  await browser?.close();
});

describe('offices', () => {
  it('an admin adds Tbilisi with its working week, sees it in the office selector, then renames it', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('offices');
    expect((await offices.rows()).map((r) => r.name)).toEqual(['Berlin', 'Moscow']);

    await offices.openAdd();
    await offices.fill({ name: 'Tbilisi', timeZone: 'Asia/Tbilisi', hours: { mon: [['09:00', '18:00']] }, copyMonday: true, holidays: ['2026-05-26'] });
    expect(await offices.submit()).toBe('saved');
    expect(await admin.notice()).toContain('Tbilisi was added');
    await admin.dismissNotice();
    const row = (await offices.rows()).find((r) => r.name === 'Tbilisi');
    expect(row).toEqual({ name: 'Tbilisi', zone: 'Asia/Tbilisi', hours: 'Mon–Fri 09:00–18:00 · Sat–Sun closed', holidays: 1, rooms: '0' });
    expect(await admin.officeChoices()).toEqual(['Berlin', 'Moscow', 'Tbilisi']);
    const saved = await officeNamed('Tbilisi');
    expect(saved).toMatchObject({ timeZone: 'Asia/Tbilisi', holidays: ['2026-05-26'] });
    expect(saved!.workingHours).toEqual({ mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']], sat: [], sun: [] });
    await saveScreenshot(browser.page, 'console-admin-offices');
    expect(await seriousA11yProblems(browser.page)).toEqual([]);

    await offices.openEdit('Tbilisi');
    await offices.fill({ name: 'Tbilisi Old Town' });
    expect(await offices.submit()).toBe('saved');
    expect(await admin.officeChoices()).toEqual(['Berlin', 'Moscow', 'Tbilisi Old Town']);
    await admin.chooseOffice('Tbilisi Old Town');
    expect(await officeNamed('Tbilisi')).toBeUndefined();
    expect((await officeNamed('Tbilisi Old Town'))?.id).toBe(saved!.id);
  });

  it('shows a wrong time zone, hours that close before they open and a taken name at their fields, and saves nothing', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('offices');
    const before = await api.call('offices.list', {});
    await offices.openAdd();

    await offices.fill({ name: 'Nowhere', timeZone: 'Mars/Olympus' });
    expect(await offices.submit()).toBe('refused');
    expect(await offices.invalidFields()).toEqual(['timeZone']);
    expect(await offices.helperText('timeZone')).toContain('Choose a time zone from the list');

    await offices.fill({ timeZone: 'Europe/Berlin', hours: { mon: [['18:00', '09:00']] } });
    expect(await offices.submit()).toBe('refused');
    expect(await offices.invalidFields()).toEqual(['hours.mon']);

    // The server is the one that knows the other offices' names: its refusal lands on the name.
    await offices.fill({ name: 'moscow', hours: { mon: [['09:00', '18:00']] } });
    expect(await offices.submit()).toBe('refused');
    expect(await offices.invalidFields()).toEqual(['name']);
    expect(await offices.helperText('officeName')).toContain('Another office already has this name');

    await offices.cancel();
    expect(await api.call('offices.list', {})).toEqual(before);
  });
});

describe('permissions', () => {
  /** Signs out and back in as someone else, starting from the rooms page as the console does. */
  const switchTo = async (email: string, password: string) => {
    await console.signOut();
    await console.open('/rooms');
    await console.signIn(email, password);
  };

  it('an admin takes the door tablets away from facility managers, who then no longer see them, and puts them back', async () => {
    await console.signIn(FACILITY, DEMO_PASSWORD);
    await console.open('/admin');
    expect(await admin.adminTabs()).toEqual(['users', 'rooms', 'devices', 'rules']);

    await switchTo(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('permissions');
    await permissions.ready();
    // What the service keeps fixed is shown fixed: admins never lose the table itself.
    expect(await permissions.isLocked('permissions.update', 'admin')).toBe(true);
    await permissions.find('devices');
    expect(await permissions.isAllowed('devices.list', 'facility_manager')).toBe(true);
    await permissions.setAllowed('devices.list', 'facility_manager', false);
    expect(await permissions.unsavedChanges()).toBe(1);
    await saveScreenshot(browser.page, 'console-admin-permissions');
    expect(await seriousA11yProblems(browser.page)).toEqual([]);

    expect(await permissions.review()).toEqual([{ method: 'devices.list', lines: ['devices.list', 'No longer for: Facility manager'] }]);
    expect(await permissions.save('Door tablets are looked after by IT now')).toEqual({ refusedWithout: true });
    expect(await permissions.isOverridden('devices.list')).toBe(true);
    expect(await permissions.isAllowed('devices.list', 'facility_manager')).toBe(false);
    const audit = await api.call('audit.list', { action: 'permission.update', entityId: 'devices.list' });
    expect(audit.entries.map((e) => e.reason)).toEqual(['Door tablets are looked after by IT now']);

    await switchTo(FACILITY, DEMO_PASSWORD);
    await console.open('/admin');
    expect(await admin.adminTabs()).toEqual(['users', 'rooms', 'rules']);
    await console.open('/admin/devices');
    expect(await admin.isRefused()).toBe(true);

    // Put it back: the method follows its default again (no override left).
    await switchTo(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('permissions');
    await permissions.ready();
    await permissions.find('devices.list');
    await permissions.reset('devices.list');
    expect(await permissions.review()).toEqual([{ method: 'devices.list', lines: ['devices.list', 'Now also for: Facility manager', 'Back to its default'] }]);
    await permissions.save('IT handed the tablets back');
    expect(await permissions.isOverridden('devices.list')).toBe(false);
    const row = (await api.call('permissions.get', {})).methods.find((m) => m.method === 'devices.list');
    expect(row).toMatchObject({ isOverridden: false, roles: ['facility_manager', 'admin'] });

    await switchTo(FACILITY, DEMO_PASSWORD);
    await console.open('/admin');
    expect(await admin.adminTabs()).toEqual(['users', 'rooms', 'devices', 'rules']);
  });

  it('undoes a saved change in one click, and the admin\'s own navigation follows the table at once', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.openSection('permissions');
    await permissions.ready();
    expect(await admin.adminTabs()).toContain('audit');
    await permissions.find('audit');
    await permissions.setAllowed('audit.list', 'admin', false);
    await permissions.review();
    await permissions.save('Audit moves to the compliance team');
    await expect.poll(() => admin.adminTabs()).not.toContain('audit');

    await permissions.undo();
    await expect.poll(() => admin.adminTabs()).toContain('audit');
    expect((await api.call('permissions.get', {})).methods.find((m) => m.method === 'audit.list')).toMatchObject({ isOverridden: false, roles: ['admin'] });
  });
});

describe('live changes', () => {
  it("a facility manager's open console follows the admin's edits without a reload: a section taken away, a new office", async () => {
    const other = await openBrowser();
    try {
      const managerConsole = consoleUi(other.page, server.url);
      const manager = adminUi(other.page);
      const managerPage = liveUi(other.page);
      await managerConsole.signIn(FACILITY, DEMO_PASSWORD);
      await managerConsole.open('/admin/devices');
      expect(await manager.adminTabs()).toEqual(['users', 'rooms', 'devices', 'rules']);
      expect(await manager.isRefused()).toBe(false);
      await managerPage.waitForLive();
      await managerPage.markLoad();

      await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
      await admin.openSection('permissions');
      await permissions.ready();
      await permissions.find('devices.list');
      await permissions.setAllowed('devices.list', 'facility_manager', false);
      await permissions.review();
      await permissions.save('Door tablets move to IT');

      // The manager's tab goes, and the page they were on says so and offers the way back.
      await expect.poll(() => manager.adminTabs()).toEqual(['users', 'rooms', 'rules']);
      expect(await manager.isRefused()).toBe(true);
      // Grigory reads the console in Russian.
      expect(await other.page.getByTestId('not-allowed').innerText()).toContain('Эта страница не для вашей роли');

      await admin.openSection('offices');
      await offices.openAdd();
      await offices.fill({ name: 'Yerevan', timeZone: 'Asia/Yerevan' });
      expect(await offices.submit()).toBe('saved');
      await expect.poll(() => manager.officeChoices()).toContain('Yerevan');
      expect(await managerPage.isSameLoad()).toBe(true);

      await managerPage.backToRooms();
      expect(await managerConsole.heading()).toBe('Комнаты');

      // Put it back: the tab returns by itself as well.
      await admin.openSection('permissions');
      await permissions.ready();
      await permissions.find('devices.list');
      await permissions.reset('devices.list');
      await permissions.review();
      await permissions.save('IT handed the tablets back');
      await other.page.getByTestId('nav-admin').click();
      await expect.poll(() => manager.adminTabs()).toEqual(['users', 'rooms', 'devices', 'rules']);
      expect(await managerPage.isSameLoad()).toBe(true);
      expect((await api.call('permissions.get', {})).methods.find((m) => m.method === 'devices.list')).toMatchObject({ isOverridden: false });
    } finally {
      await other.close();
    }
  });
});
