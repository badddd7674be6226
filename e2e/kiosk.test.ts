import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser, saveScreenshot, seriousA11yProblems, startServer, type OpenBrowser, type RunningServer } from './helpers';

let server: RunningServer;
let browser: OpenBrowser;

beforeAll(async () => {
  server = await startServer({ seed: 'none' });
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 } });
});
afterEach(async () => {
  await browser?.close();
});

const openKiosk = async () => {
  await browser.page.goto(`${server.url}/#/kiosk`);
  await browser.page.getByRole('heading', { level: 1 }).waitFor();
};

describe('a door tablet that is not enrolled', () => {
  it('says so and tells the visitor to ask for an enrolment code', async () => {
    await openKiosk();
    const text = await browser.page.locator('main').innerText();
    expect(text).toContain('This tablet is not enrolled yet');
    expect(text).toContain('Ask an administrator for an enrolment code.');
    await saveScreenshot(browser.page, 'kiosk-not-enrolled');
  });

  it('has touch targets of at least 48 px and no serious accessibility problems', async () => {
    await openKiosk();
    const sizes = await browser.page.locator('button, [role="button"], a[href]').evaluateAll((elements) =>
      elements.map((e) => {
        const box = e.getBoundingClientRect();
        return { name: e.textContent?.trim() ?? '', width: box.width, height: box.height };
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.width < 48 || s.height < 48)).toEqual([]);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
  });

  it('speaks Russian when the visitor switches', async () => {
    await openKiosk();
    await browser.page.getByTestId('language-switch').click();
    await browser.page.locator('[data-language="ru"]').click();
    await browser.page.getByText('Планшет ещё не подключён').waitFor();
    expect(await browser.page.locator('main').innerText()).toContain('Попросите у администратора код подключения.');
  });
});
