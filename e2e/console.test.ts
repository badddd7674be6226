import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../core/contract';
import { DEMO_PASSWORD } from '../db/seed/demoData';
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

const EMPLOYEE = 'anna.employee@roomly.test'; // Moscow, Russian

let server: RunningServer;
let admin: TestApi;
let officeIds: Map<string, string>;
let browser: OpenBrowser;
let console: ConsoleUi;

/** What the server itself answers for a filter: the page must show exactly this. */
const roomsFromApi = async (input: Input<'rooms.list'>, api: TestApi = admin) => (await api.call('rooms.list', input)).map((r) => r.name);

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  admin = await apiAs(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  officeIds = new Map((await admin.call('offices.list', {})).map((o) => [o.name, o.id]));
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  browser = await openBrowser();
  console = consoleUi(browser.page, server.url);
});
afterEach(async () => {
  await browser?.close();
});

describe('signing in', () => {
  it('says clearly that the e-mail or password is wrong, and stays on the sign-in page', async () => {
    await console.open();
    await saveScreenshot(browser.page, 'console-sign-in');
    await console.submitSignIn(ADMIN_EMAIL, 'not-the-password');
    expect(await console.signInError()).toContain('The e-mail or password is wrong.');
    expect(await browser.page.locator('input[name="password"]').isVisible()).toBe(true);
  });

  it('lets the admin in to the rooms of every office', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(await console.heading()).toBe('Rooms');
    const all = await roomsFromApi({});
    expect(all.length).toBeGreaterThanOrEqual(12);
    await console.expectRooms(all);
    expect(await console.roomCount()).toBe(`${all.length} rooms`);
  });

  it('forgets the session on sign-out, also after a reload', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await console.signOut();
    await browser.page.reload();
    expect(await browser.page.locator('input[name="email"]').isVisible()).toBe(true);
  });

  it('sends the person back to sign-in, saying why, when the session ends', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await console.expireSession();
    await console.filterRooms({ minCapacity: 4 });
    await browser.page.locator('input[name="email"]').waitFor();
    expect(await console.signInNotice()).toBe('Your session has ended. Sign in again to continue.');
    // Signing in again lands on the same filtered list.
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await console.expectRooms(await roomsFromApi({ minCapacity: 4 }));
  });

  it('keeps the session across a reload of the tab', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await browser.page.reload();
    await console.waitForRooms();
    expect(await console.heading()).toBe('Rooms');
  });
});

describe('the rooms list', () => {
  it('filters by office, capacity, amenity and type on the server, and the list follows', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const queries = console.recordRoomQueries();
    const berlin = officeIds.get('Berlin')!;
    const all = await roomsFromApi({});

    await console.filterRooms({ office: 'Berlin' });
    const inBerlin = await roomsFromApi({ officeId: berlin });
    expect(inBerlin).not.toEqual(all);
    await console.expectRooms(inBerlin);

    await console.filterRooms({ minCapacity: 8 });
    const bigInBerlin = await roomsFromApi({ officeId: berlin, minCapacity: 8 });
    expect(bigInBerlin.length).toBeLessThan(inBerlin.length);
    await console.expectRooms(bigInBerlin);

    await console.filterRooms({ amenities: ['whiteboard', 'projector'] });
    const equipped = await roomsFromApi({ officeId: berlin, minCapacity: 8, amenities: ['projector', 'whiteboard'] });
    expect(equipped.length).toBeLessThan(bigInBerlin.length);
    await console.expectRooms(equipped);

    // The page asked the server for exactly these filters; it did not filter on its own.
    expect(queries).toContainEqual({ officeId: berlin, minCapacity: 8, amenities: ['projector', 'whiteboard'] });

    await console.filterRooms({ type: 'phone_booth' });
    await console.expectRooms([]);

    await console.clearFilters();
    await console.expectRooms(inBerlin);
    await console.filterRooms({ office: null });
    await console.expectRooms(all);
  });

  it('keeps the filters in the address, so a filtered list can be shared', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await console.open('/rooms?minCapacity=20&amenities=projector');
    await console.expectRooms(await roomsFromApi({ minCapacity: 20, amenities: ['projector'] }));
    expect(await browser.page.locator('input[name="minCapacity"]').inputValue()).toBe('20');
  });

  it('marks rooms under maintenance, and shows retired rooms only when asked', async () => {
    const rooms = await admin.call('rooms.list', { officeId: officeIds.get('Berlin')! });
    const [fixing, gone] = [rooms.find((r) => r.name === 'Lab One')!, rooms.find((r) => r.name === 'Booth B')!];
    await admin.call('rooms.update', { id: fixing.id, status: 'maintenance' });
    await admin.call('rooms.retire', { id: gone.id });
    try {
      await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
      await console.filterRooms({ office: 'Berlin' });
      await console.expectRooms(await roomsFromApi({ officeId: officeIds.get('Berlin')! }));
      expect(await console.roomCard('Lab One').innerText()).toContain('Under maintenance');
      expect(await console.roomNames()).not.toContain('Booth B');

      await console.showRetired(true);
      await console.expectRooms(await roomsFromApi({ officeId: officeIds.get('Berlin')!, includeRetired: true }));
      expect(await console.roomCard('Booth B').innerText()).toContain('Retired');
      await saveScreenshot(browser.page, 'console-rooms-statuses');
    } finally {
      await admin.call('rooms.update', { id: fixing.id, status: 'active' });
    }
  });
});

describe('an employee', () => {
  it('sees the console in her own language, her office first, and what limits booking each room', async () => {
    const anna = await apiAs(server.url, EMPLOYEE, DEMO_PASSWORD);
    await console.signIn(EMPLOYEE, DEMO_PASSWORD);
    expect(await console.heading()).toBe('Комнаты');
    const me = await anna.call('auth.me', {});
    await console.expectRooms(await roomsFromApi({ officeId: me.officeId! }, anna));
    expect(await console.roomCard('Большой зал').innerText()).toContain('Нужно согласование');
    // Retired rooms are a staff matter.
    expect(await console.canShowRetired()).toBe(false);
    await saveScreenshot(browser.page, 'console-rooms-ru');
  });
});

describe('language', () => {
  it('switches from the app bar and stays switched after a reload', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await console.chooseLanguage('ru');
    expect(await console.heading()).toBe('Комнаты');
    await browser.page.reload();
    await console.waitForRooms();
    expect(await console.heading()).toBe('Комнаты');
    await console.chooseLanguage('en');
    expect(await console.heading()).toBe('Rooms');
  });
});

describe('the look', () => {
  it('has no serious accessibility problems on the sign-in and rooms pages', async () => {
    await console.open();
    await browser.page.locator('input[name="email"]').waitFor();
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
  });

  it('saves the rooms screenshot for the README', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await console.filterRooms({ office: 'Moscow' });
    await console.expectRooms(await roomsFromApi({ officeId: officeIds.get('Moscow')! }));
    expect(await console.roomCard('Кабинет директора').innerText()).toContain('Restricted');
    expect(await console.roomCard('Большой зал').innerText()).toContain('Approval required');
    await saveScreenshot(browser.page, 'console-rooms');
  });
});
