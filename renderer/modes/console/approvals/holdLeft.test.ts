import { describe, expect, it } from 'vitest';
import { holdLeft } from './holdLeft';

const NOW = Date.parse('2026-11-21T09:00:00.000Z');

describe('how long a pending booking holds its slot', () => {
  it('counts to the hold expiry, in whole minutes rounded up', () => {
    expect(holdLeft({ holdExpiresAt: '2026-11-21T10:35:30.000Z', start: '2026-11-23T08:00:00.000Z' }, NOW)).toEqual({ minutes: 96, hours: 1, rest: 36 });
  });

  it('stops at the start when the meeting begins before the hold runs out', () => {
    expect(holdLeft({ holdExpiresAt: '2026-11-21T11:00:00.000Z', start: '2026-11-21T09:30:00.000Z' }, NOW)).toEqual({ minutes: 30, hours: 0, rest: 30 });
  });

  it('is over, not negative, once the hold has run out; and absent without a hold', () => {
    expect(holdLeft({ holdExpiresAt: '2026-11-21T08:00:00.000Z', start: '2026-11-23T08:00:00.000Z' }, NOW)?.minutes).toBe(0);
    expect(holdLeft({ holdExpiresAt: null, start: '2026-11-23T08:00:00.000Z' }, NOW)).toBeNull();
  });
});
