import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { kioskUi, kioskWorld, openBrowser, startServer, type OpenBrowser, type RunningServer } from './helpers';

/** The door when its server goes away and comes back: same port, same data, no reload, no tap. */
let server: RunningServer | null = null;
let browser: OpenBrowser | null = null;
let dataDir: string | null = null;

afterEach(async () => {
  await browser?.close();
  browser = null;
});
afterAll(async () => {
  await server?.stop();
});

describe('a door without its server', () => {
  it('says so with the time of the last update, keeps the schedule, disables actions with a reason, and recovers by itself', async () => {
    server = await startServer({ seed: 'demo' });
    dataDir = server.dataDir;
    const port = Number(new URL(server.url).port);
    const world = await kioskWorld(server.url);
    const room = await world.room('Lighthouse');
    await world.book(room.id, { startIn: 60, minutes: 30, title: 'Design review' });
    browser = await openBrowser({ viewport: { width: 1280, height: 800 } });
    const kiosk = kioskUi(browser.page, server.url);
    await kiosk.open();
    await kiosk.enroll(await world.code(room.id));
    await kiosk.waitForState('freeUntil');
    expect(await kiosk.isOffline()).toBe(false);

    await server.stop({ keepData: true });
    server = null;
    await kiosk.waitForOffline();
    const banner = await browser.page.getByTestId('offline-banner').innerText();
    expect(banner).toMatch(/No connection\s+Showing the schedule as of \d\d:\d\d\. Trying to reconnect…/);
    expect(await kiosk.state()).toBe('freeUntil');
    expect(await browser.page.getByTestId('timeline-entry').allInnerTexts()).toEqual([expect.stringContaining('Design review')]);
    const offers = browser.page.getByTestId('book-offer');
    expect(await offers.count()).toBeGreaterThan(0);
    for (const offer of await offers.all()) expect(await offer.isDisabled()).toBe(true);
    expect(await browser.page.getByTestId('actions-offline').innerText()).toContain('resume when the connection is back');

    server = await startServer({ seed: 'demo', port, dataDir });
    await kiosk.waitForOnline();
    await browser.page.locator('[data-testid="book-offer"]:not([disabled])').first().waitFor();
    await kiosk.bookNow(15, 'Back online');
    await kiosk.waitForState('busy');
  });
});
