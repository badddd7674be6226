import type { Page } from 'playwright-core';
import type { Amenity, Locale, RoomType } from '../../core/domain';

export interface RoomFilterChoice {
  /** An office's name as the app bar shows it, or null for "All offices". */
  office?: string | null;
  type?: RoomType | null;
  minCapacity?: number | null;
  /** The amenities that must be on; every other one is switched off. */
  amenities?: Amenity[];
}

/**
 * The console as a person uses it. Tests say what they do (`signIn`, `filterRooms`), never which
 * element they click; selectors live here only, and none depends on the page's language.
 */
export function consoleUi(page: Page, baseUrl: string) {
  const list = page.getByTestId('room-list');
  const select = async (testId: string, option: { name?: string; value?: string }) => {
    await page.getByTestId(testId).getByRole('combobox').click();
    const listbox = page.getByRole('listbox');
    await (option.value !== undefined
      ? listbox.locator(`[role="option"][data-value="${option.value}"]`)
      : listbox.getByRole('option', { name: option.name, exact: true })
    ).click();
    await listbox.waitFor({ state: 'detached' });
  };

  const ui = {
    page,

    async open(route = '') {
      await page.goto(`${baseUrl}/#/console${route}`);
    },

    /** Fills the sign-in form and submits; resolves when the console or an error shows. */
    async submitSignIn(email: string, password: string) {
      if (!(await page.locator('input[name="email"]').isVisible())) await ui.open();
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(password);
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('user-menu').or(page.getByTestId('sign-in-error')).waitFor();
    },

    /** Signs in and waits for the first list of rooms. */
    async signIn(email: string, password: string) {
      await ui.submitSignIn(email, password);
      if (await page.getByTestId('sign-in-error').isVisible()) {
        throw new Error(`Sign-in as ${email} failed: ${await ui.signInError()}`);
      }
      await ui.waitForRooms();
    },

    /** Makes the server refuse this tab's token from now on, as when a session expires. */
    async expireSession() {
      await page.evaluate(() => {
        for (const key of Object.keys(sessionStorage)) sessionStorage.setItem(key, 'expired-token');
      });
    },

    /** The notice above the sign-in form, if any (for example, "your session has ended"). */
    async signInNotice(): Promise<string | null> {
      const notice = page.getByTestId('sign-in-notice');
      return (await notice.isVisible()) ? notice.innerText() : null;
    },

    /** The error shown instead of the rooms, if any. */
    async roomsError(): Promise<string | null> {
      const alert = page.getByTestId('rooms-error');
      return (await alert.isVisible()) ? alert.innerText() : null;
    },

    async signInError(): Promise<string | null> {
      const alert = page.getByTestId('sign-in-error');
      return (await alert.isVisible()) ? alert.innerText() : null;
    },

    async signOut() {
      await page.getByTestId('user-menu').click();
      await page.getByTestId('sign-out').click();
      await page.locator('input[name="email"]').waitFor();
    },

    async chooseLanguage(language: Locale) {
      await page.getByTestId('language-switch').click();
      await page.locator(`[data-language="${language}"]`).click();
      await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
      await page.getByRole('menu').waitFor({ state: 'detached' });
    },

    /** Sets the filters given (others stay as they are) and waits for the answer. */
    async filterRooms(choice: RoomFilterChoice) {
      if (choice.office !== undefined) {
        await select('office-select', choice.office === null ? { value: '' } : { name: choice.office });
      }
      if (choice.type !== undefined) await select('type-select', { value: choice.type ?? '' });
      if (choice.minCapacity !== undefined) {
        await page.locator('input[name="minCapacity"]').fill(choice.minCapacity === null ? '' : String(choice.minCapacity));
      }
      if (choice.amenities) {
        for (const chip of await page.locator('[data-amenity]').all()) {
          const isWanted = choice.amenities.includes((await chip.getAttribute('data-amenity')) as Amenity);
          if (isWanted !== ((await chip.getAttribute('aria-pressed')) === 'true')) await chip.click();
        }
      }
      await ui.waitForRooms();
    },

    /** Staff only: include retired rooms in the list. */
    async showRetired(isShown: boolean) {
      const input = page.getByTestId('include-retired').locator('input');
      if ((await input.isChecked()) !== isShown) await input.click();
      await page.waitForFunction(
        ([el, wanted]) => (el as HTMLInputElement).checked === wanted,
        [await input.elementHandle(), isShown] as const,
      );
      await ui.waitForRooms();
    },

    /** Whether the "show retired rooms" switch is offered at all. */
    async canShowRetired(): Promise<boolean> {
      return (await page.getByTestId('include-retired').count()) > 0;
    },

    async clearFilters() {
      await page.getByTestId('clear-filters').click();
      await ui.waitForRooms();
    },

    /** Waits until a list (or the empty state) is shown and no request is running. */
    async waitForRooms() {
      await list
        .and(page.locator('[aria-busy="false"]'))
        .or(page.getByTestId('rooms-empty'))
        .or(page.getByTestId('rooms-error'))
        .first()
        .waitFor();
    },

    /** The names of the rooms on screen, in order (empty when the empty state shows). */
    async roomNames(): Promise<string[]> {
      if (await page.getByTestId('rooms-empty').isVisible()) return [];
      if (!(await list.isVisible())) return ['(loading)'];
      if ((await list.getAttribute('aria-busy')) === 'true') return ['(loading)'];
      return list.getByTestId('room-name').allInnerTexts();
    },

    /** From now on, every input the page sends to `rooms.list` (to prove the server does the filtering). */
    recordRoomQueries(): unknown[] {
      const inputs: unknown[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/v1/rooms.list')) inputs.push(request.postDataJSON());
      });
      return inputs;
    },

    /** Waits until exactly these rooms are shown, in this order; fails with what was shown instead. */
    async expectRooms(expected: string[], timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      let shown: string[] = [];
      while (Date.now() < deadline) {
        shown = await ui.roomNames();
        if (JSON.stringify(shown) === JSON.stringify(expected)) return;
        await page.waitForTimeout(50);
      }
      throw new Error(`Expected rooms ${JSON.stringify(expected)}, the page shows ${JSON.stringify(shown)}`);
    },

    /** One room's card, to check what it says. */
    roomCard(name: string) {
      return list.getByTestId('room-card').filter({ has: page.getByTestId('room-name').getByText(name, { exact: true }) });
    },

    async roomCount(): Promise<string> {
      return page.getByTestId('room-count').innerText();
    },

    async heading(): Promise<string> {
      return page.getByRole('heading', { level: 1 }).innerText();
    },
  };
  return ui;
}

export type ConsoleUi = ReturnType<typeof consoleUi>;
