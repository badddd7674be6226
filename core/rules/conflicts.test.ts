import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { accepted, block, booking, codes, input, makeRoom, refused, request } from './testkit';

// Wednesday 25 November 2026 in Moscow (UTC+3, no daylight saving); the clock reads Monday 09:00.
const NOW = new Date('2026-11-23T09:00+03:00');
const noBuffers = makeRoom('Север', { rules: { bufferMin: { before: 0, after: 0 }, stepMin: 5 } });
const buffered = makeRoom('Север', { rules: { bufferMin: { before: 10, after: 10 }, stepMin: 5 } });

const decide = (room = noBuffers, existing = [booking(room, '2026-11-25T10:00+03:00', '2026-11-25T11:30+03:00')]) =>
  (start: string, end: string, extra = {}) => evaluate(input(room, existing, request(room, start, end, extra)), NOW);

describe('overlaps (no buffers)', () => {
  const tryBook = decide();

  it('refuses a booking that overlaps the middle of another: 10:30–11:00 inside 10:00–11:30', () => {
    const d = refused(tryBook('2026-11-25T10:30+03:00', '2026-11-25T11:00+03:00'));
    expect(d.violations).toHaveLength(1);
    expect(d.violations[0]).toMatchObject({
      code: 'occupied',
      key: 'rules.occupied',
      message: 'Север is occupied 10:00–11:30.',
      params: { room: 'Север', span: '10:00–11:30', bufferMin: 0 },
    });
  });

  it('refuses a booking that covers another: 09:30–12:00 over 10:00–11:30', () => {
    expect(codes(tryBook('2026-11-25T09:30+03:00', '2026-11-25T12:00+03:00', { role: 'manager' }))).toEqual(['occupied']);
  });

  it('refuses a 5-minute overlap: 11:25–12:00 against 10:00–11:30', () => {
    const d = refused(tryBook('2026-11-25T11:25+03:00', '2026-11-25T12:00+03:00'));
    expect(d.violations[0]!.message).toBe('Север is occupied 10:00–11:30.');
  });

  it('accepts touching boundaries after another: 11:30–12:00 right after 10:00–11:30', () => {
    accepted(tryBook('2026-11-25T11:30+03:00', '2026-11-25T12:00+03:00'));
  });

  it('accepts touching boundaries before another: 09:00–10:00 right before 10:00–11:30', () => {
    accepted(tryBook('2026-11-25T09:00+03:00', '2026-11-25T10:00+03:00'));
  });

  it('names every conflict, not just the first: 09:30–12:30 over 10:00–11:30 and 12:00–12:30', () => {
    const room = noBuffers;
    const existing = [
      booking(room, '2026-11-25T12:00+03:00', '2026-11-25T12:30+03:00'),
      booking(room, '2026-11-25T10:00+03:00', '2026-11-25T11:30+03:00'),
    ];
    const both = refused(decide(room, existing)('2026-11-25T09:30+03:00', '2026-11-25T12:30+03:00', { role: 'manager' }));
    expect(both.violations.map((v) => v.params.span)).toEqual(['10:00–11:30', '12:00–12:30']);
  });

  it('ignores occupants of other rooms', () => {
    const other = makeRoom('Юг');
    const d = decide(noBuffers, [booking(other, '2026-11-25T10:00+03:00', '2026-11-25T11:30+03:00')]);
    accepted(d('2026-11-25T10:30+03:00', '2026-11-25T11:00+03:00'));
  });
});

