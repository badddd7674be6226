import type { Page } from 'playwright-core';

/**
 * The booking screens as a person uses them: the board, the booking dialog, my bookings and
 * approvals. Tests say what they do (`board.pickSlot('Юг', '10:30')`); selectors live here only,
 * and none depends on the page's language.
 */
export function bookingUi(page: Page) {
  const board = page.getByTestId('board');
  const dialog = page.getByTestId('booking-dialog');
  const refusal = page.getByTestId('booking-refusal');
  const row = (room: string) => page.locator(`[data-testid="board-row"][data-room="${room}"]`);

  const ui = {
    page,

    /** Opens the board from the app bar and waits for the day to show. */
    async openBoard() {
      await page.getByTestId('nav-board').click();
      await ui.waitForBoard();
    },

    async waitForBoard() {
      await board.and(page.locator('[aria-busy="false"]')).or(page.getByTestId('board-error')).first().waitFor();
    },

    /** Shows another day with the date picker. */
    async showDay(day: string) {
      await page.getByTestId('board-date').fill(day);
      await page.waitForFunction((d) => location.hash.includes(`day=${d}`) || !location.hash.includes('day='), day);
      await ui.waitForBoard();
      await page.locator(`[data-testid="board-date"][value="${day}"]`).waitFor();
    },

    /** The time zone line under the board's title. */
    zoneLine: () => page.getByTestId('board-zone').innerText(),

    /** Clicks an empty slot of a room and waits for the booking dialog. */
    async pickSlot(room: string, time: string) {
      await row(room).locator(`[data-testid="board-slot"][data-time="${time}"]`).click();
      await dialog.waitFor();
    },

    /** The titles of the bookings shown in a room's row ("" for a private one). */
    async bookingsIn(room: string): Promise<string[]> {
      return row(room).getByTestId('board-booking').evaluateAll((els) => els.map((e) => e.getAttribute('data-title') ?? ''));
    },

    /** How many maintenance blocks a room's row shows. */
    blocksIn: (room: string) => row(room).getByTestId('board-block').count(),

    /** How many meetings the board shows, in every room. */
    bookingCount: () => page.getByTestId('board').getByTestId('board-booking').count(),

    async waitForBookingIn(room: string, title: string) {
      await row(room).locator(`[data-testid="board-booking"][data-title="${title}"]`).waitFor();
    },

    async openBooking(room: string, title: string) {
      await row(room).locator(`[data-testid="board-booking"][data-title="${title}"]`).click();
      await page.getByTestId('booking-details').waitFor();
    },

    /** The start and end the dialog shows ("HH:mm"). */
    async dialogTimes(): Promise<{ start: string; end: string }> {
      const value = (id: string) => dialog.getByTestId(id).locator('input').inputValue();
      return { start: await value('booking-start'), end: await value('booking-end') };
    },

    /** Picks a room in the dialog. */
    async chooseRoom(room: string) {
      await dialog.getByTestId('booking-room').getByRole('combobox').click();
      await page.getByRole('listbox').locator(`[data-room="${room}"]`).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },

    /** Picks a start time in the dialog ("HH:mm"); the end keeps the meeting's length. */
    async chooseStart(time: string) {
      await dialog.getByTestId('booking-start').getByRole('combobox').click();
      await page.getByRole('listbox').getByRole('option', { name: time, exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
    },

    async fillTitle(title: string) {
      await dialog.getByTestId('booking-title').fill(title);
    },

    /** Presses "Book"; resolves 'booked' when the dialog closes, 'refused' when the refusal shows. */
    async submit(): Promise<'booked' | 'refused'> {
      await dialog.getByTestId('booking-submit').click();
      const outcome = await Promise.race([
        dialog.waitFor({ state: 'detached' }).then(() => 'booked' as const),
        refusal.waitFor().then(() => 'refused' as const),
      ]);
      return outcome;
    },

    /** Every reason the refusal gives, as shown. */
    refusalReasons: () => refusal.getByTestId('refusal-reason').allInnerTexts(),

    /** The offered alternatives, as their buttons read ("Юг, 14:00–15:00"). */
    alternatives: () => refusal.getByTestId('alternative').allInnerTexts(),

    /** Takes an offered alternative (the first, or the one in this room) and waits until it is booked. */
    async takeAlternative(room?: string) {
      const buttons = refusal.getByTestId('alternative');
      await (room ? refusal.locator(`[data-testid="alternative"][data-room="${room}"]`) : buttons).first().click();
      await dialog.waitFor({ state: 'detached' });
    },

    /** The confirmation shown after a change. */
    async toast(): Promise<string> {
      const toast = page.getByTestId('done-toast');
      await toast.waitFor();
      return toast.innerText();
    },

    async closeToast() {
      await page.getByTestId('done-toast').locator('button').click();
      await page.getByTestId('done-toast').waitFor({ state: 'detached' });
    },

    async openMyBookings() {
      await page.getByTestId('nav-my').click();
      await page.getByTestId('my-bookings').or(page.getByTestId('my-empty')).or(page.getByTestId('my-error')).first().waitFor();
    },

    /** The titles of my upcoming bookings, in order. */
    async myBookings(): Promise<string[]> {
      if (await page.getByTestId('my-empty').isVisible()) return [];
      return page.getByTestId('my-booking').evaluateAll((els) => els.map((e) => e.getAttribute('data-title') ?? ''));
    },

    /** Opens the dialog to move one of my bookings. */
    async rescheduleMyBooking(title: string) {
      await page.locator(`[data-testid="my-booking"][data-title="${title}"]`).getByTestId('my-reschedule').click();
      await dialog.waitFor();
    },

    /** Cancels one of my bookings from the list, with a reason, and waits until it has left the list. */
    async cancelMyBooking(title: string, reason = '') {
      const item = page.locator(`[data-testid="my-booking"][data-title="${title}"]`);
      await item.getByTestId('my-cancel').click();
      if (reason) await page.getByTestId('reason-input').fill(reason);
      await page.getByTestId('reason-confirm').click();
      await page.getByTestId('reason-dialog').waitFor({ state: 'detached' });
      await item.waitFor({ state: 'detached' });
    },

    async openApprovals() {
      await page.getByTestId('nav-approvals').click();
      await page.getByTestId('approvals').or(page.getByTestId('approvals-empty')).or(page.getByTestId('approvals-error')).first().waitFor();
    },

    async pendingTitles(): Promise<string[]> {
      if (await page.getByTestId('approvals-empty').isVisible()) return [];
      return page.getByTestId('approval').evaluateAll((els) => els.map((e) => e.getAttribute('data-title') ?? ''));
    },

    /** The hold line of a pending booking ("Hold: 1 h 58 min left"). */
    holdOf: (title: string) => page.locator(`[data-testid="approval"][data-title="${title}"]`).getByTestId('approval-hold').innerText(),

    async approve(title: string) {
      const card = page.locator(`[data-testid="approval"][data-title="${title}"]`);
      await card.getByTestId('approval-approve').click();
      await card.waitFor({ state: 'detached' });
    },

    async reject(title: string, reason: string) {
      const card = page.locator(`[data-testid="approval"][data-title="${title}"]`);
      await card.getByTestId('approval-reject').click();
      await page.getByTestId('reason-input').fill(reason);
      await page.getByTestId('reason-confirm').click();
      await card.waitFor({ state: 'detached' });
    },
  };
  return ui;
}

export type BookingUi = ReturnType<typeof bookingUi>;
