import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../core/domain';
import { gridAfter, kioskUi, kioskWorld, openBrowser, saveScreenshot, startServer, type DoorState, type KioskUi, type KioskWorld, type RunningServer } from './helpers';

/**
 * Screenshots of every door state in both orientations and both languages, for the README:
 * `docs/screenshots/kiosk-<state>-<landscape|portrait>-<en|ru>.png`. Each state gets its own room,
 * arranged through the API the way it would happen in an office.
 */
const ORIENTATIONS = { landscape: { width: 1280, height: 800 }, portrait: { width: 800, height: 1280 } } as const;
const LANGUAGES: Locale[] = ['en', 'ru'];
/** Long enough that no idle reset happens while screenshots are taken. */
const CALM = { idle: 600 };

let server: RunningServer;
let world: KioskWorld;

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  world = await kioskWorld(server.url);
});
afterAll(async () => {
  await server?.stop();
});

type Room = Awaited<ReturnType<KioskWorld['room']>>;

/** A later-today schedule, so the timeline shows what a real room's day looks like. */
async function laterToday(room: Room) {
  await world.book(room.id, { startIn: 75, minutes: 45, title: 'Design review', organizer: 1 });
  await world.book(room.id, { startIn: 150, minutes: 30, title: 'Private', organizer: 2, isPrivate: true });
  await world.book(room.id, { startIn: 210, minutes: 60, title: 'Sprint planning', organizer: 3 });
}

async function door(room: Room): Promise<{ kiosk: KioskUi; close: () => Promise<void> }> {
  const browser = await openBrowser({ viewport: ORIENTATIONS.landscape });
  const kiosk = kioskUi(browser.page, server.url);
  await kiosk.open(CALM);
  await kiosk.enroll(await world.code(room.id));
  return { kiosk, close: () => browser.close() };
}

/** Every orientation and language of the door as it is now. */
async function shoot(kiosk: KioskUi, name: string, expected: DoorState) {
  for (const language of LANGUAGES) {
    await kiosk.chooseLanguage(language);
    for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
      await kiosk.page.setViewportSize(viewport);
      await kiosk.waitForState(expected);
      if (name !== 'offline') await kiosk.waitForSettled();
      await saveScreenshot(kiosk.page, `kiosk-${name}-${orientation}-${language}`);
    }
  }
}

/** A sheet is open over the door: shoot both orientations, the language chosen before it opened. */
async function shootSheet(kiosk: KioskUi, name: string, language: Locale) {
  for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
    await kiosk.page.setViewportSize(viewport);
    await saveScreenshot(kiosk.page, `kiosk-${name}-${orientation}-${language}`);
  }
}

describe('door screenshots', () => {
  it('enrolment', async () => {
    const browser = await openBrowser({ viewport: ORIENTATIONS.landscape });
    const kiosk = kioskUi(browser.page, server.url);
    await kiosk.open(CALM);
    for (const language of LANGUAGES) {
      await kiosk.chooseLanguage(language);
      await browser.page.getByTestId('enroll-code').fill('K7QM-2XPD-9H');
      await shootSheet(kiosk, 'enroll', language);
      await kiosk.page.setViewportSize(ORIENTATIONS.landscape);
    }
    await browser.close();
  });

  it('free until the next meeting, the booking form and busy after booking', async () => {
    const room = await world.room('Lighthouse', { floor: 4, capacity: 8, amenities: ['screen', 'video', 'whiteboard'] });
    await laterToday(room);
    const { kiosk, close } = await door(room);
    await shoot(kiosk, 'free', 'freeUntil');
    for (const language of LANGUAGES) {
      await kiosk.page.setViewportSize(ORIENTATIONS.landscape);
      await kiosk.chooseLanguage(language);
      await kiosk.chooseLength(30, language === 'en' ? 'Hiring sync' : 'Синк по найму');
      await shootSheet(kiosk, 'book', language);
      await kiosk.page.getByTestId('book-sheet').getByRole('button').first().click();
      await kiosk.page.getByTestId('book-sheet').waitFor({ state: 'detached' });
    }
    await kiosk.page.setViewportSize(ORIENTATIONS.landscape);
    await kiosk.chooseLanguage('en');
    await kiosk.bookNow(45, 'Hiring sync');
    await shoot(kiosk, 'busy', 'busy');
    await close();
  });

  it('starting soon', async () => {
    const room = await world.room('Beacon', { floor: 4, capacity: 6, amenities: ['screen', 'phone'] });
    const start = gridAfter(6);
    await world.admin.call('bookings.create', {
      roomId: room.id,
      title: 'Client call',
      start: start.toISOString(),
      end: new Date(start.getTime() + 45 * 60_000).toISOString(),
      organizerId: world.people[3]!.id,
    });
    await world.book(room.id, { startIn: 120, minutes: 30, title: 'One-on-one', organizer: 0 });
    const { kiosk, close } = await door(room);
    await shoot(kiosk, 'starting-soon', 'startingSoon');
    await close();
  });

  it('waiting for check-in', async () => {
    const room = await world.room('Anchor', { floor: 2, capacity: 10, amenities: ['projector', 'whiteboard', 'speakers'] });
    await world.bookFromNow(room.id, { minutes: 50, title: 'Quarterly planning', organizer: 2 });
    await world.book(room.id, { startIn: 120, minutes: 45, title: 'Workshop', organizer: 1 });
    const { kiosk, close } = await door(room);
    await shoot(kiosk, 'check-in', 'awaitingCheckIn');
    await close();
  });

  it('under maintenance', async () => {
    const room = await world.room('Compass', { floor: 3, capacity: 12, amenities: ['video', 'screen', 'speakers', 'wheelchair'] });
    await world.block(room.id, { startIn: 0, minutes: 120, reason: 'Projector replacement' });
    const { kiosk, close } = await door(room);
    await shoot(kiosk, 'maintenance', 'maintenance');
    await close();
  });

  it('a refusal with the room next door', async () => {
    const room = await world.room('Tide', { floor: 2, capacity: 6, amenities: ['screen', 'whiteboard'] });
    await world.room('Dock', { floor: 1, capacity: 6, amenities: ['screen'] });
    const { kiosk, close } = await door(room);
    for (const language of LANGUAGES) {
      await kiosk.page.setViewportSize(ORIENTATIONS.landscape);
      await kiosk.chooseLanguage(language);
      await kiosk.waitForState('free');
      await kiosk.chooseLength(30);
      const { booking } = await world.book(room.id, { startIn: 5, minutes: 30, title: 'Booked from the console', organizer: 1 });
      await kiosk.confirmBookingRefused();
      expect((await kiosk.alternatives()).length).toBeGreaterThan(0);
      await shootSheet(kiosk, 'refused', language);
      await kiosk.page.getByTestId('refusal-back').click();
      await world.admin.call('bookings.cancel', { id: booking.id });
    }
    await close();
  });

  it('offline', async () => {
    const room = await world.room('Harbour View', { floor: 5, capacity: 8, amenities: ['video', 'screen'] });
    await laterToday(room);
    const { kiosk, close } = await door(room);
    await kiosk.waitForState('freeUntil');
    await server.stop();
    await kiosk.waitForOffline();
    await shoot(kiosk, 'offline', 'freeUntil');
    await close();
  });
});
