import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import {
  advanceDecisions,
  canCheckIn,
  canReschedule,
  checkInWindow,
  isActiveBooking,
  isChangeAllowed,
  type LifecycleBooking,
} from './lifecycle';
import { resolveRules } from './resolve';
import { accepted, input, makeRoom, request } from './testkit';

const rules = resolveRules({ global: {} }).rules; // check-in required, opens 5 min before, release after 10
const relaxed = resolveRules({ global: { checkIn: { required: false } } }).rules;
const t = (hhmm: string) => new Date(`2026-11-25T${hhmm}+03:00`);
const meeting = (o: Partial<LifecycleBooking> = {}): LifecycleBooking => ({
  id: 'b1',
  start: t('10:00'),
  end: t('11:00'),
  status: 'confirmed',
  holdExpiresAt: null,
  checkedInAt: null,
  ...o,
});

describe('what may change, and when (freeze 15 minutes before the start)', () => {
  it('allows anything 20 minutes before the start (09:40 for 10:00)', () => {
    expect(canReschedule(meeting(), rules, t('09:40'))).toEqual({ scope: 'any', violation: null });
  });

  it('freezes time and room 10 minutes before the start (09:50), but not the details', () => {
    const check = canReschedule(meeting(), rules, t('09:50'));
    expect(check.scope).toBe('detailsOnly');
    expect(check.violation?.message).toBe(
      'The meeting starts in 10 minutes; its time and room are frozen 15 minutes before the start.',
    );
    expect(isChangeAllowed(check.scope, ['start', 'end'])).toBe(false);
    expect(isChangeAllowed(check.scope, ['title', 'description'])).toBe(true);
  });

  it('allows only the description once the meeting has begun (10:05)', () => {
    const check = canReschedule(meeting(), rules, t('10:05'));
    expect([check.scope, check.violation?.code]).toEqual(['descriptionOnly', 'alreadyStarted']);
    expect(isChangeAllowed(check.scope, ['description'])).toBe(true);
    expect(isChangeAllowed(check.scope, ['title'])).toBe(false);
  });

  it('allows nothing after the end (11:00) or for a cancelled booking', () => {
    expect(canReschedule(meeting(), rules, t('11:00')).scope).toBe('none');
    expect(canReschedule(meeting({ status: 'cancelled' }), rules, t('09:00')).violation?.code).toBe('notActive');
    expect(isChangeAllowed('none', [])).toBe(true);
  });
});

describe('check-in', () => {
  it('opens at 09:55 and releases at 10:10 for a 10:00 meeting', () => {
    expect(checkInWindow(meeting(), rules)).toEqual({
      required: true,
      opensAt: t('09:55'),
      closesAt: t('10:10'),
      releaseAt: t('10:10'),
    });
  });

  it('never releases after the end of a 5-minute meeting', () => {
    expect(checkInWindow(meeting({ end: t('10:05') }), rules).releaseAt).toEqual(t('10:05'));
  });

  it('stays open until the end when check-in is not required', () => {
    expect(checkInWindow(meeting(), relaxed)).toMatchObject({ releaseAt: null, closesAt: t('11:00') });
  });

  it('refuses 09:54, accepts 09:55 and 10:09, refuses 10:10', () => {
    expect(canCheckIn(meeting(), rules, t('09:54'))?.code).toBe('checkInNotOpen');
    expect(canCheckIn(meeting(), rules, t('09:55'))).toBeNull();
    expect(canCheckIn(meeting(), rules, t('10:09'))).toBeNull();
    expect(canCheckIn(meeting(), rules, t('10:10'))?.message).toBe('Check-in closed 10 minutes after the start.');
  });

  it('refuses a pending booking and a second check-in', () => {
    expect(canCheckIn(meeting({ status: 'pending' }), rules, t('10:00'))?.code).toBe('notConfirmed');
    expect(canCheckIn(meeting({ checkedInAt: t('09:58') }), rules, t('10:00'))?.code).toBe('alreadyCheckedIn');
  });
});

describe('advancing the clock', () => {
  const rulesFor = () => rules;

  it('releases a no-show at 10:10, not at 10:09', () => {
    expect(advanceDecisions([meeting()], rulesFor, t('10:09'))).toEqual([]);
    expect(advanceDecisions([meeting()], rulesFor, t('10:10'))).toEqual([{ id: 'b1', status: 'released', at: t('10:10') }]);
  });

  it('completes a checked-in meeting at its end, 11:00', () => {
    const b = meeting({ checkedInAt: t('09:58') });
    expect(advanceDecisions([b], rulesFor, t('10:59'))).toEqual([]);
    expect(advanceDecisions([b], rulesFor, t('11:00'))).toEqual([{ id: 'b1', status: 'completed', at: t('11:00') }]);
  });

  it('releases, rather than completes, a no-show noticed only after the end', () => {
    expect(advanceDecisions([meeting()], rulesFor, t('12:00'))[0]?.status).toBe('released');
  });

  it('completes without check-in when the rules do not require it', () => {
    expect(advanceDecisions([meeting()], () => relaxed, t('11:00'))[0]?.status).toBe('completed');
  });

  it('expires a pending booking when its hold runs out, and one never approved by its end', () => {
    const held = meeting({ status: 'pending', holdExpiresAt: t('09:00') });
    expect(advanceDecisions([held], rulesFor, t('08:59'))).toEqual([]);
    expect(advanceDecisions([held], rulesFor, t('09:00'))).toEqual([{ id: 'b1', status: 'expired', at: t('09:00') }]);
    const unheld = meeting({ status: 'pending', holdExpiresAt: null });
    expect(advanceDecisions([unheld], rulesFor, t('11:00'))[0]).toMatchObject({ status: 'expired', at: t('11:00') });
  });

  it('leaves cancelled, rejected and already final bookings alone', () => {
    const done = (['cancelled', 'rejected', 'expired', 'released', 'completed'] as const).map((status, i) =>
      meeting({ id: `b${i}`, status }),
    );
    expect(advanceDecisions(done, rulesFor, t('23:00'))).toEqual([]);
  });

  it('from request to expiry: an approval room holds a 2 pm booking until 11:00, then it expires', () => {
    const room = makeRoom('Клиентская', { requiresApproval: true });
    const now = t('09:00');
    const d = accepted(evaluate(input(room, [], request(room, t('14:00'), t('15:00'))), now));
    const b = meeting({ start: t('14:00'), end: t('15:00'), status: d.status, holdExpiresAt: d.holdExpiresAt });
    expect(advanceDecisions([b], () => room.rules, t('10:59'))).toEqual([]);
    expect(advanceDecisions([b], () => room.rules, t('11:00'))).toEqual([{ id: 'b1', status: 'expired', at: t('11:00') }]);
  });
});

describe('active bookings', () => {
  it('counts pending and confirmed bookings that have not ended', () => {
    expect(isActiveBooking(meeting(), t('10:30'))).toBe(true);
    expect(isActiveBooking(meeting({ status: 'pending' }), t('09:00'))).toBe(true);
    expect(isActiveBooking(meeting(), t('11:00'))).toBe(false);
    expect(isActiveBooking(meeting({ status: 'cancelled' }), t('09:00'))).toBe(false);
  });
});
