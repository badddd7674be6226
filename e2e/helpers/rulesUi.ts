import type { Page } from 'playwright-core';

export type RuleLevel = 'global' | 'office' | 'room';

/** The rules page as an admin uses it: scope, fields by their rule path, preview, save. */
export function rulesUi(page: Page) {
  const form = page.getByTestId('rules-form');
  const ui = {
    /** Picks the scope; for an office or a room, by its name. */
    async chooseScope(level: RuleLevel, officeName?: string) {
      await page.locator(`[data-testid="rule-scope"] [data-level="${level}"]`).click();
      if (officeName) {
        await page.getByTestId('rule-office').getByRole('combobox').click();
        await page.getByRole('listbox').getByRole('option', { name: officeName, exact: true }).click();
        await page.getByRole('listbox').waitFor({ state: 'detached' });
      }
      await form.waitFor();
    },

    /** Types a number into a rule's field ("bufferMin.before"). */
    async setNumber(path: string, value: number) {
      await form.locator(`input[name="${path}"]`).fill(String(value));
    },

    async numberOf(path: string): Promise<string> {
      return form.locator(`input[name="${path}"]`).inputValue();
    },

    /** Where a rule's value comes from, as its chip says: 'here', 'global', 'office', 'default', … */
    async sourceOf(path: string): Promise<string | null> {
      return form.locator(`[data-path="${path}"][data-source]`).first().getAttribute('data-source');
    },

    /** "Preview impact": the number of future bookings the change would break, and their titles. */
    async previewImpact(): Promise<{ broken: number; titles: string[] }> {
      await page.getByTestId('rules-preview-button').click();
      const panel = page.getByTestId('rules-preview');
      await panel.waitFor();
      const titles = await panel.getByTestId('broken-booking').evaluateAll((items) => items.map((i) => i.querySelector('p')?.textContent ?? ''));
      return { broken: Number(await panel.getAttribute('data-broken')), titles };
    },

    /** "Save…": tries without a reason first (which must be refused), then with it. */
    async save(reason: string): Promise<{ refusedWithout: string }> {
      await page.getByTestId('rules-save-button').click();
      const dialog = page.getByTestId('save-rules-dialog');
      await dialog.getByTestId('dialog-submit').click();
      const refusedWithout = await dialog.locator('textarea[name="reason"]').getAttribute('aria-invalid');
      await dialog.locator('textarea[name="reason"]').fill(reason);
      await dialog.getByTestId('dialog-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('success-notice').waitFor();
      return { refusedWithout: refusedWithout ?? '' };
    },

    /** Back to the top of the page (the impact panel stays beside the form). */
    async scrollToTop() {
      await page.evaluate(() => window.scrollTo(0, 0));
    },

    /** The versions listed beside the form, newest first: number and reason. */
    async versions(): Promise<{ version: number; reason: string }[]> {
      await page.getByTestId('rule-history').waitFor();
      return page.getByTestId('rule-version').evaluateAll((items) =>
        items.map((i) => ({
          version: Number(i.getAttribute('data-version')),
          reason: i.querySelector('[data-testid="rule-version-reason"]')?.textContent ?? '',
        })),
      );
    },
  };
  return ui;
}
