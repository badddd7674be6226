import { describe, expect, it } from 'vitest';
import { checkDraft, defaultDraft, draftFromSpan } from './unavailableDraft';
import { BERLIN, berlinDay, springDay } from './scheduleTestDays';

const draft = (day: string, start: string, end: string) => ({ day, start, end, reason: '' });
const at = (iso: string) => Date.parse(iso);

describe('marking time unavailable', () => {
  it('reads 14:00–15:00 on 2026-03-29 in Berlin as 12:00–13:00 UTC (summer time from 02:00 that night)', () => {
    expect(checkDraft(draft('2026-03-29', '14:00', '15:00'), BERLIN)).toEqual({ ok: true, start: '2026-03-29T12:00:00.000Z', end: '2026-03-29T13:00:00.000Z' });
    expect(checkDraft(draft('2026-03-28', '14:00', '15:00'), BERLIN)).toEqual({ ok: true, start: '2026-03-28T13:00:00.000Z', end: '2026-03-28T14:00:00.000Z' });
  });

  it('reads 14:00–15:00 on 2026-10-25 in Berlin as 13:00–14:00 UTC (winter time from 03:00 that night)', () => {
    expect(checkDraft(draft('2026-10-25', '14:00', '15:00'), BERLIN)).toEqual({ ok: true, start: '2026-10-25T13:00:00.000Z', end: '2026-10-25T14:00:00.000Z' });
  });

  it('makes 01:00–04:00 on 2026-03-29 in Berlin two hours long, and on 2026-10-25 four', () => {
    expect(checkDraft(draft('2026-03-29', '01:00', '04:00'), BERLIN)).toEqual({ ok: true, start: '2026-03-29T00:00:00.000Z', end: '2026-03-29T02:00:00.000Z' });
    expect(checkDraft(draft('2026-10-25', '01:00', '04:00'), BERLIN)).toEqual({ ok: true, start: '2026-10-24T23:00:00.000Z', end: '2026-10-25T03:00:00.000Z' });
  });

  it('refuses 02:30 on 2026-03-29 in Berlin: the clocks skip from 02:00 to 03:00', () => {
    expect(checkDraft(draft('2026-03-29', '02:30', '04:00'), BERLIN)).toEqual({ ok: false, problem: 'skipped', time: '02:30' });
  });

  it('reads an end of 00:00 as midnight at the end of the day: 23:00–00:00 on 2026-03-29 in Berlin', () => {
    expect(checkDraft(draft('2026-03-29', '23:00', '00:00'), BERLIN)).toEqual({ ok: true, start: '2026-03-29T21:00:00.000Z', end: '2026-03-29T22:00:00.000Z' });
  });

  it('refuses an end at or before the start, and a form not filled in', () => {
    expect(checkDraft(draft('2026-11-23', '15:00', '14:00'), BERLIN)).toEqual({ ok: false, problem: 'reversed' });
    expect(checkDraft(draft('2026-11-23', '14:00', '14:00'), BERLIN)).toEqual({ ok: false, problem: 'reversed' });
    expect(checkDraft(draft('2026-11-23', '', '14:00'), BERLIN)).toEqual({ ok: false, problem: 'incomplete' });
    expect(checkDraft(draft('', '13:00', '14:00'), BERLIN)).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('fills the form from a span chosen on the calendar: 12:00–13:00 UTC on 2026-03-29 reads 14:00–15:00 in Berlin', () => {
    expect(draftFromSpan(at('2026-03-29T12:00:00.000Z'), at('2026-03-29T13:00:00.000Z'), BERLIN)).toEqual(draft('2026-03-29', '14:00', '15:00'));
    expect(draftFromSpan(at('2026-03-29T21:00:00.000Z'), at('2026-03-29T22:00:00.000Z'), BERLIN)).toEqual(draft('2026-03-29', '23:00', '00:00'));
  });

  it('offers an hour from the next whole hour today, from the opening on another day, and 09:00 on a closed day', () => {
    const day = springDay();
    expect(defaultDraft(day, '2026-03-29', BERLIN, at('2026-03-29T08:20:00.000Z'))).toEqual(draft('2026-03-29', '11:00', '12:00'));
    expect(defaultDraft(day, '2026-03-29', BERLIN, at('2026-03-28T08:20:00.000Z'))).toEqual(draft('2026-03-29', '09:00', '10:00'));
    expect(defaultDraft(day, '2026-03-29', BERLIN, at('2026-03-29T05:00:00.000Z'))).toEqual(draft('2026-03-29', '09:00', '10:00'));
    const closed = berlinDay('2026-11-22', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z', []);
    expect(defaultDraft(closed, '2026-11-22', BERLIN, at('2026-11-20T08:00:00.000Z'))).toEqual(draft('2026-11-22', '09:00', '10:00'));
  });

  it('keeps the offered hour inside the day late in the evening: 23:00–00:00 at 23:20', () => {
    expect(defaultDraft(springDay(), '2026-03-29', BERLIN, at('2026-03-29T21:20:00.000Z'))).toEqual(draft('2026-03-29', '23:00', '00:00'));
  });
});
