import { useMemo } from 'react';
import type { BookingView, Room } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import { useOffice } from '../officeContext';

export interface PendingBookings {
  /** Still open for a decision, the hold that runs out first on top. */
  list: BookingView[] | undefined;
  rooms: readonly Room[];
  roomOf(id: string): Room | undefined;
  zoneOf(booking: BookingView): string;
  isLoading: boolean;
  error: unknown;
  reload(): void;
}

const holdEnd = (b: BookingView) => Math.min(Date.parse(b.holdExpiresAt ?? b.start), Date.parse(b.start));

/** Pending bookings of the office chosen in the app bar (or of every office), with their rooms and clocks. */
export function usePendingBookings(isAllowed: boolean, now: number): PendingBookings {
  const { officeId, offices } = useOffice();
  const pending = useApiQuery('bookings.list', { status: ['pending'], ...(officeId ? { officeId } : {}), limit: 500 }, isAllowed);
  const rooms = useApiQuery('rooms.list', officeId ? { officeId } : {}, isAllowed);
  const byId = useMemo(() => new Map((rooms.data ?? []).map((r) => [r.id, r])), [rooms.data]);
  const zones = useMemo(() => new Map(offices.map((o) => [o.id, o.timeZone])), [offices]);
  const list = useMemo(
    () => (pending.data && rooms.data ? pending.data.filter((b) => Date.parse(b.end) > now && byId.has(b.roomId)).sort((a, b) => holdEnd(a) - holdEnd(b)) : undefined),
    [pending.data, rooms.data, byId, now],
  );
  return {
    list,
    rooms: rooms.data ?? [],
    roomOf: (id) => byId.get(id),
    zoneOf: (b) => zones.get(byId.get(b.roomId)?.officeId ?? '') ?? 'UTC',
    isLoading: pending.isLoading || rooms.isLoading,
    error: pending.error ?? rooms.error,
    reload: () => {
      pending.reload();
      rooms.reload();
    },
  };
}
