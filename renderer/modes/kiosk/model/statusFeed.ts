import type { BookingView } from '../../../../core/contract/bookings';
import type { KioskEntry, KioskStatus } from '../../../../core/contract/kiosk';
import { isApiError, type ApiClient } from '../../../api/client';
import type { KioskClock } from '../clock/kioskClock';
import type { LinkState } from './liveChanges';

/**
 * The door's data: the last `kiosk.status` answer, whether the server answers, and when it last
 * did. Refreshes on every live poke, every `refreshMs`, and at the next moment the schedule turns
 * (a meeting starts or ends, a check-in closes) so the offers follow the clock. Calls that fail
 * with OFFLINE keep the schedule on screen and retry by themselves until the server is back.
 * A small external store, read with `useSyncExternalStore`.
 */
export interface FeedSnapshot {
  status: KioskStatus | null;
  /** When the last answer arrived (tablet clock). */
  updatedAt: number | null;
  isOnline: boolean;
  /** The credential was refused: the tablet must be enrolled (again). */
  isUnenrolled: boolean;
  /** A confirmed change is shown but the server's new offers have not arrived yet. */
  isSettling: boolean;
  error: unknown;
}

export interface StatusFeed {
  getSnapshot(): FeedSnapshot;
  subscribe(listener: () => void): () => void;
  start(): void;
  stop(): void;
  /** Asks the server now (calls arriving meanwhile share one follow-up request). */
  refresh(): Promise<void>;
  /**
   * Holds refreshes while the visitor's action is on its way (its answer updates the door, and a
   * refresh racing it would only slow the server down); the returned function lets them go, and
   * runs one if any was asked for meanwhile.
   */
  hold(): () => void;
  /** An answer, from the network or (benchmark) from a recorded one. */
  receive(status: KioskStatus, sentAt?: number, receivedAt?: number): void;
  /** Shows a change the server has just confirmed, before the full refresh arrives. */
  applyBooking(update: Partial<KioskEntry> & { id: string }): void;
  addEntry(entry: KioskEntry): void;
  /** Live stream up or down. */
  link(state: LinkState): void;
}

export interface FeedOptions {
  client: ApiClient;
  clock: KioskClock;
  refreshMs: number;
  /** Retry delays while the server cannot be reached. */
  retryMs?: readonly number[];
}

const RETRY_MS = [2000, 3000, 5000];

/** The moments after `now` when the derived state or the offers change. */
function nextTurn(status: KioskStatus, now: number): number | null {
  const moments = status.entries.flatMap((e) => [e.start, e.end, e.checkIn?.releaseAt ?? null]);
  const future = moments.map((m) => (m ? Date.parse(m) : NaN)).filter((t) => t > now);
  return future.length ? Math.min(...future) : null;
}

export const entryUpdateOf = (b: Pick<BookingView, 'id' | 'end' | 'status' | 'checkInAt'>): Partial<KioskEntry> & { id: string } => ({
  id: b.id,
  end: b.end,
  status: b.status,
  checkInAt: b.checkInAt,
});

export function createStatusFeed(options: FeedOptions): StatusFeed {
  const { client, clock } = options;
  const retryMs = options.retryMs ?? RETRY_MS;
  const listeners = new Set<() => void>();
  let snapshot: FeedSnapshot = { status: null, updatedAt: null, isOnline: true, isUnenrolled: false, isSettling: false, error: null };
  let inFlight: Promise<void> | null = null;
  let isQueued = false;
  let isRunning = false;
  let failures = 0;
  let holds = 0;
  let isWanted = false;
  let periodic: ReturnType<typeof setInterval> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let turn: ReturnType<typeof setTimeout> | null = null;

  const set = (patch: Partial<FeedSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of [...listeners]) listener();
  };

  const scheduleTurn = (status: KioskStatus) => {
    if (turn) clearTimeout(turn);
    const at = nextTurn(status, clock.now());
    if (at !== null && isRunning) turn = setTimeout(() => void feed.refresh(), Math.min(at - clock.now() + 1000, 2 ** 31 - 1));
  };

  const scheduleRetry = () => {
    if (retry || !isRunning) return;
    const delay = retryMs[Math.min(failures - 1, retryMs.length - 1)] ?? 5000;
    retry = setTimeout(() => {
      retry = null;
      void feed.refresh();
    }, delay);
  };

  const fetchOnce = async () => {
    const sentAt = Date.now();
    try {
      const status = await client.call('kiosk.status', {});
      failures = 0;
      feed.receive(status, sentAt, Date.now());
    } catch (error) {
      if (isApiError(error) && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
        set({ isUnenrolled: true, error });
        return;
      }
      failures += 1;
      set({ isOnline: !(isApiError(error) && error.isOffline), error });
      scheduleRetry();
    }
  };

  const feed: StatusFeed = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (isRunning) return;
      isRunning = true;
      periodic = setInterval(() => void feed.refresh(), options.refreshMs);
      void feed.refresh();
    },
    stop() {
      isRunning = false;
      for (const t of [periodic, retry, turn]) if (t) clearTimeout(t as ReturnType<typeof setTimeout>);
      if (periodic) clearInterval(periodic);
      periodic = retry = turn = null;
    },
    refresh() {
      if (holds > 0) {
        isWanted = true;
        return Promise.resolve();
      }
      if (inFlight) {
        isQueued = true;
        return inFlight;
      }
      inFlight = (async () => {
        do {
          isQueued = false;
          await fetchOnce();
        } while (isQueued);
      })().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    hold() {
      holds += 1;
      let isReleased = false;
      return () => {
        if (isReleased) return;
        isReleased = true;
        holds -= 1;
        if (holds === 0 && isWanted) {
          isWanted = false;
          void feed.refresh();
        }
      };
    },
    receive(status, sentAt = Date.now(), receivedAt = Date.now()) {
      clock.sync(Date.parse(status.now), sentAt, receivedAt);
      if (retry) clearTimeout(retry);
      retry = null;
      set({ status, updatedAt: clock.now(), isOnline: true, isUnenrolled: false, isSettling: false, error: null });
      scheduleTurn(status);
    },
    applyBooking(update) {
      const status = snapshot.status;
      if (!status) return;
      const entries = status.entries.map((e) => (e.id === update.id ? { ...e, ...update } : e));
      set({ status: { ...status, entries, extend: null }, isSettling: true });
    },
    addEntry(entry) {
      const status = snapshot.status;
      if (!status) return;
      const entries = [...status.entries.filter((e) => e.id !== entry.id), entry];
      set({ status: { ...status, entries, walkUp: { ...status.walkUp, offers: [] }, extend: null }, isSettling: true });
    },
    link(state) {
      if (state === 'closed') void feed.refresh();
    },
  };
  return feed;
}
