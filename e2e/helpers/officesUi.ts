import type { Page } from 'playwright-core';
import type { Weekday } from '../../core/domain';

export interface OfficeFields {
  name?: string;
  /** Typed into the time-zone field; picked from the list when the list offers exactly this zone. */
  timeZone?: string;
  /** Opening hours per day, in the order typed; [] closes the day. */
  hours?: Partial<Record<Weekday, [string, string][]>>;
  /** Presses "Monday's hours for Tuesday to Friday" after the hours are typed. */
  copyMonday?: boolean;
  holidays?: string[];
}

export interface OfficeListRow {
  name: string;
  zone: string;
  hours: string;
  holidays: number;
  rooms: string;
}

/** The offices page and its form, as an admin uses them. Selectors live here, none by language. */
export function officesUi(page: Page) {
  const form = page.getByTestId('office-form-dialog');
  const day = (d: Weekday) => form.locator(`[data-day="${d}"]`);

  /** Makes a day open with this many ranges (its switch, "Set hours", "Add hours"). */
  const openRanges = async (d: Weekday, count: number) => {
    const row = day(d);
    const inputs = row.locator('input[name$=".from"]');
    const toggle = row.locator('input[type="checkbox"]');
    if (await row.getByTestId('set-hours').isVisible()) await row.getByTestId('set-hours').click();
    if (count === 0) {
      if (await toggle.isChecked()) await toggle.uncheck();
      return;
    }
    if (!(await toggle.isChecked())) await toggle.check();
    while ((await inputs.count()) < count) await row.getByTestId('add-range').click();
  };

  const ui = {
    async openAdd() {
      await page.getByTestId('add-office').click();
      await form.waitFor();
    },

    async openEdit(name: string) {
      await page.locator(`[data-testid="office-row"][data-office="${name}"]`).getByTestId('edit-office').click();
      await form.waitFor();
    },

    async fill(fields: OfficeFields) {
      if (fields.name !== undefined) await form.locator('input[name="officeName"]').fill(fields.name);
      if (fields.timeZone !== undefined) await ui.typeTimeZone(fields.timeZone);
      for (const [d, ranges] of Object.entries(fields.hours ?? {}) as [Weekday, [string, string][]][]) {
        await openRanges(d, ranges.length);
        for (const [i, [from, to]] of ranges.entries()) {
          await day(d).locator(`input[name="hours.${d}.${i}.from"]`).fill(from);
          await day(d).locator(`input[name="hours.${d}.${i}.to"]`).fill(to);
        }
      }
      if (fields.copyMonday) await form.getByTestId('copy-monday').click();
      for (const holiday of fields.holidays ?? []) {
        await form.locator('input[name="holidayDay"]').fill(holiday);
        await form.getByTestId('add-holiday').click();
      }
    },

    /** Types a zone; picks it from the list when the list offers it. */
    async typeTimeZone(zone: string) {
      const input = form.getByTestId('office-time-zone');
      await input.fill(zone);
      const option = page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${zone.replace(/[/+]/g, '\\$&')}\\b`) });
      if ((await option.count()) === 1) await option.click();
      else await input.press('Escape');
    },

    /** Presses Save: 'saved' when the dialog closes, 'refused' when it stays with a field marked. */
    async submit(): Promise<'saved' | 'refused'> {
      await form.getByTestId('dialog-submit').click();
      const invalid = form.locator('input[aria-invalid="true"]').first();
      await Promise.race([form.waitFor({ state: 'detached' }), invalid.waitFor()]);
      return (await form.isVisible()) ? 'refused' : 'saved';
    },

    /** The fields the form marks as wrong: name, timeZone, hours.<day>. */
    async invalidFields(): Promise<string[]> {
      return form.locator('input[aria-invalid="true"]').evaluateAll((inputs) => [
        ...new Set(inputs.map((i) => (i.getAttribute('name') ?? '').replace(/^officeName$/, 'name').replace(/^(hours\.\w+)\..*$/, '$1'))),
      ]);
    },

    /** The text under a field (its hint, or what is wrong). */
    async helperText(name: 'officeName' | 'timeZone'): Promise<string> {
      const id = await form.locator(`input[name="${name}"]`).getAttribute('aria-describedby');
      return id ? form.locator(`[id="${id}"]`).innerText() : '';
    },

    /** Closes the form without saving, with its Cancel button. */
    async cancel() {
      await form.getByTestId('dialog-cancel').click();
      await form.waitFor({ state: 'detached' });
    },

    async rows(): Promise<OfficeListRow[]> {
      await page.getByTestId('offices-table').and(page.locator('[aria-busy="false"]')).waitFor();
      return page.getByTestId('office-row').evaluateAll((rows) =>
        rows.map((r) => {
          const cells = [...r.querySelectorAll('td')].map((c) => (c as HTMLElement).innerText.trim());
          return {
            name: r.getAttribute('data-office') ?? '',
            zone: (r.querySelector('[data-testid="office-zone"] p') as HTMLElement | null)?.innerText ?? '',
            hours: cells[2] ?? '',
            holidays: Number(cells[3]),
            rooms: cells[4] ?? '',
          };
        }),
      );
    },
  };
  return ui;
}

export type OfficesUi = ReturnType<typeof officesUi>;
