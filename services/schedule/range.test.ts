import { describe, expect, it } from 'vitest';
import { checkRange } from './commonTime';

describe('How long a range the finders take', () => {
  it('takes 62 calendar days in Berlin across the autumn clock change (2026-09-01 to 2026-11-02, 62 days and an hour)', () => {
    const from = Date.parse('2026-08-31T22:00:00Z'); // 2026-09-01 00:00 in Berlin (UTC+2)
    const to = Date.parse('2026-11-01T23:00:00Z'); // 2026-11-02 00:00 in Berlin (UTC+1)
    expect(() => checkRange(from, to, 62)).not.toThrow();
  });

  it('refuses 63 days, naming the limit', () => {
    const from = Date.parse('2026-09-01T00:00:00Z');
    expect(() => checkRange(from, from + 63 * 86_400_000, 62)).toThrow(expect.objectContaining({ code: 'VALIDATION', key: 'errors.rangeTooLong', params: { days: 62 } }));
  });

  it('refuses a range that ends before it starts, or where it starts', () => {
    const at = Date.parse('2026-09-01T09:00:00Z');
    expect(() => checkRange(at, at, 62)).toThrow(expect.objectContaining({ key: 'errors.endBeforeStart' }));
    expect(() => checkRange(at, at - 1, 62)).toThrow(expect.objectContaining({ key: 'errors.endBeforeStart' }));
  });
});