describe('buffers (10 minutes before and after every meeting)', () => {
  const tryBook = decide(buffered, [booking(buffered, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00')]);

  it('refuses touching boundaries with buffers: 11:00–11:30 right after 10:00–11:00', () => {
    const d = refused(tryBook('2026-11-25T11:00+03:00', '2026-11-25T11:30+03:00'));
    expect(d.violations[0]!.message).toBe(
      'Север is occupied 10:00–11:00 plus a 10-minute buffer after it and the 10-minute buffer before yours.',
    );
    expect(d.violations[0]!.params.bufferMin).toBe(20);
  });

  it('refuses when the buffers are violated by 5 minutes: 11:15–12:00 after 10:00–11:00 needs 11:20', () => {
    expect(codes(tryBook('2026-11-25T11:15+03:00', '2026-11-25T12:00+03:00'))).toEqual(['occupied']);
  });

  it('accepts exactly when both buffers fit: 11:20–12:00 after 10:00–11:00 (occupancy 11:10–12:10)', () => {
    const d = accepted(tryBook('2026-11-25T11:20+03:00', '2026-11-25T12:00+03:00'));
    expect(d.occupiedFrom.toISOString()).toBe('2026-11-25T08:10:00.000Z');
    expect(d.occupiedTo.toISOString()).toBe('2026-11-25T09:10:00.000Z');
    expect([d.bufferBeforeMin, d.bufferAfterMin]).toEqual([10, 10]);
  });

  it('refuses on the far side too: 09:00–09:45 before 10:00–11:00 needs to end by 09:40', () => {
    expect(codes(tryBook('2026-11-25T09:00+03:00', '2026-11-25T09:45+03:00'))).toEqual(['occupied']);
    accepted(tryBook('2026-11-25T09:00+03:00', '2026-11-25T09:40+03:00'));
  });

  it('counts the existing booking’s own buffers, recorded when it was accepted', () => {
    const room = makeRoom('Юг', { rules: { bufferMin: { before: 0, after: 0 }, stepMin: 5 } });
    const old = booking(room, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { before: 15, after: 15 });
    const d = refused(decide(room, [old])('2026-11-25T11:10+03:00', '2026-11-25T12:00+03:00'));
    expect(d.violations[0]!.message).toBe('Юг is occupied 10:00–11:00 plus a 15-minute buffer after it.');
  });

  it('counts our buffer against a booking recorded without one', () => {
    const old = booking(buffered, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { before: 0, after: 0 });
    const d = refused(decide(buffered, [old])('2026-11-25T11:05+03:00', '2026-11-25T12:00+03:00'));
    expect(d.violations[0]!.message).toBe('Север is occupied 10:00–11:00 plus the 10-minute buffer before yours.');
    accepted(decide(buffered, [old])('2026-11-25T11:10+03:00', '2026-11-25T12:00+03:00'));
  });
});

describe('what occupies a room', () => {
  const at = ['2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00'] as const;

  it.each(['cancelled', 'rejected', 'expired', 'released', 'completed'] as const)(
    'a %s booking at 10:00–11:00 does not hold the room',
    (status) => {
      accepted(decide(noBuffers, [booking(noBuffers, ...at, { status })])(...at));
    },
  );

  it('a pending booking holds the room until its hold expires', () => {
    const holding = booking(noBuffers, ...at, { status: 'pending', holdExpiresAt: new Date('2026-11-23T11:00+03:00') });
    expect(codes(decide(noBuffers, [holding])(...at))).toEqual(['occupied']);
    const lapsed = { ...holding, holdExpiresAt: new Date('2026-11-23T09:00+03:00') };
    accepted(decide(noBuffers, [lapsed])(...at));
  });

  it('a block holds exactly its span: 12:30–13:00 may follow a 12:00–12:30 block when there are no buffers', () => {
    const maintenance = block(noBuffers, '2026-11-25T12:00+03:00', '2026-11-25T12:30+03:00');
    accepted(decide(noBuffers, [maintenance])('2026-11-25T12:30+03:00', '2026-11-25T13:00+03:00'));
  });

  it('our own buffer still keeps us off a block: 12:30–13:00 after a 12:00–12:30 block with 10-minute buffers', () => {
    const maintenance = block(buffered, '2026-11-25T12:00+03:00', '2026-11-25T12:30+03:00');
    const d = refused(decide(buffered, [maintenance])('2026-11-25T12:30+03:00', '2026-11-25T13:00+03:00'));
    expect(d.violations[0]).toMatchObject({ code: 'blocked', message: 'Север is blocked 12:00–12:30 (Maintenance).' });
    accepted(decide(buffered, [maintenance])('2026-11-25T12:40+03:00', '2026-11-25T13:00+03:00'));
  });
});

describe('rescheduling (ignoreBookingId)', () => {
  const mine = booking(buffered, '2026-11-25T10:00+03:00', '2026-11-25T11:00+03:00', { id: 'mine', organizerId: 'me' });
  const theirs = booking(buffered, '2026-11-25T12:00+03:00', '2026-11-25T13:00+03:00', { id: 'theirs' });
  const alsoMine = booking(buffered, '2026-11-25T14:00+03:00', '2026-11-25T15:00+03:00', { id: 'also-mine', organizerId: 'me' });
  const move = decide(buffered, [mine, theirs, alsoMine]);

  it('lets a booking move over its own old time: 10:00–11:00 → 10:30–11:30', () => {
    accepted(move('2026-11-25T10:30+03:00', '2026-11-25T11:30+03:00', { ignoreBookingId: 'mine' }));
  });

  it('refuses a reschedule onto a busy time: 10:00–11:00 → 12:00–13:00 where another meeting is', () => {
    const d = refused(move('2026-11-25T12:00+03:00', '2026-11-25T13:00+03:00', { ignoreBookingId: 'mine' }));
    expect(d.violations.map((v) => v.params.id)).toEqual(['theirs']);
  });

  it('ignores itself only, not the organizer’s other bookings: → 14:00–15:00 hits "also mine"', () => {
    const d = refused(move('2026-11-25T14:00+03:00', '2026-11-25T15:00+03:00', { ignoreBookingId: 'mine' }));
    expect(d.violations.map((v) => v.params.id)).toEqual(['also-mine']);
  });

  it('never ignores a block, even one that shares the id', () => {
    const sameId = { ...block(buffered, '2026-11-25T16:00+03:00', '2026-11-25T17:00+03:00'), id: 'mine' };
    const d = decide(buffered, [mine, sameId]);
    expect(codes(d('2026-11-25T16:00+03:00', '2026-11-25T17:00+03:00', { ignoreBookingId: 'mine' }))).toEqual(['blocked']);
  });

  it('lets an admin move someone else’s booking when the new time is free', () => {
    const d = move('2026-11-25T16:00+03:00', '2026-11-25T17:00+03:00', {
      ignoreBookingId: 'theirs',
      organizerId: 'someone-else',
      actor: { userId: 'admin-1', role: 'admin' },
    });
    expect(accepted(d).status).toBe('confirmed');
  });
});
