import { useMemo } from 'react';
import type { User } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import type { Abilities } from './useAbilities';

export interface People {
  /** Everyone the caller may look up (only themselves when they may not list people). */
  list: readonly User[];
  byId: ReadonlyMap<string, User>;
  name(id: string): string | null;
}

/** The people directory for names and pickers: the office's people when the role may list them. */
export function usePeople(abilities: Abilities, officeId: string | null): People {
  const query = useApiQuery('users.list', officeId ? { officeId } : {}, abilities.canListPeople);
  const data = query.data;
  return useMemo(() => {
    const list = data ?? [abilities.user];
    const byId = new Map(list.map((u) => [u.id, u]));
    byId.set(abilities.user.id, abilities.user);
    return { list, byId, name: (id: string) => byId.get(id)?.name ?? null };
  }, [data, abilities.user]);
}
