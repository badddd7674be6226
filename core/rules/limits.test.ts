import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { accepted, block, booking, codes, input, makeRoom, refused, request, type RequestOptions } from './testkit';
import type { EngineRoom, Occupant } from './types';

// The clock reads Monday 23 November 2026, 10:00 in Moscow.
const NOW = new Date('2026-11-23T10:00+03:00');
const room = makeRoom('Север');

const tryBook = (start: string, end: string, o: RequestOptions = {}, r: EngineRoom = room, existing: Occupant[] = []) =>
  evaluate(input(r, existing, request(r, start, end, o)), NOW);

describe('duration limits per role', () => {
  it('lets an employee book 120 minutes: 10:00–12:00', () => {
    accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T12:00+03:00'));
  });

  it('refuses an employee 135 minutes: 10:00–12:15', () => {
    const d = refused(tryBook('2026-11-25T10:00+03:00', '2026-11-25T12:15+03:00'));
    expect(d.violations).toEqual([
      expect.objectContaining({
        code: 'tooLong',
        message: 'As an employee you may book Север for at most 120 minutes; this meeting lasts 135.',
        params: expect.objectContaining({ max: 120, minutes: 135, role: 'employee' }),
      }),
    ]);
  });

  it('lets a manager book 180 minutes through byRole: 10:00–13:00, but not 13:15', () => {
    accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T13:00+03:00', { role: 'manager' }));
    expect(codes(tryBook('2026-11-25T10:00+03:00', '2026-11-25T13:15+03:00', { role: 'manager' }))).toEqual(['tooLong']);
  });

  it('lets an assistant book 240 minutes: 10:00–14:00', () => {
    accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T14:00+03:00', { role: 'assistant' }));
  });

  it('refuses a meeting shorter than the minimum: 10:00–10:10 when the minimum is 15', () => {
    const short = makeRoom('Юг', { rules: { stepMin: 5 } });
    const d = refused(tryBook('2026-11-25T10:00+03:00', '2026-11-25T10:10+03:00', {}, short));
    expect(d.violations[0]!.message).toBe('Meetings in Юг must last at least 15 minutes; this one lasts 10.');
  });

  it('refuses an end before the start, and nothing else', () => {
    const d = refused(tryBook('2026-11-25T11:00+03:00', '2026-11-25T10:00+03:00'));
    expect(codes(d)).toEqual(['invalidInterval']);
    expect(d.alternatives).toEqual([]);
  });
});

describe('horizon and notice', () => {
  it('lets an employee book 14 days ahead (until Monday 7 December) but not 15', () => {
    accepted(tryBook('2026-12-07T18:00+03:00', '2026-12-07T19:00+03:00'));
    const d = refused(tryBook('2026-12-08T09:00+03:00', '2026-12-08T10:00+03:00'));
    expect(d.violations[0]).toMatchObject({
      code: 'beyondHorizon',
      message: 'As an employee you may book at most 14 days ahead, until 2026-12-07; 2026-12-08 is later.',
    });
  });

  it('lets a manager book 30 days ahead (until Wednesday 23 December) but not 31', () => {
    accepted(tryBook('2026-12-23T10:00+03:00', '2026-12-23T11:00+03:00', { role: 'manager' }));
    expect(codes(tryBook('2026-12-24T10:00+03:00', '2026-12-24T11:00+03:00', { role: 'manager' }))).toEqual([
      'beyondHorizon',
    ]);
  });

  it('refuses a start that has passed: 09:00 when it is 10:00', () => {
    const d = refused(tryBook('2026-11-23T09:00+03:00', '2026-11-23T09:30+03:00'));
    expect(d.violations[0]).toMatchObject({ code: 'inPast', message: 'The start, 09:00, has already passed.' });
  });

  it('accepts a start exactly now: 10:00 when it is 10:00', () => {
    accepted(tryBook('2026-11-23T10:00+03:00', '2026-11-23T10:30+03:00'));
  });

  it('refuses less than the minimum notice: 10:30 with 60 minutes’ notice at 10:00; 11:00 is fine', () => {
    const noticed = makeRoom('Юг', { rules: { minNoticeMin: 60 } });
    const d = refused(tryBook('2026-11-23T10:30+03:00', '2026-11-23T11:00+03:00', {}, noticed));
    expect(d.violations[0]!.message).toBe("Bookings need 60 minutes' notice; this one starts in 30 minutes.");
    accepted(tryBook('2026-11-23T11:00+03:00', '2026-11-23T11:30+03:00', {}, noticed));
  });
});

describe('active bookings per person', () => {
  it('refuses a fourth active booking when the limit is 3', () => {
    const d = refused(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { organizerActiveCount: 3 }));
    expect(d.violations[0]).toMatchObject({
      code: 'tooManyActive',
      message: 'The organizer already has 3 active bookings; at most 3 are allowed.',
    });
    expect(d.alternatives).toEqual([]);
  });

  it('accepts a third', () => {
    accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { organizerActiveCount: 2 }));
  });

  it('has no limit when maxActivePerUser is null', () => {
    const unlimited = makeRoom('Юг', { rules: { maxActivePerUser: null } });
    accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { organizerActiveCount: 50 }, unlimited));
  });
});

