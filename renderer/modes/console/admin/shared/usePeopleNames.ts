import { useMemo } from 'react';
import { useApiQuery } from '../../../../api/useApiQuery';
import { usePermissions } from '../access/permissionsContext';

/**
 * Names of people by id, for lists that carry only ids (organizers, authors, actors). Empty when
 * the person may not list people; callers then show no name rather than an id.
 */
export function usePeopleNames(): ReadonlyMap<string, string> {
  const { may } = usePermissions();
  const people = useApiQuery('users.list', { includeInactive: true }, may('users.list'));
  return useMemo(() => new Map((people.data ?? []).map((u) => [u.id, u.name])), [people.data]);
}
