import type { ListRoomsInput } from '../../../../core/contract';
import { AMENITIES, ROOM_TYPES, type Amenity, type RoomType } from '../../../../core/domain';

/** The Rooms page's filters, kept in the URL so a filtered list can be bookmarked and shared. */
export interface RoomFilters {
  type: RoomType | null;
  minCapacity: number | null;
  amenities: Amenity[];
  includeRetired: boolean;
}

export const NO_FILTERS: RoomFilters = { type: null, minCapacity: null, amenities: [], includeRetired: false };
export const MAX_CAPACITY = 10_000;

const isRoomType = (value: string | null): value is RoomType => ROOM_TYPES.includes(value as RoomType);
const isAmenity = (value: string): value is Amenity => AMENITIES.includes(value as Amenity);

/** Reads filters from `?type=…&minCapacity=…&amenities=a,b&retired=1`, ignoring anything unknown. */
export function readFilters(params: URLSearchParams): RoomFilters {
  const type = params.get('type');
  const capacity = Number(params.get('minCapacity'));
  const amenities = (params.get('amenities') ?? '').split(',').filter(isAmenity);
  return {
    type: isRoomType(type) ? type : null,
    minCapacity: Number.isInteger(capacity) && capacity >= 1 && capacity <= MAX_CAPACITY ? capacity : null,
    // In catalogue order, once each: the same filter always makes the same URL.
    amenities: AMENITIES.filter((a) => amenities.includes(a)),
    includeRetired: params.get('retired') === '1',
  };
}

export function writeFilters(filters: RoomFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.minCapacity) params.set('minCapacity', String(filters.minCapacity));
  if (filters.amenities.length) params.set('amenities', AMENITIES.filter((a) => filters.amenities.includes(a)).join(','));
  if (filters.includeRetired) params.set('retired', '1');
  return params;
}

/** The `rooms.list` input: the server does the filtering, the page only asks. */
export function toListInput(filters: RoomFilters, officeId: string | null): ListRoomsInput {
  const input: ListRoomsInput = {};
  if (officeId) input.officeId = officeId;
  if (filters.type) input.type = filters.type;
  if (filters.minCapacity) input.minCapacity = filters.minCapacity;
  if (filters.amenities.length) input.amenities = [...filters.amenities];
  if (filters.includeRetired) input.includeRetired = true;
  return input;
}

export const hasFilters = (filters: RoomFilters): boolean =>
  filters.type !== null || filters.minCapacity !== null || filters.amenities.length > 0 || filters.includeRetired;
