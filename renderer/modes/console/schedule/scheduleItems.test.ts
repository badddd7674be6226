import { describe, expect, it } from 'vitest';
import { scheduleEvents, type ScheduleLabels } from './scheduleEvents';
import { canRemoveBlock, daysShown, itemsOn, scheduleItems, weekOf } from './scheduleItems';
import { ANNA, berlinDay, block, meeting, mondayDay, springDay } from './scheduleTestDays';

const LABELS: ScheduleLabels = { unavailable: 'Unavailable', busy: 'Busy', privateMeeting: 'Private meeting' };
const ROOMS = (id: string) => (id === '00000000-0000-4000-8000-000000000d01' ? 'Spree' : null);
const B1 = '00000000-0000-4000-8000-000000000b01';
const B2 = '00000000-0000-4000-8000-000000000b02';
const C1 = '00000000-0000-4000-8000-000000000c01';

describe("a person's schedule", () => {
  it('lists meetings and unavailable spans in time order when the day is seen in full', () => {
    const day = mondayDay({
      bookings: [meeting(B1, '2026-11-23T13:00:00.000Z', '2026-11-23T14:00:00.000Z')],
      blocks: [block(C1, '2026-11-23T09:00:00.000Z', '2026-11-23T10:00:00.000Z', 'Doctor')],
    });
    expect(scheduleItems([day]).map((i) => [i.kind, i.id])).toEqual([
      ['unavailable', C1],
      ['meeting', B1],
    ]);
  });

  it('shows only busy spans, without details, when the day is free/busy to the viewer; equal spans once', () => {
    const day = mondayDay({
      visibility: 'freeBusy',
      busy: [
        { start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T14:00:00.000Z', kind: 'booking' },
        { start: '2026-11-23T13:00:00.000Z', end: '2026-11-23T14:00:00.000Z', kind: 'booking' },
        { start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:00:00.000Z', kind: 'block' },
      ],
    });
    const items = scheduleItems([day]);
    expect(items.map((i) => [i.kind, i.start])).toEqual([
      ['busy', '2026-11-23T09:00:00.000Z'],
      ['busy', '2026-11-23T13:00:00.000Z'],
    ]);
    expect(scheduleEvents([day], items, LABELS, ROOMS, () => false).filter((e) => !e.display).map((e) => e.title)).toEqual(['Busy', 'Busy']);
  });

  it('keeps unavailable time from 22:00 to 02:00 once in a week, and on both days it touches', () => {
    const late = block(C1, '2026-11-23T21:00:00.000Z', '2026-11-24T01:00:00.000Z');
    const monday = mondayDay({ blocks: [late] });
    const tuesday = berlinDay('2026-11-24', '2026-11-23T23:00:00.000Z', '2026-11-24T23:00:00.000Z', [], { blocks: [late] });
    const items = scheduleItems([monday, tuesday]);
    expect(items).toHaveLength(1);
    expect(itemsOn(items, monday)).toHaveLength(1);
    expect(itemsOn(items, tuesday)).toHaveLength(1);
  });

  it('names meetings with their room, keeps private ones private, and says why time is unavailable', () => {
    const day = springDay({
      bookings: [
        meeting(B1, '2026-03-29T08:00:00.000Z', '2026-03-29T09:00:00.000Z'),
        meeting(B2, '2026-03-29T10:00:00.000Z', '2026-03-29T11:00:00.000Z', { title: 'Busy', isMasked: true, roomId: '00000000-0000-4000-8000-000000000d02' }),
      ],
      blocks: [block(C1, '2026-03-29T12:00:00.000Z', '2026-03-29T13:00:00.000Z', 'Doctor')],
    });
    const events = scheduleEvents([day], scheduleItems([day]), LABELS, ROOMS, (i) => i.kind === 'unavailable');
    expect(events.filter((e) => !e.display).map((e) => [e.title, e.interactive])).toEqual([
      ['Budget review · Spree', false],
      ['Private meeting', false],
      ['Unavailable · Doctor', true],
    ]);
  });

  it('shades the time outside working hours behind the events, from the instants of 2026-03-29 in Berlin', () => {
    const events = scheduleEvents([springDay()], [], LABELS, ROOMS, () => true);
    expect(events.map((e) => [e.display, e.start, e.end])).toEqual([
      ['background', '2026-03-28T23:00:00.000Z', '2026-03-29T07:00:00.000Z'],
      ['background', '2026-03-29T17:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ]);
  });
});

describe('the days shown', () => {
  it('is the day itself, or Monday to Sunday around it: 2026-03-23 to 2026-03-29 for Sunday 2026-03-29', () => {
    expect(daysShown('2026-03-29', 'day')).toEqual(['2026-03-29']);
    expect(weekOf('2026-03-29')).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    expect(daysShown('2026-10-26', 'week')[0]).toBe('2026-10-26');
    expect(daysShown('2026-10-25', 'week')[0]).toBe('2026-10-19');
  });
});

describe('who may mark time available again', () => {
  const own = block(C1, '2026-11-23T09:00:00.000Z', '2026-11-23T10:00:00.000Z');
  it('is the person themselves and an admin, when the permission table lets them remove blocks', () => {
    expect(canRemoveBlock(own, { id: ANNA, role: 'employee' }, true)).toBe(true);
    expect(canRemoveBlock(own, { id: '00000000-0000-4000-8000-0000000000ff', role: 'admin' }, true)).toBe(true);
    expect(canRemoveBlock(own, { id: '00000000-0000-4000-8000-0000000000fe', role: 'facility_manager' }, true)).toBe(false);
    expect(canRemoveBlock(own, { id: ANNA, role: 'employee' }, false)).toBe(false);
  });
});
