import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export type StatsTable = 'busiestHours' | 'topOrganizers' | 'topRooms' | 'rooms';

/** The statistics page as an office manager uses it: open it, read it, download its tables. */
export function statsUi(page: Page) {
  const ui = {
    async open() {
      await page.getByTestId('nav-stats').click();
      await ui.waitForStats();
    },

    async waitForStats() {
      await page.locator('[data-testid="global-stats"][aria-busy="false"]').or(page.getByTestId('stats-error')).first().waitFor();
    },

    async choosePeriod(preset: 'last7' | 'last30' | 'thisMonth' | 'lastMonth' | 'next7') {
      await page.locator(`[data-testid="stats-period"] [data-preset="${preset}"]`).click();
      await ui.waitForStats();
    },

    /** How many bars the busiest-hours chart draws. */
    async busiestHourBars(): Promise<number> {
      const chart = page.getByTestId('busiest-hours-chart');
      await chart.locator('svg').first().waitFor();
      return chart.locator('svg rect[fill="#2847D9"], svg path[fill="#2847D9"]').count();
    },

    /** Presses a table's "Download CSV" and returns the bytes of the file the browser saved. */
    async downloadCsv(table: StatsTable): Promise<{ name: string; bytes: Buffer }> {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="csv-download"][data-table="${table}"]`).click()]);
      const file = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(file) };
    },
  };
  return ui;
}