describe('restricted and unavailable rooms', () => {
  const boardroom = makeRoom('Стекло', { allowedRoles: ['manager', 'admin'] });

  it('refuses an employee in a room for managers and admins', () => {
    const d = refused(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', {}, boardroom));
    expect(d.violations[0]).toMatchObject({
      code: 'roleNotAllowed',
      message: 'Стекло can be booked only by: manager, admin; you are an employee.',
    });
  });

  it('lets a manager book it', () => {
    accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { role: 'manager' }, boardroom));
  });

  it('applies allowedRoles from the rules as well as from the room', () => {
    const ruled = makeRoom('Юг', { rules: { allowedRoles: ['admin'] }, allowedRoles: ['manager', 'admin'] });
    const d = refused(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { role: 'manager' }, ruled));
    expect(d.violations[0]!.message).toBe('Юг can be booked only by: admin; you are a manager.');
  });

  it('refuses a room under maintenance and a retired one', () => {
    const fixing = makeRoom('Юг', { status: 'maintenance' });
    const gone = makeRoom('Старая', { status: 'retired' });
    expect(refused(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', {}, fixing)).violations[0]!.message).toBe(
      'Юг is closed for maintenance.',
    );
    expect(codes(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', {}, gone))).toEqual(['roomRetired']);
  });

  it('refuses more attendees than seats: 6 in a room for 4', () => {
    const small = makeRoom('Юг', { capacity: 4 });
    const d = refused(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { attendeeCount: 6 }, small));
    expect(d.violations[0]!.message).toBe('Юг seats 4; this meeting has 6 attendees.');
  });
});

describe('priority override', () => {
  const theirs = booking(room, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { id: 'theirs', organizerId: 'u2' });
  const maintenance = block(room, '2026-11-25T14:00+03:00', '2026-11-25T15:00+03:00');
  const existing = [theirs, maintenance];
  const admin = { actor: { userId: 'a1', role: 'admin' as const } };

  it('lets an admin with a reason take a booked slot; the booking is returned as displaced', () => {
    const d = accepted(
      tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { ...admin, override: { reason: 'Board visit' } }, room, existing),
    );
    expect(d.displaced.map((o) => o.id)).toEqual(['theirs']);
    expect(d.ruleNotes[0]).toMatchObject({
      code: 'displaces',
      message: 'This override displaces 1 booking in Север: 10:00–11:00.',
    });
  });

  it('lets a facility manager override too', () => {
    const fm = { actor: { userId: 'f1', role: 'facility_manager' as const }, override: { reason: 'Fire drill' } };
    expect(accepted(tryBook('2026-11-25T10:30+03:00', '2026-11-25T11:00+03:00', fm, room, existing)).displaced).toHaveLength(1);
  });

  it('requires a reason', () => {
    const d = refused(
      tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { ...admin, override: { reason: '  ' } }, room, existing),
    );
    expect(codes(d)).toEqual(['overrideReasonRequired', 'occupied']);
  });

  it('without an override, an admin is refused like anyone else', () => {
    expect(codes(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', admin, room, existing))).toEqual(['occupied']);
  });

  it('refuses an override from an employee', () => {
    const d = refused(
      tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { override: { reason: 'Urgent' } }, room, existing),
    );
    expect(codes(d)).toEqual(['overrideNotAllowed', 'occupied']);
    expect(d.violations[0]!.message).toBe('Only facility manager, admin may override other bookings; you are an employee.');
  });

  it('never overrides a room block', () => {
    const d = tryBook('2026-11-25T14:00+03:00', '2026-11-25T15:00+03:00', { ...admin, override: { reason: 'x' } }, room, existing);
    expect(codes(d)).toEqual(['blocked']);
  });
});

describe('approval', () => {
  const client = makeRoom('Клиентская', { requiresApproval: true });

  it('makes an employee’s booking in an approval room pending, held for 120 minutes', () => {
    const d = accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', {}, client));
    expect(d.status).toBe('pending');
    expect(d.holdExpiresAt?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(d.ruleNotes[0]!.message).toBe('Клиентская needs approval; the slot is held until 2026-11-23 12:00.');
  });

  it('confirms at once for an exempt role (facility manager, admin)', () => {
    const fm = { actor: { userId: 'f1', role: 'facility_manager' as const } };
    const d = accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', fm, client));
    expect([d.status, d.holdExpiresAt]).toEqual(['confirmed', null]);
  });

  it('needs approval everywhere when the rules say so', () => {
    const ruled = makeRoom('Юг', { rules: { approval: { required: true, holdMin: 30 } } });
    const d = accepted(tryBook('2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', {}, ruled));
    expect(d.holdExpiresAt?.toISOString()).toBe('2026-11-23T07:30:00.000Z');
  });

  it('never holds past the start: a meeting in 30 minutes is held for 30, not 120', () => {
    const d = accepted(tryBook('2026-11-23T10:30+03:00', '2026-11-23T11:00+03:00', {}, client));
    expect(d.holdExpiresAt?.toISOString()).toBe('2026-11-23T07:30:00.000Z');
  });
});
