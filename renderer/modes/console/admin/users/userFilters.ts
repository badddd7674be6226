import type { Input } from '../../../../../core/contract';
import type { Role } from '../../../../../core/domain';

export type UserStatusFilter = 'active' | 'inactive' | 'all';

export interface UserFilterState {
  query: string;
  role: Role | '';
  status: UserStatusFilter;
}

export const NO_USER_FILTERS: UserFilterState = { query: '', role: '', status: 'active' };

/** What the server filters (office, role, name or e-mail start, inactive too). */
export function toUsersInput(filters: UserFilterState, officeId: string | null): Input<'users.list'> {
  const query = filters.query.trim();
  return {
    ...(officeId ? { officeId } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(query ? { query } : {}),
    ...(filters.status !== 'active' ? { includeInactive: true } : {}),
  };
}

/** The server lists active people, or everyone; "switched off only" is the rest of everyone. */
export const matchesStatus = (active: boolean, status: UserStatusFilter): boolean =>
  status === 'all' || (status === 'active' ? active : !active);
