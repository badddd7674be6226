import type { MethodName } from '../../core/contract';
import type { ChangeNote } from './live';

/**
 * Which announced changes make a read method's answer stale. `useApiQuery` asks again, quietly
 * (the last answer stays on screen), when one arrives: the permission-dependent navigation, the
 * office selector, room lists and the board follow an admin's edits without a reload.
 */
export const STALE_AFTER: Partial<Record<MethodName, readonly string[]>> = {
  'auth.permissions': ['permission'],
  'permissions.get': ['permission'],
  'offices.list': ['office'],
  'rooms.list': ['room'],
  'rooms.get': ['room'],
  // An office's hours and holidays are the bottom of its rule layer.
  'rules.get': ['rules', 'office'],
};

/** Whether a note (null: anything may have changed) touches any of these entities. */
export const touches = (note: ChangeNote | null, entities: readonly string[]): boolean =>
  note === null || entities.includes(note.entity);
