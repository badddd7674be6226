import { describe, expect, it } from 'vitest';
import { defaultSpan, spanInstants } from './maintenanceSpan';

describe('a maintenance span', () => {
  it('starts at the next full hour on the office clock and lasts two hours', () => {
    expect(defaultSpan('Europe/Moscow', new Date('2026-11-23T06:20:00Z'))).toEqual({ start: '2026-11-23T10:00', end: '2026-11-23T12:00' });
  });

  it('reads the inputs in the office zone and refuses an end before the start', () => {
    expect(spanInstants({ start: '2026-11-23T10:00', end: '2026-11-23T12:00' }, 'Europe/Moscow')).toEqual({
      start: '2026-11-23T07:00:00.000Z',
      end: '2026-11-23T09:00:00.000Z',
    });
    expect(spanInstants({ start: '2026-11-23T12:00', end: '2026-11-23T12:00' }, 'Europe/Moscow')).toBeNull();
    expect(spanInstants({ start: '', end: '2026-11-23T12:00' }, 'Europe/Moscow')).toBeNull();
  });
});
