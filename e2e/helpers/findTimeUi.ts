import type { Page } from 'playwright-core';

/** One free time as the page lists it: the meeting its button books, the free stretch, the room. */
export interface ShownSlot {
  /** The meeting picking it books (UTC instants). */
  start: string;
  end: string;
  /** When everyone (and the room) is free. */
  freeStart: string;
  freeEnd: string;
  /** "" without a room. */
  room: string;
}

/**
 * "Find a time" as a person uses it: pick people, a length and days, search, book a time.
 * Selectors live here only, and none depends on the page's language.
 */
export function findTimeUi(page: Page) {
  const form = page.getByTestId('find-form');
  const results = page.getByTestId('find-results');
  const settled = results.and(page.locator('[aria-busy="false"]'));

  const ui = {
    page,

    /** Opens the page from the app bar. */
    async open() {
      await page.getByTestId('nav-find').click();
      await form.waitFor();
    },

    /** The names on the people chips, in order. */
    people: () => form.locator('.MuiAutocomplete-root .MuiChip-label').allInnerTexts(),

    /** Adds a colleague from the directory: clicks into the field, types their e-mail address and picks them. */
    async addPerson(email: string) {
      const before = (await ui.people()).length;
      const field = page.getByTestId('find-people');
      await field.click();
      await field.fill(email);
      await page.getByRole('listbox').getByRole('option').filter({ hasText: email }).click();
      await page.waitForFunction(
        ([count]) => document.querySelectorAll('[data-testid="find-form"] .MuiAutocomplete-root .MuiChip-root').length === count,
        [before + 1] as const,
      );
    },

    /** Adds a colleague by typing part of their name, as a person does, and picking them among those offered. */
    async addColleague(typed: string, name: string) {
      const before = (await ui.people()).length;
      const field = page.getByTestId('find-people');
      await field.click();
      await field.pressSequentially(typed);
      await page.getByRole('listbox').getByRole('option').filter({ hasText: name }).click();
      await page.waitForFunction(
        ([count]) => document.querySelectorAll('[data-testid="find-form"] .MuiAutocomplete-root .MuiChip-root').length === count,
        [before + 1] as const,
      );
    },

    /** The names the people field offers for what has been typed so far. */
    offered: () => page.getByRole('listbox').getByRole('option').allInnerTexts(),

    /** Chooses the meeting's length in minutes. */
    async chooseDuration(minutes: number) {
      await page.getByTestId('find-duration').getByRole('combobox').click();
      await page.getByRole('listbox').locator(`[role="option"][data-value="${minutes}"]`).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },

    /** Asks for a room of one type (or any type, with null). */
    async chooseRoomType(type: string | null) {
      await page.getByTestId('find-type').getByRole('combobox').click();
      await page.getByRole('listbox').locator(`[role="option"][data-value="${type ?? ''}"]`).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },

    /** Presses "Find times" and waits for the answer: free times, none, or an error. */
    async search() {
      await page.getByTestId('find-submit').click();
      await ui.waitForAnswer();
    },

    async waitForAnswer() {
      await settled
        .locator('[data-testid="find-slot"], [data-testid="find-empty"], [data-testid="find-error"]')
        .first()
        .waitFor();
    },

    /** Every free time shown, in order. */
    async slots(): Promise<ShownSlot[]> {
      return results.getByTestId('find-slot').evaluateAll((els) =>
        els.map((e) => ({
          start: e.getAttribute('data-start') ?? '',
          end: e.getAttribute('data-end') ?? '',
          freeStart: e.getAttribute('data-free-start') ?? '',
          freeEnd: e.getAttribute('data-free-end') ?? '',
          room: e.getAttribute('data-room') ?? '',
        })),
      );
    },

    /** The day headings, in order. */
    days: () => results.getByTestId('find-day').evaluateAll((els) => els.map((e) => e.getAttribute('data-day') ?? '')),

    /** Clicks "Book" on the time that starts then, and waits for the booking dialog. */
    async pick(start: string) {
      await results.locator(`[data-testid="find-slot"][data-start="${start}"]`).getByTestId('find-slot-book').click();
      await page.getByTestId('booking-dialog').waitFor();
    },

    /** Waits until the list was asked again and no longer offers a meeting starting then. */
    async waitUntilGone(start: string) {
      await page.waitForFunction(
        (at) =>
          document.querySelector('[data-testid="find-results"]')?.getAttribute('aria-busy') === 'false' &&
          !document.querySelector(`[data-testid="find-slot"][data-start="${at}"]`),
        start,
      );
    },

    /** The empty state's words, or null when times were found. */
    async emptyMessage(): Promise<string | null> {
      const empty = results.getByTestId('find-empty');
      return (await empty.isVisible()) ? empty.innerText() : null;
    },

    /** The one-click suggestions the empty state offers (`shorter`, `wider`, `without-room`). */
    async suggestions(): Promise<string[]> {
      const buttons = results.locator('[data-testid="find-shorter"], [data-testid="find-wider"], [data-testid="find-without-room"]');
      return buttons.evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice('find-'.length)));
    },

    /** The line under the results' heading ("For 3 people · 1 h · …"). */
    summary: () => page.getByTestId('find-summary').innerText(),
  };
  return ui;
}

export type FindTimeUi = ReturnType<typeof findTimeUi>;
