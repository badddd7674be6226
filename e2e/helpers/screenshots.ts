import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/** Waits until fonts are in and no finite animation (MUI transitions, ripples) is still running. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
  );
  // Two frames so the last style change is painted.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Saves `docs/screenshots/<name>.png` once the page is still. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  // No hover highlight or focus ring left over from the last click.
  await page.mouse.move(0, page.viewportSize()?.height ?? 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await settle(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}
