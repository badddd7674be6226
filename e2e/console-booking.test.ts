import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../core/contract';
import { addDays, atWallTime } from '../core/rules/localTime';
import { DEMO_PASSWORD } from '../db/seed/demoData';
import { apiAs, consoleUi, testNowIso, openBrowser, saveScreenshot, seriousA11yProblems, startServer, type OpenBrowser, type RunningServer, type TestApi } from './helpers';
import { bookingUi } from './helpers/bookingUi';
import { bookingWorld, nextWorkingDay, quietWorkingDay, type BookingWorld, type Slot } from './helpers/bookingWorld';

const EMPLOYEE = 'anna.employee@roomly.test'; // Moscow
const BLOCKED_ROOM = 'Класс';
const FACILITY_MANAGER = 'grigory.facility@roomly.test'; // Moscow, Russian
const COLLEAGUE = 'ivan.employee@roomly.test'; // Moscow
const ANOTHER_COLLEAGUE = 'olga.employee@roomly.test'; // Moscow

let server: RunningServer;
let anna: TestApi;
let world: BookingWorld;
let taken: Slot;
let day: string;
let browser: OpenBrowser | undefined;

const addMinutes = (hhmm: string, minutes: number) => {
  const total = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};
const upcomingOf = async (api: TestApi): Promise<Output<'bookings.list'>> => {
  const me = await api.call('auth.me', {});
  return api.call('bookings.list', { organizerId: me.id, status: ['pending', 'confirmed'], from: testNowIso() });
};

