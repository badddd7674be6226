import type { KioskEntry, KioskStatus } from '../../../../core/contract/kiosk';

/**
 * What the door says, from the server's facts and the tablet's ticking clock. Pure, so the state
 * moves on by itself (a meeting starts, a countdown runs out) without asking the server again.
 */
export type RoomStateKind = 'free' | 'freeUntil' | 'startingSoon' | 'busy' | 'awaitingCheckIn' | 'maintenance';

/** A meeting this close counts as "starting soon". */
export const STARTING_SOON_MS = 15 * 60_000;

export interface RoomState {
  kind: RoomStateKind;
  /** When the state changes (free until, busy until, maintenance until); null: not today. */
  until: number | null;
  /** The meeting or block holding the room now. */
  current: KioskEntry | null;
  /** The next meeting or block today. */
  next: KioskEntry | null;
  /** Waiting for check-in: when the room is released if nobody checks in. */
  releaseAt: number | null;
  /** The meeting that may be checked in right now (the current one, or the next one in its window). */
  checkInFor: KioskEntry | null;
}

const ms = (iso: string) => Date.parse(iso);
const isHolding = (e: KioskEntry) => e.kind === 'block' || e.status === 'confirmed' || e.status === 'pending';

/** Back-to-back holders (the next starts when this ends) read as one "busy until". */
function endOfRun(entries: readonly KioskEntry[], first: KioskEntry): number {
  let end = ms(first.end);
  for (const e of entries) {
    if (e.kind === first.kind && ms(e.start) <= end && ms(e.end) > end) end = ms(e.end);
  }
  return end;
}

export function checkInOpen(entry: KioskEntry, now: number): boolean {
  if (entry.kind !== 'booking' || entry.status !== 'confirmed' || entry.checkInAt || !entry.checkIn) return false;
  return ms(entry.checkIn.opensAt) <= now && now < ms(entry.checkIn.closesAt);
}

export function roomState(status: Pick<KioskStatus, 'room' | 'entries'>, now: number): RoomState {
  const entries = status.entries.filter(isHolding).sort((a, b) => ms(a.start) - ms(b.start));
  const current = entries.find((e) => ms(e.start) <= now && now < ms(e.end)) ?? null;
  const next = entries.find((e) => ms(e.start) > now) ?? null;
  const checkInFor = [current, next].find((e): e is KioskEntry => e !== null && checkInOpen(e, now)) ?? null;
  const base = { current, next, releaseAt: null, checkInFor };

  if (status.room.status === 'maintenance') return { ...base, kind: 'maintenance', until: null };
  if (current?.kind === 'block') return { ...base, kind: 'maintenance', until: endOfRun(entries, current) };
  if (current) {
    const release = current.checkIn?.releaseAt ? ms(current.checkIn.releaseAt) : null;
    if (release !== null && !current.checkInAt && current.status === 'confirmed') {
      return { ...base, kind: 'awaitingCheckIn', until: ms(current.end), releaseAt: release };
    }
    return { ...base, kind: 'busy', until: endOfRun(entries, current) };
  }
  if (next && ms(next.start) - now <= STARTING_SOON_MS) return { ...base, kind: 'startingSoon', until: ms(next.start) };
  if (next) return { ...base, kind: 'freeUntil', until: ms(next.start) };
  return { ...base, kind: 'free', until: null };
}

/** Whether the room is free now (a visitor may book it). */
export const isFreeState = (kind: RoomStateKind) => kind === 'free' || kind === 'freeUntil' || kind === 'startingSoon';
