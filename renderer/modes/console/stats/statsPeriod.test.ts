import { describe, expect, it } from 'vitest';
import { periodOf } from './statsPeriod';

const NOW = new Date('2026-11-23T21:30:00Z'); // already 24 November in Moscow
const choice = (preset: Parameters<typeof periodOf>[0]['preset'], fromDay = '', toDay = '') => ({ preset, fromDay, toDay });

describe('statistics periods', () => {
  it("counts days on the office clock, today included", () => {
    expect(periodOf(choice('last7'), 'Europe/Moscow', NOW)).toEqual({
      from: '2026-11-17T21:00:00.000Z',
      to: '2026-11-24T21:00:00.000Z',
      fromDay: '2026-11-18',
      toDay: '2026-11-24',
    });
  });

  it('takes whole calendar months', () => {
    expect(periodOf(choice('lastMonth'), 'Europe/Berlin', NOW)).toMatchObject({ fromDay: '2026-10-01', toDay: '2026-10-31', from: '2026-09-30T22:00:00.000Z', to: '2026-10-31T23:00:00.000Z' });
    expect(periodOf(choice('thisMonth'), 'Europe/Berlin', NOW)).toMatchObject({ fromDay: '2026-11-01', toDay: '2026-11-30' });
  });

  it('refuses custom days that are missing, reversed or longer than the statistics allow', () => {
    expect(periodOf(choice('custom', '2026-11-01', '2026-11-03'), 'UTC', NOW)).toMatchObject({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z' });
    expect(periodOf(choice('custom', '', '2026-11-03'), 'UTC', NOW)).toBeNull();
    expect(periodOf(choice('custom', '2026-11-04', '2026-11-03'), 'UTC', NOW)).toBeNull();
    expect(periodOf(choice('custom', '2024-01-01', '2026-11-03'), 'UTC', NOW)).toBeNull();
  });
});
