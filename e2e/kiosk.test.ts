import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  kioskUi,
  kioskWorld,
  openBrowser,
  seriousA11yProblems,
  startServer,
  testNow,
  type KioskUi,
  type KioskWorld,
  type OpenBrowser,
  type RunningServer,
} from './helpers';

/**
 * The door tablet as a visitor uses it, in Chromium, against the real server with the demo data.
 * Each test enrols a tablet for a room of its own (made through the API), so tests do not share
 * a schedule; times on screen are read in the office's zone, never hard-coded.
 */
let server: RunningServer;
let world: KioskWorld;
let browser: OpenBrowser;
let kiosk: KioskUi;
let roomCount = 0;

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  world = await kioskWorld(server.url);
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 } });
  kiosk = kioskUi(browser.page, server.url);
});
afterEach(async () => {
  await browser?.close();
});

/** A new room with its tablet enrolled through the page, as an administrator would at the door. */
async function enrolledRoom(query: Record<string, string | number> = {}) {
  roomCount += 1;
  const room = await world.room(`Harbour ${roomCount}`, { floor: 4 });
  await kiosk.open(query);
  await kiosk.enroll(await world.code(room.id));
  return room;
}

const clock = (iso: string) =>
  new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: world.timeZone }).format(new Date(iso));

describe('enrolling a door tablet', () => {
  it('asks for the one-time code, then shows its room, and stays enrolled after a reload', async () => {
    await kiosk.open();
    expect(await kiosk.isAskingForCode()).toBe(true);
    const room = await enrolledRoom();
    expect(await kiosk.roomName()).toBe(room.name);
    expect(await kiosk.state()).toBe('free');
    await browser.page.reload();
    await kiosk.waitForState('free');
    expect(await kiosk.roomName()).toBe(room.name);
  });

  it('says so when the code is wrong', async () => {
    await kiosk.open();
    await expect(kiosk.enroll('AAAA-BBBB-CCCC')).rejects.toThrow(/not valid or has expired/);
  });
});

describe('a visitor at the door', () => {
  it('books 30 minutes now and sees "busy until", then ends early and sees "free"', async () => {
    await enrolledRoom();
    expect(await kiosk.offers()).toEqual([15, 30, 45, 60]);
    await kiosk.bookNow(30, 'Quick sync');
    await kiosk.waitForState('busy');
    const [booking] = await world.admin.call('bookings.list', { roomId: (await browser.page.getByTestId('door').getAttribute('data-room-id'))! });
    expect(booking).toMatchObject({ title: 'Quick sync', source: 'kiosk', status: 'confirmed' });
    expect(booking!.checkInAt).not.toBeNull();
    expect(await kiosk.headline()).toBe(`Busy until ${clock(booking!.end)}`);
    expect(await browser.page.getByTestId('meeting-title').innerText()).toBe('Quick sync');

    await kiosk.endEarly();
    await kiosk.waitForState('free');
    expect(await kiosk.offers()).toEqual([15, 30, 45, 60]);
  });

  it('checks in to a meeting made elsewhere that waits for its people, and extends it by one step', async () => {
    const room = await enrolledRoom();
    const { booking } = await world.bookFromNow(room.id, { minutes: 30, title: 'Design review', organizer: 0 });
    await kiosk.waitForState('awaitingCheckIn', 3_000);
    expect(await browser.page.getByTestId('release-countdown').innerText()).toMatch(/Released in \d+:\d\d unless someone checks in/);
    expect(await browser.page.getByTestId('meeting-card').innerText()).toContain('Organised by Maya Chen');

    await kiosk.checkIn();
    await kiosk.waitForState('busy');
    expect(await kiosk.headline()).toBe(`Busy until ${clock(booking.end)}`);

    const longer = new Date(Date.parse(booking.end) + 5 * 60_000).toISOString();
    expect(await browser.page.getByTestId('extend').innerText()).toBe(`Extend to ${clock(longer)}`);
    await kiosk.extend();
    await browser.page.getByTestId('kiosk-state').and(browser.page.locator(`[aria-label="Busy until ${clock(longer)}"]`)).waitFor();
    expect((await world.admin.call('bookings.get', { id: booking.id })).end).toBe(longer);
  });

  it('shows a booking made elsewhere within a second, without a tap', async () => {
    const room = await enrolledRoom();
    await kiosk.waitForState('free');
    await world.book(room.id, { startIn: 60, minutes: 45, title: 'Budget review', organizer: 2 });
    await browser.page.getByTestId('timeline-entry').filter({ hasText: 'Budget review' }).waitFor({ timeout: 1_000 });
    await kiosk.waitForState('freeUntil', 1_000);
  });

  it('offers only lengths that end before the next meeting, minus both buffers', async () => {
    const room = await enrolledRoom();
    const { booking } = await world.book(room.id, { startIn: 35, minutes: 30, title: 'Stand-up' });
    // 10 minutes of buffer before the meeting and 10 after a walk-up: the latest end is 20 minutes earlier.
    const latestEnd = Date.parse(booking.start) - 20 * 60_000;
    await browser.page.waitForFunction(() => document.querySelectorAll('[data-testid="book-offer"]').length < 4);
    const offers = await kiosk.offers();
    expect(offers[0]).toBe(15);
    expect(offers.every((m) => m <= Math.ceil((latestEnd - testNow()) / 60_000))).toBe(true);
    const labels = await browser.page.getByTestId('book-offer').allInnerTexts();
    expect(labels.at(-1)).toContain(`until ${clock(new Date(latestEnd).toISOString())}`);
  });

  it('is refused when the room was booked meanwhile, and takes the room next door in one tap', async () => {
    // An office of two rooms, so the room next door is the engine's only other choice.
    const quay = await kioskWorld(server.url, 'Quay');
    const room = await quay.room('Quay North', { floor: 3 });
    const nextDoor = await quay.room('Quay South', { floor: 2 });
    await kiosk.open();
    await kiosk.enroll(await quay.code(room.id));
    await kiosk.chooseLength(30, 'Hiring sync');
    await quay.book(room.id, { startIn: 5, minutes: 30, title: 'Booked from the console', organizer: 1 });
    await kiosk.confirmBookingRefused();
    expect(await kiosk.refusalText()).toMatch(new RegExp(`${room.name} was just booked, \\d\\d:\\d\\d–\\d\\d:\\d\\d\\.`));
    expect(await kiosk.alternatives()).toContain(`Book ${nextDoor.name}`);

    await kiosk.takeAlternative(nextDoor.id);
    expect(await kiosk.takenText()).toContain(`${nextDoor.name} is yours`);
    expect(await kiosk.takenText()).toContain('Floor 2');
    const [taken] = await quay.admin.call('bookings.list', { roomId: nextDoor.id });
    expect(taken).toMatchObject({ title: 'Hiring sync', source: 'kiosk' });
  });
});

