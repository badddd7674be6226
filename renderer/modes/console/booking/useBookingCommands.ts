import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { currentLanguage } from '../../../i18n';
import { readRefusal, type Refusal } from './refusal';

export type Command =
  | { kind: 'approve'; reason?: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'cancel'; reason?: string }
  | { kind: 'checkIn' }
  | { kind: 'end' }
  | { kind: 'extend'; end: string };

/**
 * The lifecycle calls on one booking (approve, reject, cancel, check in, end, extend), each
 * resolving to the changed booking or leaving a refusal to show.
 */
export function useBookingCommands(timeZone: string, onChanged: (booking: BookingView, command: Command) => void) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; refusal: Refusal } | null>(null);

  const call = useCallback(
    (id: string, command: Command): Promise<BookingView> => {
      switch (command.kind) {
        case 'approve':
          return api.call('bookings.approve', { id, ...(command.reason ? { reason: command.reason } : {}) });
        case 'reject':
          return api.call('bookings.reject', { id, reason: command.reason });
        case 'cancel':
          return api.call('bookings.cancel', { id, ...(command.reason ? { reason: command.reason } : {}) }).then((o) => o.booking);
        case 'checkIn':
          return api.call('bookings.checkIn', { id });
        case 'end':
          return api.call('bookings.end', { id });
        case 'extend':
          return api.call('bookings.extend', { id, end: command.end }).then((o) => o.booking);
      }
    },
    [api],
  );

  const run = useCallback(
    async (id: string, command: Command): Promise<boolean> => {
      setBusyId(id);
      setFailure(null);
      try {
        onChanged(await call(id, command), command);
        return true;
      } catch (error) {
        setFailure({ id, refusal: readRefusal(error, { t, timeZone, locale: currentLanguage(i18n.language) }) });
        return false;
      } finally {
        setBusyId(null);
      }
    },
    [call, onChanged, t, timeZone, i18n.language],
  );

  return { run, busyId, failure, clearFailure: () => setFailure(null) };
}
