import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlternativeView } from '../../../../core/contract/bookings';
import type { KioskEntry, WalkUpOfferView } from '../../../../core/contract/kiosk';
import { isApiError, type ApiClient, type ApiError } from '../../../api/client';
import { errorText } from '../../../i18n';
import type { KioskClock } from '../clock/kioskClock';
import { offerNow } from '../door/BookOffers';
import { entryUpdateOf, type StatusFeed } from './statusFeed';

/** Where a visitor is in an interaction; `home` is the door at rest. */
export type Flow =
  | { step: 'home' }
  | { step: 'book'; offer: WalkUpOfferView }
  | { step: 'refused'; error: ApiError; minutes: number; title: string }
  | { step: 'taken'; room: { name: string; floor: number | null }; end: string }
  | { step: 'end'; entry: KioskEntry };

const HOME: Flow = { step: 'home' };
const isRefusal = (e: unknown): e is ApiError => isApiError(e) && (e.code === 'CONFLICT' || e.code === 'RULE_VIOLATION');

/**
 * The visitor's steps and the calls behind them. A confirmed change shows at once (from the
 * server's answer), then a full refresh brings the new offers; a refusal opens its sheet with the
 * engine's alternatives; any other failure is said in plain words.
 */
export function useDoorFlow({ client, feed, clock, roomId }: { client: ApiClient; feed: StatusFeed; clock: KioskClock; roomId: string }) {
  const { t } = useTranslation();
  const [flow, setFlow] = useState<Flow>(HOME);
  const [pending, setPending] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = useCallback(
    async (name: string, call: () => Promise<void>, onRefused?: (error: ApiError) => void) => {
      setPending(name);
      setProblem(null);
      const release = feed.hold();
      try {
        await call();
      } catch (error) {
        if (onRefused && isRefusal(error)) onRefused(error);
        else {
          setProblem(t('kiosk.actions.failed', { reason: errorText(error, t) }));
          setFlow(HOME);
        }
        void feed.refresh();
      } finally {
        release();
        setPending(null);
      }
    },
    [feed, t],
  );

  const book = useCallback(
    (minutes: number, end: string | undefined, title: string, otherRoomId?: string) =>
      run(
        'book',
        async () => {
          const result = await client.call('kiosk.bookNow', { minutes, title, ...(end ? { end } : {}), ...(otherRoomId ? { roomId: otherRoomId } : {}) });
          if (result.room.id === roomId) {
            feed.addEntry(result.entry);
            // The walk-up began on the server's clock: the door shows it as running from this frame.
            clock.reach(Date.parse(result.entry.start));
            setFlow(HOME);
          } else {
            setFlow({ step: 'taken', room: result.room, end: result.entry.end });
          }
          void feed.refresh();
        },
        (error) => setFlow({ step: 'refused', error, minutes, title }),
      ),
    [client, clock, feed, roomId, run],
  );

  const change = useCallback(
    (name: string, call: () => Promise<{ id: string; end: string; status: KioskEntry['status']; checkInAt: string | null }>) =>
      run(name, async () => {
        feed.applyBooking(entryUpdateOf(await call()));
        setFlow(HOME);
        void feed.refresh();
      }),
    [feed, run],
  );

  return {
    flow,
    pending,
    problem,
    isAway: flow.step !== 'home',
    home: useCallback(() => {
      setFlow(HOME);
      setProblem(null);
    }, []),
    chooseOffer: (offer: WalkUpOfferView) => setFlow({ step: 'book', offer }),
    confirmBooking: (title: string) => {
      if (flow.step !== 'book') return;
      const { minutes } = offerNow(flow.offer, clock.now());
      void book(minutes, flow.offer.isCut ? flow.offer.end : undefined, title);
    },
    takeAlternative: (alternative: AlternativeView) => {
      if (flow.step !== 'refused') return;
      void book(flow.minutes, undefined, flow.title, alternative.roomId);
    },
    checkIn: (entry: KioskEntry) => void change('checkIn', () => client.call('bookings.checkIn', { id: entry.id })),
    extend: (bookingId: string, end: string) =>
      void change('extend', async () => (await client.call('bookings.extend', { id: bookingId, end })).booking),
    askToEnd: (entry: KioskEntry) => setFlow({ step: 'end', entry }),
    confirmEnd: () => {
      if (flow.step === 'end') void change('end', () => client.call('bookings.end', { id: flow.entry.id }));
    },
  };
}
