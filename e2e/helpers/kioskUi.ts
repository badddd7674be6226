import type { Page } from 'playwright-core';
import type { Locale } from '../../core/domain';

export type DoorState = 'free' | 'freeUntil' | 'startingSoon' | 'busy' | 'awaitingCheckIn' | 'maintenance';

/**
 * The door tablet as a visitor uses it. Tests say what they do (`bookNow(30)`, `checkIn()`); the
 * selectors live here only, and none depends on the page's language.
 */
export function kioskUi(page: Page, baseUrl: string) {
  const state = page.getByTestId('kiosk-state');

  const ui = {
    page,

    /** Opens the door; `query` sets timings, e.g. `{ idle: 1, warn: 1 }` (seconds). */
    async open(query: Record<string, string | number> = {}) {
      const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
      await page.goto(`${baseUrl}/#/kiosk${search ? `?${search}` : ''}`);
      await page.getByTestId('enroll-code').or(state).first().waitFor();
    },

    async isAskingForCode(): Promise<boolean> {
      return page.getByTestId('enroll-code').isVisible();
    },

    /** Types the enrolment code and waits for the room to show. */
    async enroll(code: string) {
      await page.getByTestId('enroll-code').fill(code);
      await page.getByTestId('enroll-submit').click();
      await state.or(page.getByTestId('enroll-error')).first().waitFor();
      if (await page.getByTestId('enroll-error').isVisible()) {
        throw new Error(`Enrolment failed: ${await page.getByTestId('enroll-error').innerText()}`);
      }
    },

    async state(): Promise<DoorState> {
      return (await state.getAttribute('data-state')) as DoorState;
    },

    async waitForState(wanted: DoorState, timeout = 10_000) {
      await page.locator(`[data-testid="kiosk-state"][data-state="${wanted}"]`).waitFor({ timeout });
    },

    /** Waits until the server's answer after the last change is in (offers, extension). */
    async waitForSettled() {
      await page.locator('[data-testid="door"][data-settling="false"]').waitFor();
    },

    /** The headline as people read it, e.g. "Busy until 12:35". */
    async headline(): Promise<string> {
      return (await state.getAttribute('aria-label')) ?? '';
    },

    async roomName(): Promise<string> {
      return page.getByTestId('room-name').innerText();
    },

    /** The lengths "Book now" offers, in minutes, once the server's offers for the current state are in. */
    async offers(): Promise<number[]> {
      await page.getByTestId('offers-settling').waitFor({ state: 'detached' });
      const values = await page.getByTestId('book-offer').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-minutes'))));
      return values;
    },

    /** Taps "Book now · N min", optionally types a title; `confirm: false` leaves the form open. */
    async chooseLength(minutes: number, title?: string) {
      await page.locator(`[data-testid="book-offer"][data-minutes="${minutes}"]`).click();
      await page.getByTestId('book-sheet').waitFor();
      if (title) await page.getByTestId('book-title').fill(title);
    },

    async confirmBooking() {
      await page.getByTestId('book-confirm').click();
      await page.getByTestId('book-sheet').waitFor({ state: 'detached' });
    },

    /** Confirms, expecting the server to refuse; waits for the refusal. */
    async confirmBookingRefused() {
      await page.getByTestId('book-confirm').click();
      await page.getByTestId('refusal').waitFor();
    },

    async bookNow(minutes: number, title?: string) {
      await ui.chooseLength(minutes, title);
      await ui.confirmBooking();
    },

    async checkIn() {
      await page.getByTestId('check-in').click();
      await page.getByTestId('check-in').waitFor({ state: 'detached' });
    },

    async extend() {
      await page.getByTestId('extend').click();
    },

    async endEarly() {
      await page.getByTestId('end-early').click();
      await page.getByTestId('end-confirm').click();
      await page.getByTestId('end-sheet').waitFor({ state: 'detached' });
    },

    async refusalText(): Promise<string> {
      return page.getByTestId('refusal-reasons').innerText();
    },

    /** The rooms the refusal offers instead, by name as shown on their buttons. */
    async alternatives(): Promise<string[]> {
      return page.getByTestId('take-alternative').allInnerTexts();
    },

    async takeAlternative(roomId: string) {
      await page.locator(`[data-testid="take-alternative"][data-room-id="${roomId}"]`).click();
      await page.getByTestId('taken').waitFor();
    },

    async takenText(): Promise<string> {
      return page.getByTestId('taken').innerText();
    },

    async chooseLanguage(language: Locale) {
      await page.getByTestId('kiosk-language').locator(`[data-language="${language}"]`).click();
      await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
    },

    async language(): Promise<string> {
      return (await page.locator('html').getAttribute('lang')) ?? '';
    },

    async isOffline(): Promise<boolean> {
      return page.getByTestId('offline-banner').isVisible();
    },

    async waitForOffline(timeout = 15_000) {
      await page.getByTestId('offline-banner').waitFor({ timeout });
    },

    async waitForOnline(timeout = 20_000) {
      await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout });
    },

    /** Every control a finger can tap, with its size. */
    async tapTargets(): Promise<{ name: string; width: number; height: number }[]> {
      return page.locator('button, [role="button"], a[href], input, [role="tab"]').evaluateAll((elements) =>
        elements
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => {
            const box = e.getBoundingClientRect();
            return { name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim(), width: box.width, height: box.height };
          }),
      );
    },
  };
  return ui;
}

export type KioskUi = ReturnType<typeof kioskUi>;
