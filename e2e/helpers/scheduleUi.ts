import type { Page } from 'playwright-core';

export interface ScheduleLine {
  kind: 'meeting' | 'unavailable' | 'busy';
  /** As the list shows it: "Budget review · Север", "Unavailable · Dentist", "Busy". */
  title: string;
  /** "14:00–15:00" on the office's clock. */
  time: string;
  /** Whether the line offers an action (details, or marking the time available). */
  hasAction: boolean;
}

/**
 * My schedule as a person uses it: open it, go to a day, mark time unavailable and available
 * again, look at someone else's. Tests say what they do; selectors live here only, and none
 * depends on the page's language.
 */
export function scheduleUi(page: Page) {
  const line = (title: string) => page.locator(`[data-testid="schedule-item"][data-title="${title}"]`);

  const ui = {
    async open() {
      await page.getByTestId('nav-schedule').click();
      await ui.waitForSchedule();
    },

    /** Waits until the schedule (or its error) shows and no request is running. */
    async waitForSchedule() {
      await page.locator('[data-testid="schedule"][aria-busy="false"]').or(page.getByTestId('schedule-error')).first().waitFor();
    },

    async showDay(day: string) {
      await page.getByTestId('board-date').fill(day);
      await page.locator(`[data-testid="board-date"][value="${day}"]`).waitFor();
      await page.waitForFunction((d) => location.hash.includes(`day=${d}`) || !location.hash.includes('day='), day);
      await ui.waitForSchedule();
    },

    async reload() {
      await page.reload();
      await ui.waitForSchedule();
    },

    heading: () => page.getByRole('heading', { level: 1 }).innerText(),

    /** The list beside the calendar, in time order. */
    async lines(): Promise<ScheduleLine[]> {
      return page.getByTestId('schedule-item').evaluateAll((els) =>
        els.map((e) => ({
          kind: e.getAttribute('data-kind') as ScheduleLine['kind'],
          title: e.getAttribute('data-title') ?? '',
          time: e.querySelector('[data-testid="schedule-item-time"]')?.textContent ?? '',
          hasAction: e.querySelector('button') !== null,
        })),
      );
    },

    /** The calendar's events (kind and title), to know the calendar agrees with the list. */
    async calendarEvents(): Promise<{ kind: string; title: string }[]> {
      return page.getByTestId('schedule-event').evaluateAll((els) => els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', title: e.getAttribute('data-title') ?? '' })));
    },

    /** Whether the page offers to mark time unavailable. */
    canMarkUnavailable: async () => (await page.getByTestId('schedule-mark-unavailable').count()) > 0,

    /** Marks a span of the day shown unavailable with the page's button and dialog. */
    async markUnavailable(from: string, until: string, reason = '') {
      await page.getByTestId('schedule-mark-unavailable').click();
      const dialog = page.getByTestId('unavailable-dialog');
      await dialog.waitFor();
      await page.getByTestId('unavailable-start').fill(from);
      await page.getByTestId('unavailable-end').fill(until);
      if (reason) await page.getByTestId('unavailable-reason').fill(reason);
      await dialog.getByTestId('dialog-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await ui.waitForSchedule();
    },

    /**
     * Drags over the calendar's day column from one slot time to another ("HH:mm", whole or half
     * hours), reads what the dialog then offers, and closes it without saving.
     */
    async dragOnCalendar(day: string, from: string, until: string): Promise<{ day: string; start: string; end: string }> {
      const calendar = page.getByTestId('schedule-calendar');
      const column = await calendar.locator(`[role="cell"][data-date="${day}"]`).first().boundingBox();
      const top = await calendar.locator(`[data-time="${from}:00"]`).first().boundingBox();
      const bottom = await calendar.locator(`[data-time="${until}:00"]`).first().boundingBox();
      if (!column || !top || !bottom) throw new Error(`The calendar shows no ${day} column or no ${from}/${until} slot`);
      const x = column.x + column.width / 2;
      await page.mouse.move(x, top.y + 3);
      await page.mouse.down();
      await page.mouse.move(x, (top.y + bottom.y) / 2, { steps: 5 });
      await page.mouse.move(x, bottom.y - 3, { steps: 5 });
      await page.mouse.up();
      const dialog = page.getByTestId('unavailable-dialog');
      await dialog.waitFor();
      const offered = {
        day: await page.getByTestId('unavailable-day').inputValue(),
        start: await page.getByTestId('unavailable-start').inputValue(),
        end: await page.getByTestId('unavailable-end').inputValue(),
      };
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      return offered;
    },

    /** Marks an unavailable line available again, confirming, and waits until it has gone. */
    async markAvailable(title: string) {
      await line(title).getByTestId('schedule-mark-available').click();
      const dialog = page.getByTestId('mark-available-dialog');
      await dialog.getByTestId('confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await line(title).waitFor({ state: 'detached' });
      await ui.waitForSchedule();
    },

    async waitForLine(title: string) {
      await line(title).waitFor();
    },

    /** Picks whose schedule to show from the directory: types their name (or its start) and picks them. */
    async choosePerson(name: string, typed = name) {
      const input = page.getByTestId('schedule-person').getByRole('combobox');
      await input.click();
      await input.fill('');
      await input.pressSequentially(typed);
      await page.getByRole('listbox').getByRole('option', { name, exact: true }).click();
      await page.waitForFunction(() => location.hash.includes('person='));
      await ui.waitForSchedule();
    },

    /** The note above someone else's schedule: 'freeBusy' (only busy times) or 'full'; null on one's own. */
    async visibilityNote(): Promise<{ kind: 'freeBusy' | 'full'; text: string } | null> {
      const freeBusy = page.getByTestId('schedule-free-busy');
      const full = page.getByTestId('schedule-others-note');
      if (await freeBusy.isVisible()) return { kind: 'freeBusy', text: await freeBusy.innerText() };
      if (await full.isVisible()) return { kind: 'full', text: await full.innerText() };
      return null;
    },

    async toast(): Promise<string> {
      const toast = page.getByTestId('done-toast');
      await toast.waitFor();
      return toast.innerText();
    },

    async closeToast() {
      await page.getByTestId('done-toast').locator('button').click();
      await page.getByTestId('done-toast').waitFor({ state: 'detached' });
    },
  };
  return ui;
}

export type ScheduleUi = ReturnType<typeof scheduleUi>;
