import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Registration } from '../core/contract';
import { accountUi, type AccountUi } from './helpers/accountUi';
import { adminUi } from './helpers/adminUi';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  apiAs,
  consoleUi,
  openBrowser,
  saveScreenshot,
  seriousA11yProblems,
  startServer,
  type ConsoleUi,
  type OpenBrowser,
  type RunningServer,
  type TestApi,
} from './helpers';

/**
 * Registering (by invitation, or openly when an admin allows it) and one's own account: name,
 * language and password. Chromium against the real server with the demo data.
 */
let server: RunningServer;
let admin: TestApi;
let officeIds: Map<string, string>;
let browser: OpenBrowser;
let console: ConsoleUi;
let account: AccountUi;

const setRegistration = (registration: Registration) => admin.call('auth.setRegistration', registration);
const findPeople = async (email: string) => (await admin.call('users.list', { query: email })).filter((u) => u.email === email);
/** What the service says to someone who is not signed in (the sign-in page asks the same). */
const anonymousRegistration = async () => {
  const response = await fetch(`${server.url}/api/v1/auth.getRegistration`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return ((await response.json()) as { ok: true; value: Registration }).value;
};

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  admin = await apiAs(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  officeIds = new Map((await admin.call('offices.list', {})).map((o) => [o.name, o.id]));
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  await setRegistration({ mode: 'invitation', domains: [] });
  browser = await openBrowser();
  console = consoleUi(browser.page, server.url);
  account = accountUi(browser.page, server.url);
});
afterEach(async () => {
  await browser?.close();
});

describe('registering with an invitation', () => {
  it('an admin invites an address; the invite link registers that person, who lands in the console signed in', async () => {
    await console.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await adminUi(browser.page).openSection('users');
    const invitation = await account.invite('vera.lis@roomly.test', 'manager', 'Berlin');
    expect(invitation.link).toBe(`${server.url}/#/console/register?code=${invitation.code}&email=vera.lis%40roomly.test`);
    await console.signOut();

    // Vera opens the link in her own browser: her address and the code are filled in.
    const vera = await openBrowser();
    try {
      const veraUi = accountUi(vera.page, server.url);
      await veraUi.openLink(invitation.link);
      expect(await veraUi.fieldValue('email')).toBe('vera.lis@roomly.test');
      expect(await veraUi.fieldValue('invitationCode')).toBe(invitation.code);

      // A mistyped code: said under the code field, and nobody is created.
      await veraUi.register({ name: 'Vera Lis', password: 'tulips-in-april', code: 'ZZZZ-ZZZZ-ZZZZ' });
      expect(await veraUi.isSignedIn()).toBe(false);
      expect(await veraUi.fieldMessage('invitationCode')).toEqual({ text: 'This invitation code is not valid for this e-mail address.', isError: true });
      expect(await findPeople('vera.lis@roomly.test')).toEqual([]);
      await saveScreenshot(vera.page, 'console-register');
      expect(await seriousA11yProblems(vera.page)).toEqual([]);

      await veraUi.register({ name: 'Vera Lis', password: 'tulips-in-april', code: invitation.code });
      expect(await veraUi.isSignedIn()).toBe(true);
      expect(await consoleUi(vera.page, server.url).heading()).toBe('Rooms');
      expect(vera.page.url()).toBe(`${server.url}/#/console/rooms`);
    } finally {
      await vera.close();
    }
    // The invitation brought its role and office, and it works once.
    expect(await findPeople('vera.lis@roomly.test')).toEqual([
      expect.objectContaining({ name: 'Vera Lis', role: 'manager', officeId: officeIds.get('Berlin'), locale: 'en' }),
    ]);
    await expect(apiAs(server.url, 'vera.lis@roomly.test', 'tulips-in-april')).resolves.toBeDefined();
  });
});

