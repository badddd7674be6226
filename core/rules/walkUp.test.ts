import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { booking, input, makeRoom, request } from './testkit';
import { walkUpOptions } from './walkUp';

const room = makeRoom('Север');
const visitor = { userId: 'kiosk-visitor', role: 'employee' as const };
const at = (time: string) => new Date(`2026-11-25T${time}+03:00`);

describe('what the door tablet offers a visitor', () => {
  it('offers 15, 30 and 60 minutes from 10:07:23 in an empty room', () => {
    const { offers, freeUntil } = walkUpOptions({ room, existing: [], actor: visitor }, at('10:07:23'));
    expect(offers.map((o) => [o.minutes, o.isCut])).toEqual([[15, false], [30, false], [60, false]]);
    expect(freeUntil).toEqual(at('19:00'));
  });

  it('cuts offers at the next booking minus both buffers: 10:50 meeting → free until 10:30', () => {
    const next = booking(room, at('10:50'), at('11:30'));
    const { offers, freeUntil } = walkUpOptions({ room, existing: [next], actor: visitor }, at('10:07:23'));
    expect(freeUntil).toEqual(at('10:30'));
    expect(offers.map((o) => [o.minutes, o.isCut])).toEqual([[15, false], [23, true]]);
  });

  it('every offer is accepted as a walk-up', () => {
    const next = booking(room, at('10:50'), at('11:30'), { before: 5 });
    const now = at('10:07:23');
    for (const offer of walkUpOptions({ room, existing: [next], actor: visitor }, now).offers) {
      const d = evaluate(input(room, [next], request(room, now, offer.end, { isWalkUp: true })), now);
      expect(d.ok).toBe(true);
    }
  });

  it('cuts at closing time: at 18:50 only 10 minutes remain, below the 15-minute minimum, so nothing is offered', () => {
    const { offers, freeUntil } = walkUpOptions({ room, existing: [], actor: visitor }, at('18:50'));
    expect(offers).toEqual([]);
    expect(freeUntil).toBeNull();
  });

  it('offers nothing while the room is occupied', () => {
    const now = booking(room, at('10:00'), at('11:00'));
    expect(walkUpOptions({ room, existing: [now], actor: visitor }, at('10:20')).offers).toEqual([]);
  });
});
