import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Input, Output } from '../core/contract';
import { DEMO_PASSWORD } from '../db/seed/demoData';
import { apiAs, consoleUi, testNow, openBrowser, saveScreenshot, seriousA11yProblems, startServer, type OpenBrowser, type RunningServer, type TestApi } from './helpers';
import { bookingUi } from './helpers/bookingUi';
import { findTimeUi } from './helpers/findTimeUi';

const ASSISTANT = 'vera.assistant@roomly.test'; // Moscow, may book for others
const IVAN = 'ivan.employee@roomly.test'; // Moscow
const OLGA = 'olga.employee@roomly.test'; // Moscow
const PAVEL = 'pavel.employee@roomly.test'; // Moscow
const ANNA = 'anna.employee@roomly.test'; // Moscow, an employee: may not list people, may look them up
const DAY_MS = 24 * 3600_000;
const moscowTime = (iso: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Moscow' }).format(new Date(iso));

let server: RunningServer;
let vera: TestApi;
let browser: OpenBrowser | undefined;

type User = Output<'users.list'>[number];
let people: Map<string, User>;
let moscow: Output<'offices.list'>[number];

/** Every `availability.common` input the page sends from now on. */
function recordSearches(page: OpenBrowser['page']): Input<'availability.common'>[] {
  const inputs: Input<'availability.common'>[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/availability.common')) inputs.push(request.postDataJSON() as Input<'availability.common'>);
  });
  return inputs;
}

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  vera = await apiAs(server.url, ASSISTANT, DEMO_PASSWORD);
  people = new Map((await vera.call('users.list', {})).map((u) => [u.email, u]));
  moscow = (await vera.call('offices.list', {})).find((o) => o.name === 'Moscow')!;
});
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('finding a time for several people', () => {
  it('an assistant finds an hour when she, Ivan and Olga are free, books it with one click and Book, and the hour leaves the list', async () => {
    browser = await openBrowser();
    const desk = consoleUi(browser.page, server.url);
    const find = findTimeUi(browser.page);
    const dialog = bookingUi(browser.page);
    const searches = recordSearches(browser.page);
    await desk.signIn(ASSISTANT, DEMO_PASSWORD);
    await desk.chooseLanguage('en');
    await find.open();
    expect(await desk.heading()).toBe('Find a time');
    expect(await find.people()).toEqual(['Вера Кузнецова']);

    await find.addPerson(IVAN);
    await find.addPerson(OLGA);
    expect(await find.people()).toEqual(['Вера Кузнецова', 'Иван Морозов', 'Ольга Волкова']);
    await find.chooseDuration(60);
    await find.chooseRoomType('meeting');
    await find.search();

    // The page shows what the server finds for the question it sent: the three of them, an hour, a meeting room.
    const asked = searches.at(-1)!;
    expect(asked).toMatchObject({ userIds: [people.get(ASSISTANT)!.id, people.get(IVAN)!.id, people.get(OLGA)!.id], durationMin: 60, needRoom: true, type: 'meeting' });
    expect(Date.parse(asked.to) - Date.parse(asked.from)).toBeGreaterThan(4 * DAY_MS);
    const answer = await vera.call('availability.common', asked);
    const shown = await find.slots();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map((s) => [s.freeStart, s.freeEnd, s.room])).toEqual(answer.slots.map((s) => [s.start, s.end, s.room?.name ?? '']));
    expect(await find.summary()).toMatch(/^For 3 people · 1 h · /);
    expect(await find.days()).toEqual([...new Set(await find.days())]);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    // The answer scrolls into view; the picture for the README shows the question above it too.
    await browser.page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(browser.page, 'console-find-time');

    // Picking the first time opens the booking dialog on it: that hour, that room, the two colleagues.
    const first = shown[0]!;
    expect(Date.parse(first.end) - Date.parse(first.start)).toBe(60 * 60_000);
    await find.pick(first.start);
    expect(await dialog.dialogTimes()).toEqual({ start: moscowTime(first.start), end: moscowTime(first.end) });
    expect(await browser.page.getByTestId('booking-room').innerText()).toContain(first.room);
    const chips = await browser.page.getByTestId('booking-dialog').locator('.MuiAutocomplete-root .MuiChip-label').allInnerTexts();
    expect(chips).toEqual(['Иван Морозов', 'Ольга Волкова']);
    await dialog.fillTitle('Quarterly planning');
    expect(await dialog.submit()).toBe('booked');
    expect(await dialog.toast()).toContain(first.room);

    // The booking is theirs, as picked; and the list, asked again, no longer offers that hour.
    const made = (await vera.call('bookings.list', { organizerId: people.get(ASSISTANT)!.id, from: asked.from })).find((b) => b.title === 'Quarterly planning');
    expect(made).toMatchObject({ start: first.start, end: first.end, status: expect.stringMatching(/^(confirmed|pending)$/) });
    expect(made!.attendeeIds.sort()).toEqual([people.get(IVAN)!.id, people.get(OLGA)!.id].sort());
    await find.waitUntilGone(first.start);
    const after = await find.slots();
    const overlapsBooked = (s: { start: string; end: string }) => Date.parse(s.start) < Date.parse(first.end) && Date.parse(first.start) < Date.parse(s.end);
    expect(after.filter((s) => overlapsBooked({ start: s.freeStart, end: s.freeEnd }))).toEqual([]);
  });

  it('says why nothing fits when one person is away all week, offers to ask more broadly, and keeps to a narrow window', async () => {
    const pavel = await apiAs(server.url, PAVEL, DEMO_PASSWORD);
    const now = testNow();
    await pavel.call('blocks.create', { start: new Date(now).toISOString(), end: new Date(now + 14 * DAY_MS).toISOString(), reason: 'Vacation' });

    browser = await openBrowser({ viewport: { width: 420, height: 900 } });
    const desk = consoleUi(browser.page, server.url);
    const find = findTimeUi(browser.page);
    await desk.signIn(ASSISTANT, DEMO_PASSWORD);
    await desk.chooseLanguage('en');
    await find.open();
    await find.addPerson(PAVEL);
    await find.search();

    expect(await find.slots()).toEqual([]);
    const message = await find.emptyMessage();
    expect(message).toContain('No time suits everyone');
    expect(message).toMatch(/From .+ to .+ these 2 people have no free stretch of 30 min together in working hours\./);
    expect(message).toContain('Try a shorter meeting, more days, or fewer people.');
    expect(await find.suggestions()).toEqual(['shorter', 'wider']);
    expect(await browser.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);

    // The same in Russian.
    await desk.chooseLanguage('ru');
    expect(await find.emptyMessage()).toContain('Нет времени, удобного всем');
  });

  it('says when everyone is free but no room fits, and searches without a room in one click', async () => {
    browser = await openBrowser();
    const desk = consoleUi(browser.page, server.url);
    const find = findTimeUi(browser.page);
    await desk.signIn(ASSISTANT, DEMO_PASSWORD);
    await desk.chooseLanguage('en');
    await find.open();
    await find.addPerson(IVAN);
    await find.addPerson(OLGA);
    // The only phone booth seats two.
    await find.chooseRoomType('phone_booth');
    await find.search();

    expect(await find.slots()).toEqual([]);
    await browser.page.getByTestId('find-without-room').waitFor();
    expect(await find.emptyMessage()).toContain('Everyone is free at some of these times, but no room that fits all of you is free for 30 min then.');
    expect(await find.suggestions()).toEqual(['without-room', 'shorter', 'wider']);

    await browser.page.getByTestId('find-without-room').click();
    await find.waitForAnswer();
    const shown = await find.slots();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s.room === '')).toBe(true);
    expect(await browser.page.getByTestId('find-need-room').locator('input').isChecked()).toBe(false);

    // A time without a room opens the dialog on the smallest room free then that seats the three of them.
    const first = shown[0]!;
    const free = await vera.call('availability.rooms', { start: first.start, end: first.end, capacity: 3, officeId: moscow.id });
    const smallest = free.rooms.find((f) => f.status === 'confirmed') ?? free.rooms[0]!;
    await find.pick(first.start);
    expect(await browser.page.getByTestId('booking-room').innerText()).toContain(smallest.room.name);
    expect(await bookingUi(browser.page).dialogTimes()).toEqual({ start: moscowTime(first.start), end: moscowTime(first.end) });
  });
});

