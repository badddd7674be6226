import { describe, expect, it } from 'vitest';
import type { Office } from '../../../../../core/contract';
import { ApiError } from '../../../../api/ApiError';
import { copyToWorkdays, draftOfOffice, draftProblems, fieldOfPath, hasChanges, newOfficeDraft, problemsOfError, toCreateInput, toUpdateInput, type OfficeDraft } from './officeDraft';

const moscow: Office = {
  id: '0190a0a0-0000-7000-8000-0000000000aa',
  name: 'Moscow',
  timeZone: 'Europe/Moscow',
  workingHours: { mon: [['09:00', '19:00']], tue: [['09:00', '13:00'], ['14:00', '19:00']], sat: [] },
  holidays: ['2026-11-04'],
};

const tbilisi = (): OfficeDraft => ({ ...newOfficeDraft(), name: ' Tbilisi ', timeZone: 'Asia/Tbilisi' });

describe('the office form', () => {
  it('starts a new office open on weekdays 09:00–19:00 and closed at the weekend, as the server would', () => {
    expect(toCreateInput(tbilisi())).toEqual({
      name: 'Tbilisi',
      timeZone: 'Asia/Tbilisi',
      workingHours: { mon: [['09:00', '19:00']], tue: [['09:00', '19:00']], wed: [['09:00', '19:00']], thu: [['09:00', '19:00']], fri: [['09:00', '19:00']], sat: [], sun: [] },
      holidays: [],
    });
  });

  it('keeps the days an office leaves to the rules out of what it sends', () => {
    const draft = draftOfOffice(moscow);
    expect(draft.hours.wed).toBeNull();
    expect(draft.hours.sat).toEqual([]);
    expect(toCreateInput(draft).workingHours).toEqual(moscow.workingHours);
  });

  it('sends only what changed: editing nothing changes nothing, a rename is only a name', () => {
    expect(hasChanges(moscow, draftOfOffice(moscow))).toBe(false);
    expect(toUpdateInput(moscow, { ...draftOfOffice(moscow), name: 'Moscow City ' })).toEqual({ id: moscow.id, name: 'Moscow City' });
    const closedWednesday = draftOfOffice(moscow);
    closedWednesday.hours.wed = [];
    expect(toUpdateInput(moscow, closedWednesday)).toEqual({ id: moscow.id, workingHours: { ...moscow.workingHours, wed: [] } });
  });

  it('copies Monday to the other working days', () => {
    const draft = tbilisi();
    draft.hours.mon = [['09:00', '18:00']];
    const copied = copyToWorkdays(draft);
    expect(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => copied.hours[d as 'mon'])).toEqual(Array(5).fill([['09:00', '18:00']]));
    expect(copied.hours.sat).toEqual([]);
  });
});

describe('what is wrong with an office, field by field', () => {
  it('finds with the contract itself: no name, an unknown zone, closing before opening, overlapping ranges', () => {
    const draft = { ...newOfficeDraft(), timeZone: 'Mars/Olympus' };
    draft.hours.mon = [['18:00', '09:00']];
    draft.hours.thu = [['09:00', '13:00'], ['12:00', '18:00']];
    expect(draftProblems(draft)).toEqual({ name: 'invalid', timeZone: 'invalid', 'hours.mon': 'invalid', 'hours.thu': 'invalid' });
    expect(draftProblems(tbilisi())).toEqual({});
  });

  it('lets an office stored with hours the contract now refuses be renamed, and refuses those hours once touched', () => {
    const old: Office = { ...moscow, workingHours: { ...moscow.workingHours, fri: [['19:00', '09:00']] } };
    expect(draftProblems({ ...draftOfOffice(old), name: 'Moscow City' }, old)).toEqual({});
    const touched = draftOfOffice(old);
    touched.hours.sat = [['10:00', '14:00']];
    expect(draftProblems(touched, old)).toEqual({ 'hours.fri': 'invalid' });
  });

  it('reads the fields a server refusal names, a taken name as taken', () => {
    const refusal = (code: 'VALIDATION' | 'CONFLICT', paths: string[]) =>
      new ApiError({ code, message: 'No.', key: `errors.${code}`, details: { fields: paths.map((path) => ({ path, message: 'no' })) } }, 'offices.create');
    expect(problemsOfError(refusal('VALIDATION', ['timeZone', 'workingHours.fri.0', 'holidays.2']))).toEqual({ timeZone: 'invalid', 'hours.fri': 'invalid', holidays: 'invalid' });
    expect(problemsOfError(refusal('CONFLICT', ['name']))).toEqual({ name: 'taken' });
    expect(problemsOfError(new ApiError({ code: 'OFFLINE', message: 'Down.', key: 'errors.OFFLINE' }, 'offices.create'))).toEqual({});
    expect(problemsOfError(new Error('boom'))).toEqual({});
  });

  it('points a path at its field, and at none when the form has no such field', () => {
    expect(fieldOfPath('workingHours.sun')).toBe('hours.sun');
    expect(fieldOfPath('workingHours.funday.0')).toBeNull();
    expect(fieldOfPath('(input)')).toBeNull();
  });
});
