import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { booking, describeAlternatives, input, makeRoom, MOSCOW, refused, request, type RequestOptions } from './testkit';
import type { Decision, EngineRoom, EvaluateInput, Occupant } from './types';

const NOW = new Date('2026-11-23T10:00+03:00');
const sever = makeRoom('Север', { capacity: 10, floor: 3, amenities: ['video', 'whiteboard'], global: { holidays: ['2026-11-26'] } });
const yug = makeRoom('Юг', { capacity: 6, floor: 2, amenities: ['video'] });
const small = makeRoom('Каморка', { capacity: 2, floor: 1, amenities: ['video'] });
const plain = makeRoom('Простая', { capacity: 12, floor: 1, amenities: [] });

function run(start: string, end: string, existing: Occupant[], o: RequestOptions = {}, others: EngineRoom[] = []) {
  const candidates = others.map((room) => ({ room, existing: existing.filter((x) => x.roomId === room.id) }));
  const evalInput = input(sever, existing, request(sever, start, end, o), candidates);
  return { evalInput, decision: evaluate(evalInput, NOW) };
}

/** Every alternative, tried with the same request, is accepted. */
function expectAllAccepted(evalInput: EvaluateInput, d: Decision) {
  for (const alt of refused(d).alternatives) {
    const target = [evalInput.room, ...(evalInput.candidates ?? []).map((c) => c.room)].find((r) => r.id === alt.roomId)!;
    const existing = target.id === evalInput.room.id ? evalInput.existing : evalInput.candidates!.find((c) => c.room.id === target.id)!.existing;
    const retry = evaluate({ room: target, existing, request: { ...evalInput.request, roomId: alt.roomId, start: alt.start, end: alt.end } }, NOW);
    expect(retry.ok, `${alt.roomName} ${alt.start.toISOString()}`).toBe(true);
  }
}

describe('alternatives', () => {
  const busy = [booking(sever, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00')];

  it('offers the same room earlier and later, with the same length, on the grid, clear of both buffers', () => {
    const noon = [booking(sever, '2026-11-25T12:00+03:00', '2026-11-25T13:00+03:00')];
    const { evalInput, decision } = run('2026-11-25T12:30+03:00', '2026-11-25T13:30+03:00', noon);
    expect(describeAlternatives(decision, MOSCOW)).toEqual([
      'Север 2026-11-25 13:30–14:30 same_room_later',
      'Север 2026-11-25 10:30–11:30 same_room_earlier',
    ]);
    expectAllAccepted(evalInput, decision);
  });

  it('looks back to the previous working day when the morning is too short: 09:30 → Tuesday 18:00', () => {
    const { decision } = run('2026-11-25T09:30+03:00', '2026-11-25T10:30+03:00', busy);
    expect(describeAlternatives(decision, MOSCOW)).toEqual([
      'Север 2026-11-25 11:30–12:30 same_room_later',
      'Север 2026-11-24 18:00–19:00 same_room_earlier',
    ]);
  });

  it('puts other rooms at the same time first, if they fit the attendees and amenities', () => {
    const { evalInput, decision } = run(
      '2026-11-25T10:30+03:00',
      '2026-11-25T11:30+03:00',
      busy,
      { attendeeCount: 4, amenities: ['video'] },
      [yug, small, plain],
    );
    expect(describeAlternatives(decision, MOSCOW)).toEqual([
      'Юг 2026-11-25 10:30–11:30 other_room',
      'Север 2026-11-25 11:30–12:30 same_room_later',
      'Север 2026-11-24 18:00–19:00 same_room_earlier',
    ]);
    expect(refused(decision).alternatives[0]).toMatchObject({ roomId: yug.id, roomName: 'Юг', floor: 2 });
    expectAllAccepted(evalInput, decision);
  });

  it('offers at most three, nearest first', () => {
    const other = makeRoom('Запад', { capacity: 10 });
    const { decision } = run('2026-11-25T10:30+03:00', '2026-11-25T11:30+03:00', busy, {}, [yug, plain, other]);
    expect(describeAlternatives(decision, MOSCOW)).toEqual([
      'Запад 2026-11-25 10:30–11:30 other_room',
      'Простая 2026-11-25 10:30–11:30 other_room',
      'Юг 2026-11-25 10:30–11:30 other_room',
    ]);
  });

  it('skips the night: after a full evening the next slot is 09:00 the next working day', () => {
    const evening = [booking(sever, '2026-11-24T15:00+03:00', '2026-11-24T19:00+03:00', { before: 0, after: 0 })];
    const { decision } = run('2026-11-24T18:00+03:00', '2026-11-24T19:00+03:00', evening);
    expect(describeAlternatives(decision, MOSCOW)).toEqual([
      'Север 2026-11-24 13:45–14:45 same_room_earlier',
      'Север 2026-11-25 09:00–10:00 same_room_later',
    ]);
  });

  it('skips holidays and weekends: Wednesday evening full → Friday (Thursday is a holiday)', () => {
    const evening = [booking(sever, '2026-11-25T15:00+03:00', '2026-11-25T19:00+03:00', { before: 0, after: 0 })];
    const { evalInput, decision } = run('2026-11-25T18:00+03:00', '2026-11-25T19:00+03:00', evening);
    expect(describeAlternatives(decision, MOSCOW)).toContain('Север 2026-11-27 09:00–10:00 same_room_later');
    expectAllAccepted(evalInput, decision);
  });

  it('never offers an earlier time in the past, and keeps later ones on the 15-minute grid', () => {
    const soon = [booking(sever, '2026-11-23T10:00+03:00', '2026-11-23T12:00+03:00')];
    const { decision } = run('2026-11-23T11:00+03:00', '2026-11-23T12:00+03:00', soon);
    expect(describeAlternatives(decision, MOSCOW)).toEqual(['Север 2026-11-23 12:30–13:30 same_room_later']);
  });

  it('offers no same-room time when no time can cure the refusal (too long), but other rooms can', () => {
    const roomy = makeRoom('Большой', { capacity: 10, rules: { durationMin: { max: 240 } } });
    const { decision } = run('2026-11-25T10:00+03:00', '2026-11-25T13:00+03:00', [], {}, [yug, roomy]);
    expect(describeAlternatives(decision, MOSCOW)).toEqual(['Большой 2026-11-25 10:00–13:00 other_room']);
  });

  it('stops at the horizon: nothing later than 14 days ahead', () => {
    const lastDay = [booking(sever, '2026-12-07T09:00+03:00', '2026-12-07T19:00+03:00', { before: 0, after: 0 })];
    const { decision } = run('2026-12-07T18:00+03:00', '2026-12-07T19:00+03:00', lastDay);
    expect(describeAlternatives(decision, MOSCOW)).toEqual(['Север 2026-12-04 18:00–19:00 same_room_earlier']);
  });
});
