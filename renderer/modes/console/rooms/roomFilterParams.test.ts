import { describe, expect, it } from 'vitest';
import { ZListRoomsInput } from '../../../../core/contract';
import { hasFilters, NO_FILTERS, readFilters, toListInput, writeFilters } from './roomFilterParams';

const OFFICE = '0190a0a0-0000-7000-8000-00000000000a';

describe('room filters in the URL', () => {
  it('reads type, capacity, amenities and retired from the query string', () => {
    expect(readFilters(new URLSearchParams('type=lab&minCapacity=6&amenities=video,projector&retired=1'))).toEqual({
      type: 'lab',
      minCapacity: 6,
      amenities: ['projector', 'video'],
      includeRetired: true,
    });
  });

  it('ignores values it does not know instead of sending them to the server', () => {
    expect(readFilters(new URLSearchParams('type=sauna&minCapacity=-3&amenities=jacuzzi,video,video&retired=yes'))).toEqual({
      ...NO_FILTERS,
      amenities: ['video'],
    });
    expect(readFilters(new URLSearchParams('minCapacity=2.5')).minCapacity).toBeNull();
    expect(readFilters(new URLSearchParams('minCapacity=100000')).minCapacity).toBeNull();
  });

  it('round-trips through the URL', () => {
    const filters = { type: 'meeting' as const, minCapacity: 8, amenities: ['whiteboard' as const], includeRetired: false };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(writeFilters(NO_FILTERS).toString()).toBe('');
  });

  it('builds a rooms.list input the contract accepts, with only the filters that are set', () => {
    expect(toListInput(NO_FILTERS, null)).toEqual({});
    const input = toListInput({ type: 'lab', minCapacity: 4, amenities: ['video'], includeRetired: true }, OFFICE);
    expect(input).toEqual({ officeId: OFFICE, type: 'lab', minCapacity: 4, amenities: ['video'], includeRetired: true });
    expect(ZListRoomsInput.safeParse(input).success).toBe(true);
  });

  it('knows when any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, minCapacity: 2 })).toBe(true);
  });
});
