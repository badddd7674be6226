import type { Page } from 'playwright-core';
import type { Role } from '../../core/domain';

/** The permission table as an admin uses it: find a method, tick or clear a role, review, save. */
export function permissionsUi(page: Page) {
  const table = page.getByTestId('permissions-table');
  const row = (method: string) => table.locator(`[data-testid="permission-row"][data-method="${method}"]`);
  const cell = (method: string, role: Role) => row(method).locator(`td[data-role="${role}"]`);
  const dialog = page.getByTestId('save-permissions-dialog');

  const ui = {
    /** Waits for the table (and any reload) to settle. */
    async ready() {
      await page.locator('[data-testid="permissions-table"][aria-busy="false"]').waitFor();
    },

    /** Narrows the table to methods matching the words (by name or explanation). */
    async find(words: string) {
      await page.locator('input[name="permissionSearch"]').fill(words);
    },

    /** Whether a role may call a method, as the table shows it now (unsaved edits included). */
    async isAllowed(method: string, role: Role): Promise<boolean> {
      return (await cell(method, role).getAttribute('data-allowed')) === 'true';
    },

    async isLocked(method: string, role: Role): Promise<boolean> {
      return cell(method, role).locator('input').isDisabled();
    },

    async isOverridden(method: string): Promise<boolean> {
      return (await row(method).getAttribute('data-overridden')) === 'true';
    },

    /** Ticks or clears one role's box, with the keyboard (focus, Space). */
    async setAllowed(method: string, role: Role, isAllowed: boolean) {
      const box = cell(method, role).locator('input[type="checkbox"]');
      if ((await box.isChecked()) === isAllowed) return;
      await box.focus();
      await page.keyboard.press('Space');
      await cell(method, role).and(page.locator(`[data-allowed="${isAllowed}"]`)).waitFor();
    },

    /** "Back to the default" on a method's row. */
    async reset(method: string) {
      await row(method).getByTestId('reset-permission').click();
    },

    async unsavedChanges(): Promise<number> {
      return Number(await page.getByTestId('permission-changes').getAttribute('data-count'));
    },

    /** "Review and save…": the changes the confirmation lists, each as its lines of text. */
    async review(): Promise<{ method: string; lines: string[] }[]> {
      await page.getByTestId('review-permissions').click();
      await dialog.waitFor();
      return dialog.getByTestId('permission-change').evaluateAll((items) =>
        items.map((i) => ({
          method: i.getAttribute('data-method') ?? '',
          lines: (i as HTMLElement).innerText.split('\n').map((line) => line.trim()).filter(Boolean),
        })),
      );
    },

    /** Saves from the confirmation: refused without a reason first, then with it. */
    async save(reason: string): Promise<{ refusedWithout: boolean }> {
      await dialog.getByTestId('dialog-submit').click();
      const refusedWithout = (await dialog.locator('textarea[name="reason"]').getAttribute('aria-invalid')) === 'true';
      await dialog.locator('textarea[name="reason"]').fill(reason);
      await dialog.getByTestId('dialog-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('success-notice').waitFor();
      await ui.ready();
      return { refusedWithout };
    },

    /** "Undo" in the confirmation at the bottom of the page. */
    async undo() {
      await page.getByTestId('undo-permissions').click();
      await page.getByTestId('undo-permissions').waitFor({ state: 'detached' });
      await ui.ready();
    },
  };
  return ui;
}

export type PermissionsUi = ReturnType<typeof permissionsUi>;
