import { describe, expect, it } from 'vitest';
import { NO_AUDIT_FILTERS, toAuditInput } from './auditFilters';

describe('audit filters', () => {
  it('asks for a page of everything by default', () => {
    expect(toAuditInput(NO_AUDIT_FILTERS, 'Europe/Moscow')).toEqual({ limit: 50 });
  });

  it('reads the days on the office clock and includes the whole last day', () => {
    expect(toAuditInput({ ...NO_AUDIT_FILTERS, action: 'device.', from: '2026-11-23', to: '2026-11-23' }, 'Europe/Moscow', 'c1')).toEqual({
      limit: 50,
      action: 'device.',
      from: '2026-11-22T21:00:00.000Z',
      to: '2026-11-23T21:00:00.000Z',
      cursor: 'c1',
    });
  });
});
