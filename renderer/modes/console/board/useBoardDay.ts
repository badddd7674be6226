import { useCallback, useEffect, useState } from 'react';
import type { Room, RoomDay } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { useApiQuery } from '../../../api/useApiQuery';

/** The board refreshes itself this often, so a desk screen left open stays true. */
export const REFRESH_MS = 60_000;

export interface BoardDay {
  rooms: readonly Room[] | undefined;
  days: ReadonlyMap<string, RoomDay> | undefined;
  /** The first load of this office and day (the board keeps the last picture while refreshing). */
  isLoading: boolean;
  isRefreshing: boolean;
  error: unknown;
  reload(): void;
}

interface Answer {
  key: string;
  days: Map<string, RoomDay> | undefined;
  error: unknown;
}

/**
 * The office's rooms and each one's day (`schedule.room`, one call per room, in parallel: an
 * office has a dozen rooms, not hundreds). Answers for another office or day are dropped.
 */
export function useBoardDay(officeId: string | null, day: string): BoardDay {
  const api = useApi();
  const rooms = useApiQuery('rooms.list', officeId ? { officeId } : {}, officeId !== null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [tick, setTick] = useState(0);
  const roomIds = (rooms.data ?? []).map((r) => r.id).join(',');
  const key = `${officeId}|${day}|${roomIds}`;
  const requestKey = `${key}#${tick}`;

  useEffect(() => {
    if (!rooms.data) return;
    let isCurrent = true;
    const ids = roomIds ? roomIds.split(',') : [];
    Promise.all(ids.map((roomId) => api.call('schedule.room', { roomId, date: day }))).then(
      (list) => isCurrent && setAnswer({ key: requestKey, days: new Map(list.map((d) => [d.roomId, d])), error: null }),
      (error: unknown) => isCurrent && setAnswer((prior) => ({ key: requestKey, days: prior?.key.startsWith(`${key}#`) ? prior.days : undefined, error })),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, day, roomIds, rooms.data, key, requestKey]);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const reloadRooms = rooms.reload;
  const reload = useCallback(() => {
    setTick((n) => n + 1);
    reloadRooms();
  }, [reloadRooms]);

  const isSameDay = answer?.key.startsWith(`${key}#`) ?? false;
  return {
    rooms: rooms.data,
    days: isSameDay ? answer?.days : undefined,
    isLoading: !rooms.error && (!rooms.data || !isSameDay || answer?.days === undefined) && !(isSameDay && answer?.error),
    isRefreshing: answer?.key !== requestKey,
    error: rooms.error ?? (answer?.key === requestKey ? answer.error : null),
    reload,
  };
}
