import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskStatus } from '../../../../core/contract/kiosk';
import { ApiError, type ApiClient } from '../../../api/client';
import { offlineBody } from '../../../api/ApiError';
import { createKioskClock } from '../clock/kioskClock';
import { createStatusFeed } from './statusFeed';
import { parseEvents } from './liveChanges';

/** The door's data feed with a stand-in server and a fake clock: nothing waits in real time. */
const T0 = Date.parse('2026-11-23T09:00:00.000Z');

function status(now: number, entries: KioskStatus['entries'] = []): KioskStatus {
  return {
    now: new Date(now).toISOString(),
    device: { id: '0190a0a0-0000-7000-8000-000000000001', name: 'Door of Kama' },
    room: { id: '0190a0a0-0000-7000-8000-000000000002', officeId: '0190a0a0-0000-7000-8000-000000000003', name: 'Kama', type: 'meeting', capacity: 6, floor: 3, building: null, amenities: [], status: 'active', allowedRoles: null, requiresApproval: false, description: '' },
    office: { id: '0190a0a0-0000-7000-8000-000000000003', name: 'Berlin', timeZone: 'Europe/Berlin' },
    defaultLocale: 'en',
    day: { start: '2026-11-22T23:00:00.000Z', end: '2026-11-23T23:00:00.000Z', open: [] },
    entries,
    walkUp: { freeUntil: null, offers: [], blockedBy: null },
    extend: null,
    rules: { stepMin: 15, checkInRequired: true, releaseAfterMin: 10 },
  };
}

type Answer = () => Promise<unknown>;
function fakeClient() {
  const answers: Answer[] = [];
  let calls = 0;
  const client = {
    transport: 'http',
    call: vi.fn(async () => {
      calls += 1;
      const next = answers.shift() ?? (async () => status(Date.now()));
      return next();
    }),
  } as unknown as ApiClient;
  return { client, answers, calls: () => calls };
}

const offline = () => Promise.reject(new ApiError(offlineBody('TypeError'), 'kiosk.status'));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('the door status feed', () => {
  it('shares one follow-up request between pokes that arrive while a request is running', async () => {
    const { client, calls } = fakeClient();
    const feed = createStatusFeed({ client, clock: createKioskClock(), refreshMs: 30_000 });
    await Promise.all([feed.refresh(), feed.refresh(), feed.refresh(), feed.refresh()]);
    expect(calls()).toBe(2);
    expect(feed.getSnapshot()).toMatchObject({ isOnline: true, updatedAt: T0 });
  });

  it('keeps the last schedule when the server is gone, retries by itself, and recovers', async () => {
    const { client, answers, calls } = fakeClient();
    const feed = createStatusFeed({ client, clock: createKioskClock(), refreshMs: 30_000 });
    feed.start();
    await vi.advanceTimersByTimeAsync(0);
    const first = feed.getSnapshot().status;
    answers.push(offline, offline);
    await feed.refresh();
    expect(feed.getSnapshot()).toMatchObject({ isOnline: false, status: first, updatedAt: T0 });
    await vi.advanceTimersByTimeAsync(2_000); // second failure
    expect(feed.getSnapshot().isOnline).toBe(false);
    await vi.advanceTimersByTimeAsync(3_000); // the server answers again
    expect(feed.getSnapshot()).toMatchObject({ isOnline: true, error: null });
    expect(calls()).toBe(4);
    feed.stop();
  });

  it('asks for enrolment when the credential is refused', async () => {
    const { client, answers } = fakeClient();
    answers.push(() => Promise.reject(new ApiError({ code: 'UNAUTHENTICATED', message: 'No.', key: 'errors.UNAUTHENTICATED' }, 'kiosk.status')));
    const feed = createStatusFeed({ client, clock: createKioskClock(), refreshMs: 30_000 });
    await feed.refresh();
    expect(feed.getSnapshot().isUnenrolled).toBe(true);
  });

  it("keeps its countdowns on the server's clock, whatever the tablet's says", async () => {
    const { client, answers } = fakeClient();
    answers.push(async () => status(T0 + 90_000));
    const clock = createKioskClock();
    await createStatusFeed({ client, clock, refreshMs: 30_000 }).refresh();
    expect(clock.now()).toBe(T0 + 90_000);
  });

  it('refreshes by itself when the schedule turns (a meeting ends) and on its timer', async () => {
    const { client, answers, calls } = fakeClient();
    const end = new Date(T0 + 5 * 60_000).toISOString();
    answers.push(async () =>
      status(T0, [{ id: '0190a0a0-0000-7000-8000-000000000009', kind: 'booking', title: 'x', isPrivate: false, organizerName: null, isWalkUp: true, start: new Date(T0 - 60_000).toISOString(), end, status: 'confirmed', checkInAt: null, checkIn: null }]),
    );
    const feed = createStatusFeed({ client, clock: createKioskClock(), refreshMs: 30 * 60_000 });
    feed.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 1_000);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(calls()).toBe(3);
    feed.stop();
  });
});

describe('the event stream parser', () => {
  it('splits events, keeps a partial one for later and skips heartbeats', () => {
    const seen: string[] = [];
    const rest = parseEvents('retry: 2000\n\n: heartbeat\n\nevent: change\ndata: {"entity":"booking"}\n\nevent: cha', (e, d) => seen.push(`${e} ${d}`));
    expect(seen).toEqual(['change {"entity":"booking"}']);
    expect(rest).toBe('event: cha');
  });
});

describe('holding refreshes during an action', () => {
  it('asks nothing while held and once afterwards if anyone asked', async () => {
    const { client, calls } = fakeClient();
    const feed = createStatusFeed({ client, clock: createKioskClock(), refreshMs: 30_000 });
    const release = feed.hold();
    await feed.refresh();
    await feed.refresh();
    expect(calls()).toBe(0);
    release();
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(1);
  });
});
