import { describe, expect, it } from 'vitest';
import type { BookingView, RoomDay } from '../../../../core/contract';
import { boardFrame, closedStretches, hourTicks, percentAt, placement, slotStarts } from './boardGeometry';

const MOSCOW = 'Europe/Moscow';
const BERLIN = 'Europe/Berlin';

const roomDay = (hours: [string, string][], bookings: Partial<BookingView>[] = []): RoomDay => ({
  roomId: '00000000-0000-4000-8000-000000000001',
  date: '2026-11-23',
  timeZone: MOSCOW,
  start: '2026-11-22T21:00:00.000Z',
  end: '2026-11-23T21:00:00.000Z',
  hours: hours.map(([start, end]) => ({ start, end })),
  bookings: bookings as BookingView[],
  blocks: [],
});

describe('the board frame', () => {
  it('spans the earliest opening to the latest closing of the rooms, in whole local hours', () => {
    const frame = boardFrame(
      [roomDay([['2026-11-23T06:00:00.000Z', '2026-11-23T16:00:00.000Z']]), roomDay([['2026-11-23T05:30:00.000Z', '2026-11-23T15:00:00.000Z']])],
      '2026-11-23',
      MOSCOW,
    );
    // 08:30 Moscow widens to 08:00; 19:00 stays.
    expect(new Date(frame.range.start).toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(new Date(frame.range.end).toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(frame.isClosed).toBe(false);
  });

  it('keeps a late meeting visible', () => {
    const frame = boardFrame(
      [roomDay([['2026-11-23T06:00:00.000Z', '2026-11-23T16:00:00.000Z']], [{ start: '2026-11-23T17:00:00.000Z', end: '2026-11-23T17:30:00.000Z' }])],
      '2026-11-23',
      MOSCOW,
    );
    expect(new Date(frame.range.end).toISOString()).toBe('2026-11-23T18:00:00.000Z');
  });

  it('shows the usual hours of the office, closed, on a day nobody works', () => {
    const hours = { mon: [['09:00', '19:00']] as [string, string][] };
    const frame = boardFrame([roomDay([])], '2026-11-22', MOSCOW, hours);
    expect(frame.isClosed).toBe(true);
    expect(new Date(frame.range.start).toISOString()).toBe('2026-11-22T06:00:00.000Z');
    expect(new Date(frame.range.end).toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });
});

describe('hour ticks', () => {
  it('are the whole hours of the wall clock, ends included', () => {
    const ticks = hourTicks({ start: Date.parse('2026-11-23T06:00:00.000Z'), end: Date.parse('2026-11-23T09:00:00.000Z') }, MOSCOW);
    expect(ticks.map((t) => new Date(t).toISOString())).toEqual([
      '2026-11-23T06:00:00.000Z',
      '2026-11-23T07:00:00.000Z',
      '2026-11-23T08:00:00.000Z',
      '2026-11-23T09:00:00.000Z',
    ]);
  });

  it('skip the missing hour on the spring-forward night in Berlin', () => {
    // 2026-03-29: 02:00 local jumps to 03:00; local 00:00 = 23:00Z, 01:00 = 00:00Z, 03:00 = 01:00Z.
    const ticks = hourTicks({ start: Date.parse('2026-03-28T23:00:00.000Z'), end: Date.parse('2026-03-29T02:00:00.000Z') }, BERLIN);
    expect(ticks.length).toBe(4);
  });
});

describe('placement', () => {
  const range = { start: 0, end: 1000 };
  it('is a percentage of the range, clipped at its ends', () => {
    expect(percentAt(250, range)).toBe(25);
    expect(placement(-100, 500, range)).toEqual({ left: 0, width: 50 });
    expect(placement(900, 1200, range)).toEqual({ left: 90, width: 10 });
    expect(placement(1000, 1200, range)).toBeNull();
  });
});

describe('slots and closed stretches', () => {
  const range = { start: Date.parse('2026-11-23T05:00:00.000Z'), end: Date.parse('2026-11-23T08:00:00.000Z') };
  const hours = [{ start: '2026-11-23T06:00:00.000Z', end: '2026-11-23T07:00:00.000Z' }];

  it('cuts the open hours into grid steps', () => {
    expect(slotStarts(hours, range, 15, MOSCOW).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(['06:00', '06:15', '06:30', '06:45']);
  });

  it('leaves what is outside the open hours closed', () => {
    expect(closedStretches(hours, range).map((s) => [new Date(s.start).toISOString().slice(11, 16), new Date(s.end).toISOString().slice(11, 16)])).toEqual([
      ['05:00', '06:00'],
      ['07:00', '08:00'],
    ]);
  });
});