describe('language and idle', () => {
  it('switches to Russian for one visitor and returns to the room’s language, forms cleared, when idle', async () => {
    await enrolledRoom({ idle: 1.5, warn: 1 });
    await kiosk.chooseLanguage('ru');
    await kiosk.waitForState('free');
    expect(await kiosk.headline()).toBe('Свободно до конца дня');
    await kiosk.chooseLength(30, 'Набросок');
    expect(await browser.page.getByTestId('book-confirm').innerText()).toBe('Забронировать на 30 мин');

    await browser.page.getByTestId('idle-warning').waitFor();
    expect(await browser.page.getByTestId('idle-warning').innerText()).toContain('Вы ещё здесь?');
    await browser.page.getByTestId('idle-warning').waitFor({ state: 'detached' });
    await browser.page.getByTestId('book-sheet').waitFor({ state: 'detached' });
    expect(await kiosk.language()).toBe('en');
    expect(await kiosk.headline()).toBe('Free for the rest of the day');
  });

  it('keeps the visitor’s place when they touch the screen during the warning', async () => {
    await enrolledRoom({ idle: 1, warn: 5 });
    await kiosk.chooseLength(15);
    await browser.page.getByTestId('idle-warning').waitFor();
    await browser.page.getByTestId('idle-warning').getByRole('button').click();
    await browser.page.getByTestId('idle-warning').waitFor({ state: 'detached' });
    expect(await browser.page.getByTestId('book-sheet').isVisible()).toBe(true);
  });
});

describe('accessibility and touch', () => {
  it('has tap targets of at least 48 px and no serious accessibility problems, free and busy, in both orientations', async () => {
    const room = await enrolledRoom();
    await world.book(room.id, { startIn: 90, minutes: 30, title: 'Planning', organizer: 3 });
    for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 1280 }]) {
      await browser.page.setViewportSize(viewport);
      await kiosk.waitForState('freeUntil');
      const small = (await kiosk.tapTargets()).filter((t) => t.width < 48 || t.height < 48);
      expect(small).toEqual([]);
      expect(await seriousA11yProblems(browser.page)).toEqual([]);
    }
    await kiosk.bookNow(15);
    await kiosk.waitForState('busy');
    expect((await kiosk.tapTargets()).filter((t) => t.width < 48 || t.height < 48)).toEqual([]);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    await kiosk.chooseLanguage('ru');
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
  });

  it('has no serious accessibility problems while enrolling', async () => {
    await kiosk.open();
    expect((await kiosk.tapTargets()).filter((t) => t.width < 48 || t.height < 48)).toEqual([]);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
  });
});
