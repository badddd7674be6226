import type { Page } from 'playwright-core';

/** A console that should follow other people's edits by itself: is it listening, was it reloaded. */
export function liveUi(page: Page) {
  return {
    /** Waits until changes reach this page (the console's event stream is up). */
    async waitForLive() {
      await page.locator('[data-live="open"]').waitFor();
    },

    /** Marks this page load, so `isSameLoad` can tell later that nobody reloaded it. */
    async markLoad() {
      await page.evaluate(() => Object.assign(window, { roomlyTestMark: true }));
    },

    async isSameLoad(): Promise<boolean> {
      return page.evaluate(() => (window as { roomlyTestMark?: boolean }).roomlyTestMark === true);
    },

    /** The "not for your role" message's way out, if it offers one. */
    async backToRooms() {
      await page.getByTestId('not-allowed').getByTestId('back-to-rooms').click();
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
  };
}

export type LiveUi = ReturnType<typeof liveUi>;