describe('what the sign-in page offers a newcomer', () => {
  it('by invitation only: a way in for people with a code, which the form then requires', async () => {
    expect(await anonymousRegistration()).toEqual({ mode: 'invitation', domains: [] });
    await console.open();
    expect(await account.registrationOffer()).toEqual({ mode: 'invitation', link: 'Register with your code' });
    await account.followRegistrationOffer();
    expect(await account.isFieldShown('invitationCode')).toBe(true);
    await account.register({ name: 'Ira Sun', email: 'ira.sun@roomly.test', password: 'a-long-password' });
    expect(await account.fieldMessage('invitationCode')).toEqual({
      text: 'Registration is by invitation only: enter the code from your invitation.',
      isError: true,
    });
    expect(await account.isSignedIn()).toBe(false);
    expect(await findPeople('ira.sun@roomly.test')).toEqual([]);
  });

  it('open to some domains: says which, refuses another address at its field, and still takes an invitation', async () => {
    await setRegistration({ mode: 'domains', domains: ['example.org'] });
    await console.open();
    expect(await account.registrationOffer()).toEqual({ mode: 'domains', link: 'Create an account' });
    await account.followRegistrationOffer();
    await account.register({ name: 'Oleg Sun', email: 'oleg.sun@roomly.test', password: 'a-long-password' });
    expect(await account.fieldMessage('email')).toEqual({ text: 'Use an address at example.org.', isError: true });
    expect(await findPeople('oleg.sun@roomly.test')).toEqual([]);

    // An invitation lets its address in whatever the setting: "I have an invitation code".
    const { code } = await admin.call('users.invite', { email: 'oleg.sun@roomly.test', role: 'assistant' });
    expect(await account.isFieldShown('invitationCode')).toBe(false);
    await account.register({ name: 'Oleg Sun', password: 'a-long-password', code });
    expect(await account.isSignedIn()).toBe(true);
    expect(await findPeople('oleg.sun@roomly.test')).toEqual([expect.objectContaining({ role: 'assistant' })]);
  });

  it('open to anyone: "Create an account", on a phone-sized screen too, in the language chosen', async () => {
    await setRegistration({ mode: 'open', domains: [] });
    const phone = await openBrowser({ viewport: { width: 390, height: 844 } });
    try {
      const phoneConsole = consoleUi(phone.page, server.url);
      const phoneUi = accountUi(phone.page, server.url);
      await phoneConsole.open();
      expect(await phoneUi.registrationOffer()).toEqual({ mode: 'open', link: 'Create an account' });
      await phoneUi.followRegistrationOffer();
      expect(await phoneUi.isFieldShown('invitationCode')).toBe(false);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // The service's password rule, under the password field, before anything is sent.
      await phoneUi.register({ name: 'Nika Sun', email: 'nika.sun@roomly.test', password: 'short' });
      expect(await phoneUi.fieldMessage('password')).toEqual({ text: 'Use at least 10 characters.', isError: true });

      await phoneUi.register({ name: 'Nika Sun', email: 'nika.sun@roomly.test', password: 'a-long-password', locale: 'ru' });
      expect(await phoneUi.isSignedIn()).toBe(true);
      expect(await phoneConsole.heading()).toBe('Комнаты');
    } finally {
      await phone.close();
    }
    expect(await findPeople('nika.sun@roomly.test')).toEqual([expect.objectContaining({ role: 'employee', officeId: null, locale: 'ru' })]);
  });

  it('an address that already has an account is told so at the e-mail field', async () => {
    await setRegistration({ mode: 'open', domains: [] });
    await console.open('/register');
    await account.register({ name: 'Anna Again', email: 'anna.employee@roomly.test', password: 'a-long-password' });
    expect(await account.fieldMessage('email')).toEqual({ text: 'An account with this e-mail address already exists.', isError: true });
  });
});

describe('my account', () => {
  it('changes name and language (the app follows), then the password: the old one stops working', async () => {
    const email = 'lev.petrov@roomly.test';
    await admin.call('users.create', { email, name: 'Lev Petrov', role: 'employee', officeId: officeIds.get('Moscow')!, locale: 'en', password: 'first-password-1' });
    await console.signIn(email, 'first-password-1');
    await account.openAccount();
    expect(await console.heading()).toBe('My account');
    expect([await account.fact('email'), await account.fact('role'), await account.fact('office')]).toEqual([email, 'Employee', 'Moscow']);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);

    // A wrong current password is named under its field; the session stays.
    await account.changePassword('not-my-password', 'second-password-2');
    expect(await account.fieldMessage('currentPassword')).toEqual({ text: 'This is not your current password.', isError: true });
    await account.changePassword('first-password-1', 'second-password-2', 'second-password-3');
    expect(await account.fieldMessage('confirmPassword')).toEqual({ text: 'The two new passwords differ.', isError: true });
    expect(await account.isSignedIn()).toBe(true);
    await saveScreenshot(browser.page, 'console-account');

    expect(await account.saveProfile({ name: 'Lev Petrovsky', locale: 'ru' })).toBe('Ваши данные сохранены.');
    await browser.page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
    expect(await console.heading()).toBe('Моя учётная запись');
    expect(await account.userMenuText()).toContain('Lev Petrovsky');
    expect(await findPeople(email)).toEqual([expect.objectContaining({ name: 'Lev Petrovsky', locale: 'ru' })]);

    await account.changePassword('first-password-1', 'second-password-2');
    expect(await account.notice()).toBe('Пароль изменён. На других устройствах вы вышли из Roomly.');
    await console.signOut();
    await console.open();
    await console.submitSignIn(email, 'first-password-1');
    expect(await console.signInError()).toContain('Неверная почта или пароль.');
    await console.signIn(email, 'second-password-2');
    expect(await console.heading()).toBe('Комнаты');
  });
});
