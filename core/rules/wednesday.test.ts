import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { expandSeries } from './recurrence';
import { block, booking, describeAlternatives, makeRoom, MOSCOW, refused, request } from './testkit';
import type { EngineRoom, EvaluateInput, Occupant } from './types';

/**
 * The article's example. Three rooms: «Север», «Юг», «Стекло». Employees book 30 minutes to
 * 2 hours, managers up to 3 hours but only in «Север» or «Юг» («Стекло» is kept for client calls,
 * so there a manager gets 2 hours too). Buffers of 10 minutes before and after every meeting; a
 * daily 30-minute maintenance block on «Стекло» at 12:00. On Wednesday a manager moves a meeting
 * from 15:00 to 14:00: the refusal must name each reason and offer alternatives.
 */
const global = {
  stepMin: 5,
  bufferMin: { before: 10, after: 10 },
  durationMin: { min: 30, max: 120 },
  byRole: { manager: { durationMin: { max: 180 } } },
};
const sever = makeRoom('Север', { capacity: 10, floor: 3, global });
const yug = makeRoom('Юг', { capacity: 8, floor: 2, global });
const steklo = makeRoom('Стекло', {
  capacity: 6,
  floor: 3,
  amenities: ['video'],
  global,
  rules: { byRole: { manager: { durationMin: { max: 120 } } } },
});

const NOW = new Date('2026-11-25T08:30+03:00'); // Wednesday morning, before the office opens
const maintenance = expandSeries(
  { rrule: 'FREQ=DAILY', firstStart: '2026-11-01T12:00', timeZone: MOSCOW, durationMin: 30 },
  new Date('2026-11-23T00:00+03:00'),
  new Date('2026-11-30T00:00+03:00'),
).map((o) => block(steklo, o.start, o.end, 'Maintenance'));

const occupants: Occupant[] = [
  booking(sever, '2026-11-25T13:00+03:00', '2026-11-25T14:00+03:00', { id: 'product-sync', title: 'Product sync' }),
  booking(sever, '2026-11-25T15:00+03:00', '2026-11-25T18:00+03:00', {
    id: 'sales-review',
    organizerId: 'manager-1',
    title: 'Sales review',
  }),
  booking(yug, '2026-11-25T10:00+03:00', '2026-11-25T11:30+03:00', { id: 'yug-standup' }),
  booking(steklo, '2026-11-25T14:30+03:00', '2026-11-25T15:30+03:00', { id: 'client-call', title: 'Client call' }),
  ...maintenance,
];

const rooms = [sever, yug, steklo];
function inputFor(room: EngineRoom, start: string, end: string, role: 'manager' | 'employee' = 'manager'): EvaluateInput {
  const req = request(room, start, end, {
    role,
    organizerId: 'manager-1',
    actor: { userId: 'manager-1', role },
    attendeeCount: 6,
    ignoreBookingId: 'sales-review',
    organizerActiveCount: 1,
  });
  const mine = (r: EngineRoom) => occupants.filter((o) => o.roomId === r.id);
  const candidates = rooms.filter((r) => r !== room).map((r) => ({ room: r, existing: mine(r) }));
  return { room, existing: mine(room), request: req, candidates };
}

function triedAgain(i: EvaluateInput, alt: { roomId: string; start: Date; end: Date }) {
  const room = rooms.find((r) => r.id === alt.roomId)!;
  const existing = occupants.filter((o) => o.roomId === room.id);
  return evaluate({ room, existing, request: { ...i.request, roomId: room.id, start: alt.start, end: alt.end } }, NOW);
}

describe('the article’s Wednesday: a manager moves a 3-hour meeting from 15:00 to 14:00', () => {
  it('has a daily maintenance block on «Стекло» at 12:00–12:30, every day of the week', () => {
    expect(maintenance).toHaveLength(7);
    expect(maintenance.map((b) => b.start.toISOString().slice(11, 16))).toEqual(Array(7).fill('09:00'));
  });

  it('in «Север»: refused by the other team’s sync and its buffer until 14:10; «Юг» at 14:00 is offered first', () => {
    const i = inputFor(sever, '2026-11-25T14:00+03:00', '2026-11-25T17:00+03:00');
    const d = refused(evaluate(i, NOW));
    expect(d.violations.map((v) => v.message)).toEqual([
      'Север is occupied 13:00–14:00 plus a 10-minute buffer after it and the 10-minute buffer before yours.',
    ]);
    expect(describeAlternatives(d, MOSCOW)).toEqual([
      'Юг 2026-11-25 14:00–17:00 other_room',
      'Север 2026-11-25 14:20–17:20 same_room_later',
      'Север 2026-11-25 09:40–12:40 same_room_earlier',
    ]);
    for (const alt of d.alternatives) expect(triedAgain(i, alt).ok).toBe(true);
  });

  it('in «Стекло»: refused for the role limit there and the client call after it; «Юг» is the way out', () => {
    const i = inputFor(steklo, '2026-11-25T14:00+03:00', '2026-11-25T17:00+03:00');
    const d = refused(evaluate(i, NOW));
    expect(d.violations.map((v) => v.message)).toEqual([
      'As a manager you may book Стекло for at most 120 minutes; this meeting lasts 180.',
      'Стекло is occupied 14:30–15:30.',
    ]);
    expect(d.violations.map((v) => v.key)).toEqual(['rules.tooLong', 'rules.occupied']);
    expect(describeAlternatives(d, MOSCOW)).toEqual(['Юг 2026-11-25 14:00–17:00 other_room']);
  });

  it('in «Стекло» over lunch: the maintenance block is named, and the alternatives step around it', () => {
    const i = inputFor(steklo, '2026-11-25T12:00+03:00', '2026-11-25T13:00+03:00', 'employee');
    const d = refused(evaluate(i, NOW));
    expect(d.violations.map((v) => v.message)).toEqual(['Стекло is blocked 12:00–12:30 (Maintenance).']);
    expect(describeAlternatives(d, MOSCOW)).toEqual([
      'Юг 2026-11-25 12:00–13:00 other_room',
      'Стекло 2026-11-25 12:40–13:40 same_room_later',
      'Стекло 2026-11-25 10:50–11:50 same_room_earlier',
    ]);
    for (const alt of d.alternatives) expect(triedAgain(i, alt).ok).toBe(true);
  });

  it('accepts the first alternative: «Юг» 14:00–17:00 for the manager, confirmed', () => {
    const i = inputFor(yug, '2026-11-25T14:00+03:00', '2026-11-25T17:00+03:00');
    const d = evaluate(i, NOW);
    expect(d).toMatchObject({ ok: true, status: 'confirmed', bufferBeforeMin: 10, bufferAfterMin: 10 });
  });
});
