import { describe, expect, it } from 'vitest';
import type { KioskEntry, KioskStatus } from '../../../../core/contract/kiosk';
import { roomState } from './roomState';

/** The door's state at literal times; every meeting has the default 10-minute release. */
const room = { status: 'active' } as KioskStatus['room'];
let n = 0;
function meeting(start: string, end: string, extra: Partial<KioskEntry> = {}): KioskEntry {
  const at = (t: string) => `2026-11-23T${t}:00.000Z`;
  const releaseAt = new Date(Date.parse(at(start)) + 10 * 60_000).toISOString();
  return {
    id: `0190a0a0-0000-7000-8000-00000000000${n++}`,
    kind: 'booking',
    title: 'Planning',
    isPrivate: false,
    organizerName: 'Anna',
    isWalkUp: false,
    start: at(start),
    end: at(end),
    status: 'confirmed',
    checkInAt: null,
    checkIn: { required: true, opensAt: new Date(Date.parse(at(start)) - 5 * 60_000).toISOString(), closesAt: releaseAt, releaseAt },
    ...extra,
  };
}
const at = (t: string) => Date.parse(`2026-11-23T${t}:00.000Z`);
const state = (entries: KioskEntry[], now: string, status = room) => roomState({ room: status, entries }, at(now));

describe('the door state', () => {
  it('is free with nothing left today', () => {
    expect(state([], '10:00')).toMatchObject({ kind: 'free', until: null, current: null, next: null });
  });

  it('is free until the next meeting, and starting soon within 15 minutes of it', () => {
    const next = meeting('11:00', '12:00');
    expect(state([next], '10:00')).toMatchObject({ kind: 'freeUntil', until: at('11:00'), next });
    expect(state([next], '10:45')).toMatchObject({ kind: 'startingSoon', until: at('11:00'), checkInFor: null });
    expect(state([next], '10:55')).toMatchObject({ kind: 'startingSoon', checkInFor: next });
  });

  it('waits for check-in with the release time, then is busy once checked in', () => {
    const m = meeting('10:00', '11:00');
    expect(state([m], '10:03')).toMatchObject({ kind: 'awaitingCheckIn', until: at('11:00'), releaseAt: at('10:10'), checkInFor: m });
    const checkedIn = { ...m, checkInAt: '2026-11-23T10:04:00.000Z' };
    expect(state([checkedIn], '10:05')).toMatchObject({ kind: 'busy', until: at('11:00'), checkInFor: null });
  });

  it('is busy without check-in when the rules do not ask for it', () => {
    const m = meeting('10:00', '11:00', { checkIn: { required: false, opensAt: '2026-11-23T09:55:00.000Z', closesAt: '2026-11-23T11:00:00.000Z', releaseAt: null } });
    expect(state([m], '10:30')).toMatchObject({ kind: 'busy', until: at('11:00') });
  });

  it('reads back-to-back meetings as one "busy until" and ignores ones no longer holding the room', () => {
    const first = meeting('10:00', '11:00', { checkInAt: '2026-11-23T10:00:00.000Z' });
    const second = meeting('11:00', '12:00');
    const cancelled = meeting('12:00', '13:00', { status: 'cancelled' });
    expect(state([second, first, cancelled], '10:30')).toMatchObject({ kind: 'busy', until: at('12:00'), current: first, next: second });
  });

  it('is under maintenance during a block, and all day when the room is in maintenance', () => {
    const block = { ...meeting('10:00', '12:00'), kind: 'block' as const, checkIn: null };
    expect(state([block], '11:00')).toMatchObject({ kind: 'maintenance', until: at('12:00') });
    expect(state([], '11:00', { ...room, status: 'maintenance' })).toMatchObject({ kind: 'maintenance', until: null });
  });
});