describe('an employee finding a time with colleagues', () => {
  it('Anna types part of two names, finds an hour when the three of them are free, and books it', async () => {
    browser = await openBrowser();
    const desk = consoleUi(browser.page, server.url);
    const find = findTimeUi(browser.page);
    const dialog = bookingUi(browser.page);
    const searches = recordSearches(browser.page);
    await desk.signIn(ANNA, DEMO_PASSWORD);
    await desk.chooseLanguage('en');
    await find.open();
    expect(await browser.page.getByTestId('find-only-me').count()).toBe(0);
    expect(await find.people()).toEqual(['Анна Смирнова']);

    await find.addColleague('оль', 'Ольга Волкова');
    // «ива» starts a first name and a surname: both are offered, she picks Ivan.
    const field = browser.page.getByTestId('find-people');
    await field.pressSequentially('ива');
    await browser.page.getByRole('listbox').getByRole('option').filter({ hasText: 'Борис Иванов' }).waitFor();
    expect(await find.offered()).toEqual(expect.arrayContaining([expect.stringContaining('Иван Морозов'), expect.stringContaining('Борис Иванов')]));
    await field.clear();
    await find.addColleague('ива', 'Иван Морозов');
    expect(await find.people()).toEqual(['Анна Смирнова', 'Ольга Волкова', 'Иван Морозов']);

    await find.chooseDuration(60);
    await find.search();
    const asked = searches.at(-1)!;
    expect(asked.userIds).toEqual([people.get(ANNA)!.id, people.get(OLGA)!.id, people.get(IVAN)!.id]);
    const shown = await find.slots();
    expect(shown.length).toBeGreaterThan(0);

    const first = shown[0]!;
    await find.pick(first.start);
    const chips = await browser.page.getByTestId('booking-dialog').locator('.MuiAutocomplete-root .MuiChip-label').allInnerTexts();
    expect(chips).toEqual(['Ольга Волкова', 'Иван Морозов']);
    await dialog.fillTitle('Team sync');
    expect(await dialog.submit()).toBe('booked');

    const anna = await apiAs(server.url, ANNA, DEMO_PASSWORD);
    const made = (await anna.call('bookings.list', { organizerId: people.get(ANNA)!.id, from: asked.from })).find((b) => b.title === 'Team sync');
    expect(made).toMatchObject({ start: first.start, end: first.end });
    expect(made!.attendeeIds.sort()).toEqual([people.get(IVAN)!.id, people.get(OLGA)!.id].sort());
  });
});
