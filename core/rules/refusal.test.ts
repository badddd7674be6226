import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { refusalError } from './refusal';
import { booking, input, makeRoom, refused, request } from './testkit';

const NOW = new Date('2026-11-23T10:00+03:00');
const room = makeRoom('Север');
const taken = booking(room, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00');

describe('refusals as errors', () => {
  it('is a CONFLICT (409) when the room is only taken, with violations and alternatives in the details', () => {
    const d = refused(evaluate(input(room, [taken], request(room, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00')), NOW));
    const error = refusalError(d);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Север is occupied 10:00–11:00.');
    const details = error.toBody().details as { violations: unknown[]; alternatives: { start: string }[] };
    expect(details.violations).toHaveLength(1);
    expect(details.alternatives[0]!.start).toBe('2026-11-25T08:30:00.000Z');
    expect(JSON.parse(JSON.stringify(error.toBody()))).toEqual(error.toBody());
  });

  it('is a RULE_VIOLATION (422) as soon as any rule is broken, naming every reason', () => {
    const d = refused(evaluate(input(room, [taken], request(room, '2026-11-25T10:00+03:00', '2026-11-25T13:00+03:00')), NOW));
    const error = refusalError(d);
    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.message).toBe(
      'As an employee you may book Север for at most 120 minutes; this meeting lasts 180. Север is occupied 10:00–11:00.',
    );
  });
});
