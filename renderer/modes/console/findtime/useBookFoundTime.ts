import { useCallback } from 'react';
import type { Office, Room } from '../../../../core/contract';
import type { CommonSlot } from '../../../../core/contract/availability';
import { useApi } from '../../../api/apiContext';
import type { DraftStart } from '../booking/bookingDraft';
import type { Abilities } from '../booking/useAbilities';
import { bookingStart, firstFreeRoom, meetingIn, meetingPeople, roomFor } from './findTime';
import type { FindQuery } from './useFindTime';

/**
 * What the booking dialog opens with for a picked time: that meeting, the people searched for
 * (organizer and attendees), and the slot's room — or, for a time found without a room, the
 * smallest room the engine says is free then (else a likely one; the dialog shows what is free).
 */
export function useBookFoundTime(office: Office, abilities: Abilities, rooms: readonly Room[], stepMin: number) {
  const api = useApi();
  const me = abilities.user.id;
  const { role } = abilities.user;
  const { canBookForOthers } = abilities;

  const roomAt = useCallback(
    async (meeting: { start: number; end: number }, query: FindQuery): Promise<string | null> => {
      try {
        const free = await api.call('availability.rooms', {
          start: new Date(meeting.start).toISOString(),
          end: new Date(meeting.end).toISOString(),
          capacity: query.people,
          officeId: office.id,
        });
        const roomId = firstFreeRoom(free.rooms, rooms);
        if (roomId) return roomId;
      } catch {
        // The dialog asks again and explains; it starts on a likely room.
      }
      const wish = { seats: query.people, type: query.input.type ?? null, amenities: query.input.amenities ?? [] };
      return roomFor(rooms, wish, role)?.id ?? null;
    },
    [api, office.id, rooms, role],
  );

  return useCallback(
    async (slot: CommonSlot, query: FindQuery): Promise<DraftStart | null> => {
      const meeting = meetingIn(slot, query.durationMin, office.timeZone, stepMin);
      const roomId = slot.room?.id ?? (await roomAt(meeting, query));
      if (!roomId) return null;
      return bookingStart(meeting, roomId, meetingPeople(query.input.userIds, me, canBookForOthers), office.timeZone);
    },
    [office.timeZone, stepMin, roomAt, me, canBookForOthers],
  );
}
