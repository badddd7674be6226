import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { atWallTime } from '../core/rules/localTime';
import { DEMO_PASSWORD } from '../db/seed/demoData';
import { apiAs, consoleUi, openBrowser, saveScreenshot, seriousA11yProblems, startServer, type OpenBrowser, type RunningServer, type TestApi } from './helpers';
import { bookingWorld, quietWorkingDay } from './helpers/bookingWorld';
import { scheduleUi } from './helpers/scheduleUi';

const EMPLOYEE = 'anna.employee@roomly.test'; // Moscow
const EMPLOYEE_NAME = 'Анна Смирнова';
const COLLEAGUE = 'ivan.employee@roomly.test'; // Moscow, organises the meeting Anna attends
const RECEPTIONIST = 'grigory.facility@roomly.test'; // Moscow facility manager, Russian
const OTHER_EMPLOYEE = 'olga.employee@roomly.test'; // Moscow employee: sees colleagues' schedules as free/busy
const MEETING = 'Roadmap review';
const MOSCOW = 'Europe/Moscow';

let server: RunningServer;
let anna: TestApi;
let annaId: string;
let day: string;
let meetingLine: string;
let browser: OpenBrowser | undefined;

const iso = (hhmm: string) => new Date(atWallTime(day, hhmm, MOSCOW)).toISOString();
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const blocksOfAnna = async () => (await anna.call('schedule.user', { userId: annaId, date: day })).blocks;

/** Ninety minutes of Anna's working day with nothing in them (the demo's meetings change with the date). */
async function freeWindowOfAnna(): Promise<{ from: string; until: string }> {
  const { busy } = await anna.call('schedule.user', { userId: annaId, date: day });
  for (let m = 9 * 60; m + 90 <= 19 * 60; m += 30) {
    const [from, until] = [atWallTime(day, hhmm(m), MOSCOW), atWallTime(day, hhmm(m + 90), MOSCOW)];
    if (!busy.some((b) => Date.parse(b.start) < until && Date.parse(b.end) > from)) return { from: hhmm(m), until: hhmm(m + 90) };
  }
  throw new Error(`Anna has no free hour and a half on ${day}`);
}

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  anna = await apiAs(server.url, EMPLOYEE, DEMO_PASSWORD);
  annaId = (await anna.call('auth.me', {})).id;
  const ivan = await apiAs(server.url, COLLEAGUE, DEMO_PASSWORD);
  const moscow = (await ivan.call('offices.list', {})).find((o) => o.name === 'Moscow')!;
  // A day the demo leaves empty, so the morning slot and Anna's free hour and a half are certain.
  day = quietWorkingDay(moscow);
  // Ivan books a meeting Anna attends, in the morning, before the time she will mark unavailable.
  const slot = await bookingWorld(ivan, moscow).freeSlot(day, 30, { from: '10:00' });
  await ivan.call('bookings.create', { roomId: slot.room.id, start: slot.start, end: slot.end, title: MEETING, attendeeIds: [annaId] });
  meetingLine = `${MEETING} · ${slot.room.name}`;
});
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('an employee in My schedule', () => {
  it('sees a meeting they attend, marks 14:00–15:00 unavailable with a reason, keeps it after a reload, and marks it available again', async () => {
    browser = await openBrowser();
    const desk = consoleUi(browser.page, server.url);
    const ui = scheduleUi(browser.page);
    await desk.signIn(EMPLOYEE, DEMO_PASSWORD);
    await desk.chooseLanguage('en');
    await ui.open();
    expect(await ui.heading()).toBe('My schedule');
    await ui.showDay(day);
    expect(await ui.lines()).toContainEqual(expect.objectContaining({ kind: 'meeting', title: meetingLine, hasAction: true }));
    expect(await ui.calendarEvents()).toContainEqual({ kind: 'meeting', title: meetingLine });

    // Dragging over free time offers that span on the office's clock, whatever zone the browser runs in.
    const free = await freeWindowOfAnna();
    expect(await ui.dragOnCalendar(day, free.from, free.until)).toEqual({ day, start: free.from, end: free.until });

    await ui.markUnavailable('14:00', '15:00', 'Dentist');
    expect(await ui.toast()).toContain('Marked unavailable');
    await ui.waitForLine('Unavailable · Dentist');
    expect(await ui.lines()).toContainEqual({ kind: 'unavailable', title: 'Unavailable · Dentist', time: '14:00–15:00', hasAction: true });
    expect(await ui.calendarEvents()).toContainEqual({ kind: 'unavailable', title: 'Unavailable · Dentist' });
    expect(await blocksOfAnna()).toEqual([expect.objectContaining({ userId: annaId, roomId: null, start: iso('14:00'), end: iso('15:00'), reason: 'Dentist' })]);
    await ui.closeToast();
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    await saveScreenshot(browser.page, 'console-my-schedule');

    await ui.reload();
    expect(await ui.lines()).toContainEqual({ kind: 'unavailable', title: 'Unavailable · Dentist', time: '14:00–15:00', hasAction: true });

    await ui.markAvailable('Unavailable · Dentist');
    expect(await ui.toast()).toContain('Available again');
    expect((await ui.lines()).filter((l) => l.kind === 'unavailable')).toEqual([]);
    expect(await blocksOfAnna()).toEqual([]);
  });
});

