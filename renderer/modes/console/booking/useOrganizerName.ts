import type { BookingView } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import type { People } from './usePeople';

/**
 * The organizer's name. People who may not list the directory ask the room who has it at the
 * booking's start (`schedule.at`), which names the organizer of a booking they may see.
 */
export function useOrganizerName(booking: BookingView, people: People): string | null {
  const known = people.name(booking.organizerId);
  const isAskable = !known && !booking.isMasked && (booking.status === 'pending' || booking.status === 'confirmed' || booking.status === 'completed');
  const at = useApiQuery('schedule.at', { roomId: booking.roomId, at: booking.start }, isAskable);
  if (known) return known;
  const answer = at.data;
  return answer?.booking?.id === booking.id ? (answer.organizer?.name ?? null) : null;
}
