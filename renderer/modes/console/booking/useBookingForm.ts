import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlternativeView, BookingView, Output } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { currentLanguage } from '../../../i18n';
import { createInput, draftOf, emptyDraft, endText, seriesInput, updateInput, type BookingDraft, type DraftStart } from './bookingDraft';
import { formatTime, localDay } from './officeTime';
import { readRefusal, type Refusal } from './refusal';

export type BookingFormMode =
  | { kind: 'create'; initial: DraftStart }
  | { kind: 'edit'; booking: BookingView };

/** What an accepted request gave: the booking (or a series' first one) and what to tell the person. */
export interface BookingDone {
  booking: BookingView;
  /** Pending approval: held until then. */
  holdUntil: string | null;
  /** A series: how many were booked and how many were skipped. */
  series: { booked: number; skipped: number } | null;
}

type Outcome = Output<'bookings.create'> | Output<'bookings.createSeries'>;

function doneOf(outcome: Outcome): BookingDone | null {
  if ('series' in outcome) {
    const first = outcome.bookings[0];
    if (!first) return null;
    return { booking: first, holdUntil: first.holdExpiresAt, series: { booked: outcome.bookings.length, skipped: outcome.skipped.length } };
  }
  return { booking: outcome.booking, holdUntil: outcome.booking.holdExpiresAt, series: null };
}

/**
 * The booking dialog's state and its one submit path: a single meeting, a series, or a change.
 * A refusal keeps the form as it is and explains; an offered alternative resubmits with that
 * room and time.
 */
export function useBookingForm(mode: BookingFormMode, timeZone: string, onDone: (done: BookingDone) => void) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<BookingDraft>(() => (mode.kind === 'edit' ? draftOf(mode.booking, timeZone) : emptyDraft(mode.initial)));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const change = useCallback((patch: Partial<BookingDraft>) => setDraft((d) => ({ ...d, ...patch })), []);

  const send = useCallback(
    async (d: BookingDraft, skipConflicts = false) => {
      setIsSubmitting(true);
      setRefusal(null);
      try {
        let outcome: Outcome;
        if (mode.kind === 'edit') outcome = await api.call('bookings.update', updateInput(d, mode.booking, timeZone));
        else if (d.repeat !== 'none') outcome = await api.call('bookings.createSeries', seriesInput(d, timeZone, skipConflicts));
        else outcome = await api.call('bookings.create', createInput(d, timeZone));
        const done = doneOf(outcome);
        if (done) onDone(done);
      } catch (error) {
        setRefusal(readRefusal(error, { t, timeZone, locale: currentLanguage(i18n.language) }));
      } finally {
        setIsSubmitting(false);
      }
    },
    [api, mode, timeZone, onDone, t, i18n.language],
  );

  const submit = useCallback((skipConflicts = false) => send(draft, skipConflicts), [send, draft]);

  /** Takes an offered alternative: the form shows it, and it is booked at once. */
  const take = useCallback(
    (a: AlternativeView) => {
      const start = Date.parse(a.start);
      const day = localDay(start, timeZone);
      const next: BookingDraft = { ...draft, roomId: a.roomId, day, start: formatTime(start, timeZone), end: endText(Date.parse(a.end), day, timeZone) };
      setDraft(next);
      void send(next);
    },
    [draft, send, timeZone],
  );

  return { draft, change, refusal, clearRefusal: () => setRefusal(null), isSubmitting, submit, take };
}
