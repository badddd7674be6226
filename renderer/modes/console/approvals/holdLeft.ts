import type { BookingView } from '../../../../core/contract';

/** How long a pending booking still holds its slot: until its hold expires or it starts, whichever is first. */
export function holdLeft(b: Pick<BookingView, 'holdExpiresAt' | 'start'>, now: number): { minutes: number; hours: number; rest: number } | null {
  if (!b.holdExpiresAt) return null;
  const until = Math.min(Date.parse(b.holdExpiresAt), Date.parse(b.start));
  const minutes = Math.max(0, Math.ceil((until - now) / 60_000));
  return { minutes, hours: Math.floor(minutes / 60), rest: minutes % 60 };
}