beforeAll(async () => {
  server = await startServer({ seed: 'demo' });
  anna = await apiAs(server.url, EMPLOYEE, DEMO_PASSWORD);
  const moscow = (await anna.call('offices.list', {})).find((o) => o.name === 'Moscow')!;
  world = bookingWorld(anna, moscow);
  // A day the demo leaves empty: the test books what it needs on it, so free slots are certain.
  day = quietWorkingDay(moscow);
  const grigory = await apiAs(server.url, FACILITY_MANAGER, DEMO_PASSWORD);
  await world.maintenance(grigory, BLOCKED_ROOM, day, '13:00', '15:00', 'Замена проектора');
  // A meeting of our own that day, with a slot right after it inside its buffer.
  taken = (await world.slotInBuffer(grigory, day, 30, [BLOCKED_ROOM])).slot;
});
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('an employee at the board', () => {
  it('books a free slot for 30 minutes, takes an alternative to a taken one, moves one and cancels the other from My bookings', async () => {
    browser = await openBrowser();
    const desk = consoleUi(browser.page, server.url);
    const ui = bookingUi(browser.page);
    await desk.signIn(EMPLOYEE, DEMO_PASSWORD);
    await desk.chooseLanguage('en');
    await ui.openBoard();
    expect(await ui.zoneLine()).toBe('Moscow · times in Moscow time (GMT+3)');
    await ui.showDay(day);
    expect(await ui.blocksIn(BLOCKED_ROOM)).toBe(1);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    // A day with nothing booked (past the demo's week of meetings) is as accessible as a busy one.
    await ui.showDay(nextWorkingDay(world.office, atWallTime(addDays(day, 21), '12:00', world.office.timeZone)));
    expect(await ui.bookingCount()).toBe(0);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    await ui.showDay(day);

    // A free slot: the dialog opens on it, 30 minutes long, and the booking lands on the board.
    const free = await world.freeSlot(day, 30, { except: [BLOCKED_ROOM, taken.room.name] });
    await ui.pickSlot(free.room.name, free.time);
    expect(await ui.dialogTimes()).toEqual({ start: free.time, end: addMinutes(free.time, 30) });
    await ui.fillTitle('Budget review');
    expect(await ui.submit()).toBe('booked');
    expect(await ui.toast()).toContain(`Booked: ${free.room.name}`);
    await ui.waitForBookingIn(free.room.name, 'Budget review');
    const booked = (await upcomingOf(anna)).find((b) => b.title === 'Budget review');
    expect(booked).toMatchObject({ roomId: free.room.id, start: free.start, end: free.end, status: 'confirmed' });
    await ui.closeToast();
    await saveScreenshot(browser.page, 'console-board');

    // Right after a meeting looks free, but the buffer between meetings is not: every reason, and alternatives.
    await ui.pickSlot(taken.room.name, taken.time);
    await ui.fillTitle('Design sync');
    expect(await ui.submit()).toBe('refused');
    const reasons = await ui.refusalReasons();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons[0]).toMatch(new RegExp(`^${taken.room.name} is taken \\d\\d:\\d\\d–\\d\\d:\\d\\d, and \\d+ minutes between meetings are kept free\\.$`));
    const offered = await ui.alternatives();
    expect(offered.length).toBeGreaterThan(0);
    await saveScreenshot(browser.page, 'console-booking-refused');

    // Take one in a room that needs no approval, so it is booked at once.
    const needsApproval = new Set((await world.rooms()).filter((r) => r.requiresApproval).map((r) => r.name));
    const rooms = offered.map((label) => label.split(',')[0]!);
    const altRoom = rooms.find((room) => !needsApproval.has(room)) ?? rooms[0]!;
    await ui.takeAlternative(altRoom);
    expect(await ui.toast()).toContain(altRoom);
    await ui.waitForBookingIn(altRoom, 'Design sync');

    // My bookings lists both; moving one re-checks it, cancelling one takes it off the list.
    await ui.openMyBookings();
    expect(await ui.myBookings()).toEqual(expect.arrayContaining(['Budget review', 'Design sync']));
    const elsewhere = await world.freeSlot(day, 30, { from: '09:00' });
    await ui.rescheduleMyBooking('Budget review');
    await ui.chooseRoom(elsewhere.room.name);
    await ui.chooseStart(elsewhere.time);
    expect(await ui.dialogTimes()).toEqual({ start: elsewhere.time, end: addMinutes(elsewhere.time, 30) });
    expect(await ui.submit()).toBe('booked');
    expect(await ui.toast()).toContain(`Changed: ${elsewhere.room.name}`);
    const moved = (await upcomingOf(anna)).find((b) => b.title === 'Budget review');
    expect(moved).toMatchObject({ roomId: elsewhere.room.id, start: elsewhere.start, end: elsewhere.end });
    await ui.closeToast();
    await ui.cancelMyBooking('Design sync', 'Plans changed');
    expect(await ui.toast()).toContain('Cancelled');
    expect((await upcomingOf(anna)).map((b) => b.title)).not.toContain('Design sync');
  });
});

describe('a facility manager', () => {
  it('approves a pending booking of a room that needs approval, seeing how long its hold lasts', async () => {
    const ivan = await apiAs(server.url, COLLEAGUE, DEMO_PASSWORD);
    const pending = await world.pendingBooking(ivan, day, 'Общее собрание');
    expect(pending.status).toBe('pending');
    const olga = await apiAs(server.url, ANOTHER_COLLEAGUE, DEMO_PASSWORD);
    await world.pendingBooking(olga, day, 'Квартальный обзор');

    browser = await openBrowser();
    const desk = consoleUi(browser.page, server.url);
    const ui = bookingUi(browser.page);
    await desk.signIn(FACILITY_MANAGER, DEMO_PASSWORD);
    await ui.openApprovals();
    expect(await ui.pendingTitles()).toContain('Общее собрание');
    expect(await ui.holdOf('Общее собрание')).toMatch(/^Удержание: осталось( \d+ ч)?( \d+ мин)?\s+истекает /);
    expect(await seriousA11yProblems(browser.page)).toEqual([]);
    await saveScreenshot(browser.page, 'console-approvals');

    await ui.approve('Общее собрание');
    expect(await ui.pendingTitles()).not.toContain('Общее собрание');
    expect(await ui.toast()).toContain('Подтверждено');
    expect((await ivan.call('bookings.get', { id: pending.id })).status).toBe('confirmed');
  });
});
