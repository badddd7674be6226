import type { Input } from '../../../../../core/contract';
import { dayStart, addDays } from '../shared/time';

/** The families of audit actions (each a prefix ending in a dot, as `audit.list` accepts). */
export const ACTION_GROUPS = ['auth.', 'user.', 'device.', 'booking.', 'series.', 'block.', 'room.', 'office.', 'rules.', 'permission.', 'settings.'] as const;
export const ENTITY_TYPES = ['user', 'device', 'booking', 'series', 'block', 'room', 'office', 'rule_set', 'method', 'setting', 'invitation'] as const;

export interface AuditFilterState {
  action: string;
  entityType: string;
  actorUserId: string;
  /** Calendar days on the display clock; '' for open-ended. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilterState = { action: '', entityType: '', actorUserId: '', from: '', to: '' };

export const PAGE_SIZE = 50;

/** The query for a page; `to` includes its whole day. */
export function toAuditInput(filters: AuditFilterState, timeZone: string, cursor?: string): Input<'audit.list'> {
  const from = filters.from ? dayStart(filters.from, timeZone) : null;
  const to = filters.to ? dayStart(addDays(filters.to, 1), timeZone) : null;
  return {
    limit: PAGE_SIZE,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actorUserId ? { actorUserId: filters.actorUserId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(cursor ? { cursor } : {}),
  };
}
