import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, consoleUi, openBrowser, startServer, type OpenBrowser, type RunningServer } from './helpers';

let server: RunningServer | null = null;
let browser: OpenBrowser | null = null;

afterEach(async () => {
  await browser?.close();
  await server?.stop();
});

describe('when the server goes away', () => {
  it('says the server cannot be reached (not that something broke) and offers to try again', async () => {
    server = await startServer({ seed: 'demo' });
    browser = await openBrowser();
    const console = consoleUi(browser.page, server.url);
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await server.stop();
    server = null;

    await console.filterRooms({ minCapacity: 6 });
    await browser.page.getByTestId('rooms-error').waitFor();
    expect(await console.roomsError()).toContain('Roomly cannot reach the server.');
  });
});
