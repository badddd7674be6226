import { describe, expect, it } from 'vitest';
import type { User } from '../../../../../core/contract';
import { changeOf, draftOf, hasChanges, sessionEndings } from './userChange';

const anna: User = {
  id: '0190a0a0-0000-7000-8000-000000000001',
  email: 'anna@roomly.test',
  name: 'Anna',
  role: 'employee',
  officeId: '0190a0a0-0000-7000-8000-0000000000aa',
  locale: 'ru',
  active: true,
};

describe('a change to a person', () => {
  it('sends only the fields that changed', () => {
    const draft = { ...draftOf(anna), locale: 'en' as const, reason: '  asked for it ' };
    expect(changeOf(anna, draft)).toEqual({ id: anna.id, locale: 'en', reason: 'asked for it' });
    expect(hasChanges(changeOf(anna, draftOf(anna)))).toBe(false);
  });

  it('clears the office with null ("every office")', () => {
    expect(changeOf(anna, { ...draftOf(anna), officeId: '' })).toEqual({ id: anna.id, officeId: null });
  });

  it('knows which changes end their sessions: a new role, a switch-off, a new password', () => {
    expect(sessionEndings(anna, { ...draftOf(anna), name: 'Anna S.' })).toEqual([]);
    expect(sessionEndings(anna, { ...draftOf(anna), role: 'manager', active: false, password: 'x'.repeat(12) })).toEqual([
      'role',
      'deactivate',
      'password',
    ]);
    expect(sessionEndings({ ...anna, active: false }, { ...draftOf(anna), active: true })).toEqual([]);
  });
});
