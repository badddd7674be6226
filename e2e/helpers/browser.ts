import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { isClockSet, testNow } from './clock';

export interface OpenBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1440, height: 900 };

/**
 * The machine's Chromium with a fresh profile (no stored language, office or session), headless,
 * with everything that talks to the outside switched off.
 */
export async function openBrowser(options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<OpenBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'roomly-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.ROOMLY_CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? VIEWPORT,
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  // The page's clock follows the run's (ROOMLY_TEST_NOW), so "today" on screen is the server's today.
  if (isClockSet) await context.clock.install({ time: testNow() });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
