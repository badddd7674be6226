import type { BookingView } from '../../../../core/contract';

/** How a booking looks on the board: one look per state, told apart by more than colour alone. */
export type BookingLook = 'confirmed' | 'checkedIn' | 'pending' | 'masked' | 'past';

export function lookOf(b: BookingView): BookingLook {
  if (b.status === 'pending') return 'pending';
  if (b.status !== 'confirmed') return 'past';
  if (b.isMasked) return 'masked';
  if (b.checkInAt) return 'checkedIn';
  return 'confirmed';
}

export const HATCH_PENDING = 'repeating-linear-gradient(135deg, #FFF1DC 0 6px, #FFFFFF 6px 12px)';
export const STRIPES_BLOCK = 'repeating-linear-gradient(45deg, #DADEE7 0 7px, #F1F3F7 7px 14px)';
export const CLOSED_FILL = 'repeating-linear-gradient(135deg, #F1F3F7 0 4px, #F7F8FB 4px 8px)';

export const LOOKS: Record<BookingLook, { bg: string; border: string; color: string; borderStyle: string }> = {
  confirmed: { bg: '#E8EDFF', border: '#2847D9', color: '#14237A', borderStyle: 'solid' },
  checkedIn: { bg: '#E2F3E8', border: '#1B7A3D', color: '#0F4A25', borderStyle: 'solid' },
  pending: { bg: HATCH_PENDING, border: '#A14B00', color: '#5C2B00', borderStyle: 'dashed' },
  masked: { bg: '#ECEEF3', border: '#8A93A8', color: '#3A4257', borderStyle: 'solid' },
  past: { bg: '#F2F4F8', border: '#B7BECD', color: '#535C72', borderStyle: 'solid' },
};
