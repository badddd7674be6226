import type { Page } from 'playwright-core';
import type { Locale, Role } from '../../core/domain';

export interface Registrant {
  name: string;
  email?: string;
  password: string;
  locale?: Locale;
  /** Typed into the invitation code field (replacing what a link filled in). */
  code?: string;
}

/**
 * Registering and one's own account, as a person does it. Tests say what they do
 * (`register`, `changePassword`); selectors live here, none depends on the page's language.
 */
export function accountUi(page: Page, baseUrl: string) {
  /** Picks an option of an MUI select (found by test id) by its value. */
  const choose = async (testId: string, value: string, within = page.locator('body')) => {
    await within.getByTestId(testId).getByRole('combobox').click();
    const listbox = page.getByRole('listbox');
    await listbox.locator(`[role="option"][data-value="${value}"]`).click();
    await listbox.waitFor({ state: 'detached' });
  };
  const field = (name: string) => page.locator(`[name="${name}"]`);
  /** The form, once it knows the registration setting (which decides whether a code is asked for). */
  const formReady = () => page.locator('[data-testid="register-form"]:not([data-mode="unknown"])').waitFor();

  const ui = {
    /** What the sign-in page offers a newcomer once it knows the setting: its mode and the link's words. */
    async registrationOffer(): Promise<{ mode: string; link: string }> {
      const offer = page.getByTestId('registration-offer');
      await offer.waitFor();
      return { mode: (await offer.getAttribute('data-mode')) ?? '', link: await page.getByTestId('register-link').innerText() };
    },

    async followRegistrationOffer() {
      await page.getByTestId('register-link').click();
      await formReady();
    },

    /** Opens an address as typed or clicked from a message (an invite link, say). */
    async openLink(url: string) {
      await page.goto(url);
      await formReady();
    },

    async fieldValue(name: string): Promise<string> {
      return field(name).inputValue();
    },

    async isFieldShown(name: string): Promise<boolean> {
      return field(name).isVisible();
    },

    /** What the page says under a field (its message or its hint), as a screen reader hears it. */
    async fieldMessage(name: string): Promise<{ text: string; isError: boolean }> {
      const input = field(name);
      const describedBy = await input.getAttribute('aria-describedby');
      const text = describedBy ? await page.locator(`[id="${describedBy}"]`).innerText() : '';
      return { text, isError: (await input.getAttribute('aria-invalid')) === 'true' };
    },

    /** Fills the form and presses Enter in the last field; resolves when the console or a message shows. */
    async register(person: Registrant) {
      await field('name').fill(person.name);
      if (person.email !== undefined) await field('email').fill(person.email);
      await field('password').fill(person.password);
      if (person.locale) await choose('locale-field', person.locale, page.getByTestId('register-form'));
      if (person.code !== undefined) {
        if (!(await field('invitationCode').isVisible())) await page.getByTestId('have-code').click();
        await field('invitationCode').fill(person.code);
      }
      await field('password').press('Enter');
      await page
        .getByTestId('user-menu')
        .or(page.getByTestId('register-error'))
        .or(page.locator('[data-testid="register-form"] [aria-invalid="true"]'))
        .first()
        .waitFor();
    },

    async isSignedIn(): Promise<boolean> {
      return page.getByTestId('user-menu').isVisible();
    },

    // --------------------------------------------------------------------------- My account

    async openAccount() {
      await page.getByTestId('user-menu').click();
      await page.getByTestId('my-account').click();
      await page.getByTestId('profile-form').waitFor();
    },

    async fact(name: 'email' | 'role' | 'office'): Promise<string> {
      return page.getByTestId(`profile-${name}`).innerText();
    },

    /** Changes name and/or language and saves; resolves with the confirmation's text. */
    async saveProfile(change: { name?: string; locale?: Locale }): Promise<string> {
      const form = page.getByTestId('profile-form');
      if (change.name !== undefined) await form.locator('[name="name"]').fill(change.name);
      if (change.locale) await choose('locale-field', change.locale, form);
      await form.getByTestId('profile-save').click();
      return ui.notice();
    },

    /** Fills the password form and clicks the button; resolves once the service has answered. */
    async changePassword(current: string, next: string, confirm = next) {
      const form = page.getByTestId('password-form');
      await form.locator('[name="currentPassword"]').fill(current);
      await form.locator('[name="newPassword"]').fill(next);
      await form.locator('[name="confirmPassword"]').fill(confirm);
      await form.getByTestId('password-submit').click();
      await page
        .getByTestId('success-notice')
        .or(form.locator('[aria-invalid="true"]'))
        .or(page.getByTestId('password-error'))
        .first()
        .waitFor();
    },

    async notice(): Promise<string> {
      const text = await page.getByTestId('success-notice').innerText();
      await page.getByTestId('success-notice').getByRole('button').click();
      await page.getByTestId('success-notice').waitFor({ state: 'detached' });
      return text;
    },

    async userMenuText(): Promise<string> {
      await page.getByTestId('user-menu').click();
      const text = await page.getByRole('menu').innerText();
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      return text;
    },

    // ------------------------------------------------------------------- an admin's invitation

    /** People → Invite: returns the code and the invite link the dialog shows. */
    async invite(email: string, role: Role, officeName: string): Promise<{ code: string; link: string }> {
      await page.getByTestId('invite-user').click();
      const dialog = page.getByTestId('invite-dialog');
      await dialog.locator('[name="email"]').fill(email);
      await choose('invite-role', role, dialog);
      await dialog.getByTestId('invite-office').getByRole('combobox').click();
      await page.getByRole('listbox').getByRole('option', { name: officeName, exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await dialog.getByTestId('dialog-submit').click();
      const code = await dialog.getByTestId('invitation-code').innerText();
      const link = await dialog.getByTestId('invitation-link').inputValue();
      await dialog.getByTestId('invite-done').click();
      await dialog.waitFor({ state: 'detached' });
      return { code, link };
    },

    baseUrl,
  };
  return ui;
}

export type AccountUi = ReturnType<typeof accountUi>;
