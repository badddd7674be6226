import type { Locator, Page } from 'playwright-core';
import type { Locale, Role } from '../../core/domain';

export type AdminSection = 'users' | 'offices' | 'rooms' | 'devices' | 'rules' | 'permissions' | 'audit';

export interface NewPerson {
  name: string;
  email: string;
  role: Role;
  /** An office's name as the console shows it; omitted: no office. */
  office?: string;
  locale: Locale;
  password: string;
}

/**
 * The console's administration pages as an admin or office manager uses them. Tests say what
 * they do (`addPerson`, `enrolTablet`); the selectors live here, none depends on the language.
 */
export function adminUi(page: Page) {
  /** Picks an option of an MUI select found by its test id, by visible name or by value. */
  const choose = async (within: Locator, option: { name?: string; value?: string }) => {
    await within.getByRole('combobox').click();
    const listbox = page.getByRole('listbox');
    await (option.value !== undefined
      ? listbox.locator(`[role="option"][data-value="${option.value}"]`)
      : listbox.getByRole('option', { name: option.name, exact: true })
    ).click();
    await listbox.waitFor({ state: 'detached' });
  };
  const dialog = (testId: string) => page.getByTestId(testId);

  const ui = {
    page,
    choose,

    /** The app bar's links this person is offered (`nav-admin`, `nav-stats`, …). */
    async navLinks(): Promise<string[]> {
      await page.getByTestId('user-menu').waitFor();
      return page.locator('header nav [data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    },

    /** Administration from the app bar, then one section's tab. */
    async openSection(section: AdminSection) {
      await page.getByTestId('nav-admin').click();
      await page.getByTestId(`admin-tab-${section}`).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
    },

    /** The administration tabs offered, once the page shows them. */
    async adminTabs(): Promise<string[]> {
      await page.locator('[data-testid^="admin-tab-"]').first().waitFor();
      return page.locator('[data-testid^="admin-tab-"]').evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace('admin-tab-', '')));
    },

    /** Whether the page says "not for your role" (a deep link the person may not open). */
    async isRefused(): Promise<boolean> {
      await page.getByTestId('not-allowed').or(page.getByRole('heading', { level: 1 })).first().waitFor();
      return page.getByTestId('not-allowed').isVisible();
    },

    /** Chooses the office the whole console shows (the app bar), or every office with null. */
    async chooseOffice(name: string | null) {
      await choose(page.getByTestId('office-select'), name === null ? { value: '' } : { name });
    },

    /** The offices the app bar's selector offers, as named there (without "All offices"). */
    async officeChoices(): Promise<string[]> {
      await page.getByTestId('office-select').getByRole('combobox').click();
      const listbox = page.getByRole('listbox');
      const names = await listbox.locator('[role="option"]:not([data-value=""])').allInnerTexts();
      await page.keyboard.press('Escape');
      await listbox.waitFor({ state: 'detached' });
      return names;
    },

    // ---------------------------------------------------------------------------------- people

    async addPerson(person: NewPerson) {
      await page.getByTestId('add-user').click();
      const form = dialog('user-create-dialog');
      await form.locator('input[name="name"]').fill(person.name);
      await form.locator('input[name="email"]').fill(person.email);
      await choose(form.getByTestId('create-role'), { value: person.role });
      await choose(form.getByTestId('create-office'), person.office ? { name: person.office } : { value: '' });
      await choose(form.getByTestId('locale-field'), { value: person.locale });
      await form.locator('input[name="password"]').fill(person.password);
      await form.getByTestId('dialog-submit').click();
      await form.waitFor({ state: 'detached' });
    },

    /** Types into the people search and waits until the list shows the answer. */
    async searchPeople(text: string) {
      // The page asks the server once typing pauses: wait for that answer, then for the list.
      const asked = (body: string | null) => ((JSON.parse(body ?? '{}') as { query?: string }).query ?? '') === text.trim();
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/users.list') && asked(r.request().postData()));
      await page.locator('input[name="userSearch"]').fill(text);
      await answer;
      await page.locator('[data-testid="user-table"][aria-busy="false"]').or(page.getByTestId('users-empty')).first().waitFor();
    },

    async peopleEmails(): Promise<string[]> {
      return page.getByTestId('user-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-email') ?? ''));
    },

    /** Opens a person's edit dialog, gives them a new role and saves; returns the confirmation's text. */
    async changeRole(email: string, role: Role): Promise<string> {
      await page.locator(`[data-testid="user-row"][data-email="${email}"]`).getByTestId('edit-user').click();
      const form = dialog('user-edit-dialog');
      await choose(form.getByTestId('edit-role'), { value: role });
      await form.getByTestId('dialog-submit').click();
      const confirm = dialog('user-confirm-dialog');
      await confirm.waitFor();
      const text = await confirm.innerText();
      await confirm.getByTestId('confirm').click();
      await form.waitFor({ state: 'detached' });
      return text;
    },

    async notice(): Promise<string> {
      return page.getByTestId('success-notice').innerText();
    },

    /** Closes the confirmation at the bottom of the page. */
    async dismissNotice() {
      await page.getByTestId('success-notice').getByRole('button').click();
      await page.getByTestId('success-notice').waitFor({ state: 'detached' });
    },

    // ----------------------------------------------------------------------------- door tablets

    /** "Enrol a tablet" for a room: returns the one-time code and the countdown as shown. */
    async enrolTablet(roomName: string): Promise<{ code: string; countdown: string }> {
      await page.getByTestId('enrol-tablet').click();
      const form = dialog('enrol-dialog');
      await choose(form.getByTestId('enrol-room'), { name: roomName });
      await form.getByTestId('dialog-submit').click();
      const code = form.getByTestId('enrol-code');
      await code.waitFor();
      return { code: await code.innerText(), countdown: await form.getByTestId('enrol-countdown').innerText() };
    },

    async closeEnrolment() {
      await page.getByTestId('enrol-done').click();
      await dialog('enrol-dialog').waitFor({ state: 'detached' });
    },

    /** Waits until the list shows a tablet of the room in that state (`pending`, `active`, …). */
    async waitForTablet(roomName: string, status: string) {
      await page.locator(`[data-testid="device-row"][data-room="${roomName}"][data-status="${status}"]`).first().waitFor();
    },

    // ---------------------------------------------------------------------------------- rooms

    /** "Close for maintenance" on a room's row; times are typed as the office's wall clock. */
    async openMaintenance(roomName: string, span: { start: string; end: string }) {
      await page.locator(`[data-testid="room-row"][data-room="${roomName}"]`).getByTestId('room-block').click();
      const form = dialog('maintenance-dialog');
      await form.locator('input[name="blockStart"]').fill(span.start);
      await form.locator('input[name="blockEnd"]').fill(span.end);
      await form.locator(`[data-testid="affected"][data-span="${span.start}/${span.end}"]`).waitFor();
      return form;
    },

    /** The titles of the bookings the maintenance dialog says the block would hit. */
    async affectedTitles(): Promise<string[]> {
      const list = dialog('maintenance-dialog').getByTestId('affected-bookings');
      if (!(await list.isVisible())) return [];
      return list.getByTestId('affected-booking').locator('.MuiListItemText-primary').allInnerTexts();
    },

    /** Ticks "cancel them" (or not) and closes the room. */
    async closeRoom({ cancelAffected, reason }: { cancelAffected: boolean; reason: string }) {
      const form = dialog('maintenance-dialog');
      await form.locator('input[name="blockReason"]').fill(reason);
      if (cancelAffected) await form.getByTestId('cancel-affected').locator('input').check();
      await form.getByTestId('dialog-submit').click();
      await form.waitFor({ state: 'detached' });
    },
  };
  return ui;
}

export type AdminUi = ReturnType<typeof adminUi>;
