import * as rrulePackage from 'rrule';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { decide } from './engine';
import { expandSeries, isValidRRule, pickRRuleModule, type SeriesSpec } from './recurrence';
import { BERLIN, booking, makeRoom, MOSCOW, request } from './testkit';

const weeklyMonday: SeriesSpec = { rrule: 'FREQ=WEEKLY;BYDAY=MO', firstStart: '2026-03-16T09:00', timeZone: BERLIN, durationMin: 60 };
const iso = (d: Date) => d.toISOString();

describe('expanding a series in the office time zone', () => {
  it('keeps a weekly Monday 09:00 at 09:00 local across the spring change (08:00Z, then 07:00Z)', () => {
    const occ = expandSeries(weeklyMonday, new Date('2026-03-01T00:00Z'), new Date('2026-04-07T00:00Z'));
    expect(occ.map((o) => o.localStart)).toEqual(['2026-03-16T09:00', '2026-03-23T09:00', '2026-03-30T09:00', '2026-04-06T09:00']);
    expect(occ.map((o) => iso(o.start))).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
    expect(occ.every((o) => o.end.getTime() - o.start.getTime() === 3_600_000)).toBe(true);
  });

  it('keeps it at 09:00 local across the autumn change (07:00Z, then 08:00Z)', () => {
    const spec = { ...weeklyMonday, firstStart: '2026-10-19T09:00' };
    const occ = expandSeries(spec, new Date('2026-10-19T00:00Z'), new Date('2026-10-27T00:00Z'));
    expect(occ.map((o) => iso(o.start))).toEqual(['2026-10-19T07:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('moves a 02:30 occurrence that does not exist on the spring-forward night to 03:30 local', () => {
    const spec = { ...weeklyMonday, rrule: 'FREQ=DAILY', firstStart: '2026-03-28T02:30' };
    const occ = expandSeries(spec, new Date('2026-03-28T00:00Z'), new Date('2026-03-31T00:00Z'));
    expect(occ.map((o) => iso(o.start))).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
  });

  it('accepts the first start as an instant too', () => {
    const spec = { ...weeklyMonday, firstStart: new Date('2026-03-16T08:00Z') };
    const occ = expandSeries(spec, new Date('2026-03-30T00:00Z'), new Date('2026-03-31T00:00Z'));
    expect(occ.map((o) => o.localStart)).toEqual(['2026-03-30T09:00']);
  });

  it('returns only occurrences starting in [from, to)', () => {
    const from = new Date('2026-03-23T08:00Z');
    const occ = expandSeries(weeklyMonday, from, new Date('2026-03-30T07:00Z'));
    expect(occ.map((o) => o.localStart)).toEqual(['2026-03-23T09:00']);
  });

  it('leaves out exceptions by original start or by local day, keeping the rest', () => {
    const spec = {
      ...weeklyMonday,
      rrule: 'FREQ=DAILY;COUNT=5',
      firstStart: '2026-11-02T10:00',
      timeZone: MOSCOW,
      exdates: [new Date('2026-11-03T07:00Z'), '2026-11-05', '2026-11-06T10:00:00+03:00'],
    };
    const occ = expandSeries(spec, new Date('2026-11-01T00:00Z'), new Date('2026-12-01T00:00Z'));
    expect(occ.map((o) => o.localStart)).toEqual(['2026-11-02T10:00', '2026-11-04T10:00']);
  });

  it('ends strictly before `until` ("this and following" splits a series there)', () => {
    const spec = { ...weeklyMonday, until: new Date('2026-03-30T07:00Z') };
    const occ = expandSeries(spec, new Date('2026-03-01T00:00Z'), new Date('2026-05-01T00:00Z'));
    expect(occ.map((o) => o.localStart)).toEqual(['2026-03-16T09:00', '2026-03-23T09:00']);
  });

  it('refuses a malformed RRULE with a VALIDATION error', () => {
    expect(isValidRRule('FREQ=WEEKLY;BYDAY=MO')).toBe(true);
    expect(isValidRRule('RRULE:FREQ=DAILY;INTERVAL=2')).toBe(true);
    expect(isValidRRule('EVERY MONDAY')).toBe(false);
    expect(() => expandSeries({ ...weeklyMonday, rrule: 'BYDAY=MO' }, new Date(0), new Date(1))).toThrow(AppError);
  });

  it('refuses to expand more than 1000 occurrences instead of dropping any', () => {
    const spec = { ...weeklyMonday, rrule: 'FREQ=MINUTELY' };
    expect(() => expandSeries(spec, new Date('2026-03-16T00:00Z'), new Date('2026-03-18T00:00Z'))).toThrow(/more than 1000/);
  });

  it('finds rrule whether the package arrives as CommonJS (Node) or as named ES exports (bundlers)', () => {
    const RRule = pickRRuleModule(rrulePackage).RRule;
    expect(typeof RRule).toBe('function');
    expect(pickRRuleModule({ default: { RRule } }).RRule).toBe(RRule);
    expect(pickRRuleModule({ RRule }).RRule).toBe(RRule);
  });
});

describe('checking a series occurrence by occurrence', () => {
  it('reports the one conflicting occurrence and keeps the others', () => {
    const room = makeRoom('Север');
    const now = new Date('2026-11-20T09:00+03:00');
    const taken = booking(room, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { id: 'taken' });
    const spec = { rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=5', firstStart: '2026-11-23T10:00', timeZone: MOSCOW, durationMin: 60 };
    const results = expandSeries(spec, now, new Date('2026-12-31T00:00+03:00')).map((o) => ({
      day: o.localStart.slice(0, 10),
      ok: decide({ room, existing: [taken], request: request(room, o.start, o.end) }, now).ok,
    }));
    expect(results).toEqual([
      { day: '2026-11-23', ok: true },
      { day: '2026-11-24', ok: true },
      { day: '2026-11-25', ok: false },
      { day: '2026-11-26', ok: true },
      { day: '2026-11-27', ok: true },
    ]);
  });
});
