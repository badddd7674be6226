import { useMemo } from 'react';
import type { BookingView, Office, Room } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import { useOffice } from '../officeContext';

const DAY_MS = 24 * 60 * 60_000;
/** How far back "past" reaches. */
export const PAST_DAYS = 30;
const AHEAD_DAYS = 120;

export interface MyBooking {
  booking: BookingView;
  room: Room | undefined;
  office: Office | undefined;
  timeZone: string;
}

export interface MyBookings {
  upcoming: MyBooking[] | undefined;
  past: MyBooking[] | undefined;
  rooms: readonly Room[];
  isLoading: boolean;
  error: unknown;
  reload(): void;
}

const isUpcoming = (b: BookingView, now: number) => (b.status === 'pending' || b.status === 'confirmed') && Date.parse(b.end) > now;

/**
 * The signed-in person's bookings, the ones they organise and the ones they attend, from a month
 * back to four months ahead, each with its room and its office's clock. `from` is fixed per day so
 * the list does not ask again every minute.
 */
export function useMyBookings(userId: string, homeOfficeId: string | null, now: number): MyBookings {
  const { offices } = useOffice();
  const anchor = Math.floor(now / DAY_MS) * DAY_MS;
  const input = { attendeeId: userId, from: new Date(anchor - PAST_DAYS * DAY_MS).toISOString(), to: new Date(anchor + AHEAD_DAYS * DAY_MS).toISOString(), limit: 1000 };
  const list = useApiQuery('bookings.list', input);
  const rooms = useApiQuery('rooms.list', {});
  const data = list.data;
  const roomList = rooms.data;

  const split = useMemo(() => {
    if (!data || !roomList) return { upcoming: undefined, past: undefined };
    const byRoom = new Map(roomList.map((r) => [r.id, r]));
    const byOffice = new Map(offices.map((o) => [o.id, o]));
    // A room the person may not see (restricted to other roles) still happens on an office's clock: their own.
    const home = byOffice.get(homeOfficeId ?? '') ?? offices[0];
    const all = data.map((booking): MyBooking => {
      const room = byRoom.get(booking.roomId);
      const office = room ? byOffice.get(room.officeId) : home;
      return { booking, room, office, timeZone: office?.timeZone ?? 'UTC' };
    });
    return {
      upcoming: all.filter((m) => isUpcoming(m.booking, now)),
      past: all.filter((m) => !isUpcoming(m.booking, now)).reverse(),
    };
  }, [data, roomList, offices, homeOfficeId, now]);

  return {
    ...split,
    rooms: roomList ?? [],
    isLoading: list.isLoading || rooms.isLoading,
    error: list.error ?? rooms.error,
    reload: () => {
      list.reload();
      rooms.reload();
    },
  };
}