describe("someone else's schedule", () => {
  it('a receptionist sees an employee’s meetings and reasons in full but cannot mark her time; a fellow employee sees only when she is busy', async () => {
    const block = (await anna.call('blocks.create', { start: iso('14:00'), end: iso('15:00'), reason: 'Dentist' })).blocks[0]!;

    browser = await openBrowser();
    const desk = consoleUi(browser.page, server.url);
    const ui = scheduleUi(browser.page);
    await desk.signIn(RECEPTIONIST, DEMO_PASSWORD);
    await desk.chooseLanguage('ru');
    await ui.open();
    await ui.choosePerson(EMPLOYEE_NAME);
    await ui.showDay(day);
    expect(await ui.heading()).toBe(`Расписание: ${EMPLOYEE_NAME}`);
    expect((await ui.visibilityNote())?.kind).toBe('full');
    const seen = await ui.lines();
    expect(seen).toContainEqual(expect.objectContaining({ kind: 'meeting', title: meetingLine }));
    // Her reason is shown, but only she (or an admin) may take the mark away, and only she may add one.
    expect(seen).toContainEqual({ kind: 'unavailable', title: 'Недоступно · Dentist', time: '14:00–15:00', hasAction: false });
    expect(await ui.canMarkUnavailable()).toBe(false);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    await browser.close();

    // An employee may not list people but looks a colleague up by typing the start of her name,
    // and sees only when she is busy: no titles, rooms or reasons.
    browser = await openBrowser();
    const colleagueDesk = consoleUi(browser.page, server.url);
    const colleagueUi = scheduleUi(browser.page);
    await colleagueDesk.signIn(OTHER_EMPLOYEE, DEMO_PASSWORD);
    await colleagueDesk.chooseLanguage('en');
    await colleagueUi.open();
    await colleagueUi.choosePerson(EMPLOYEE_NAME, 'анн');
    await colleagueUi.showDay(day);
    expect(await colleagueUi.heading()).toBe(`Schedule of ${EMPLOYEE_NAME}`);
    expect((await colleagueUi.visibilityNote())?.kind).toBe('freeBusy');
    const busy = await colleagueUi.lines();
    expect(busy.map((l) => [l.kind, l.title, l.hasAction])).toEqual(busy.map(() => ['busy', 'Busy', false]));
    expect(busy.map((l) => l.time)).toContain('14:00–15:00');
    expect(busy.length).toBeGreaterThanOrEqual(2);
    expect((await colleagueUi.calendarEvents()).every((e) => e.kind === 'busy' && e.title === 'Busy')).toBe(true);
    expect(await colleagueUi.canMarkUnavailable()).toBe(false);

    await anna.call('blocks.remove', { id: block.id });
  });
});
