import { useCallback, useMemo, useState } from 'react';
import { DIRECTORY_MAX_LIMIT, type DirectoryPerson } from '../../../../core/contract';
import { useApiQuery } from '../../../api/useApiQuery';
import type { Abilities } from './useAbilities';

/** What the console knows of a colleague: the directory's four fields (staff lists give more). */
export type Person = DirectoryPerson;

export interface People {
  /** The office's people the caller may look up (only themselves when they may not). */
  list: readonly Person[];
  byId: ReadonlyMap<string, Person>;
  name(id: string): string | null;
  /** Whether typing a name may ask the directory for anyone, in any office (`users.directory`). */
  canSearch: boolean;
  /** Keeps people found by a search, so their names show wherever they were picked. */
  remember(found: readonly Person[]): void;
}

/**
 * The people behind names and pickers: staff who may list people get the office's list
 * (`users.list`), everyone else the office's part of the directory (`users.directory`), plus
 * whoever was found by typing their name.
 */
export function usePeople(abilities: Abilities, officeId: string | null): People {
  const canSearch = abilities.may('users.directory');
  const office = officeId ? { officeId } : {};
  const staffList = useApiQuery('users.list', office, abilities.canListPeople);
  const directory = useApiQuery('users.directory', { ...office, limit: DIRECTORY_MAX_LIMIT }, canSearch && !abilities.canListPeople);
  const data: readonly Person[] | undefined = abilities.canListPeople ? staffList.data : directory.data;
  const [found, setFound] = useState<ReadonlyMap<string, Person>>(() => new Map());
  const remember = useCallback((people: readonly Person[]) => {
    setFound((prior) => {
      const fresh = people.filter((p) => prior.get(p.id) !== p);
      return fresh.length === 0 ? prior : new Map([...prior, ...fresh.map((p) => [p.id, p] as const)]);
    });
  }, []);
  return useMemo(() => {
    const list = data ?? [abilities.user];
    const byId = new Map<string, Person>(found);
    for (const person of list) byId.set(person.id, person);
    byId.set(abilities.user.id, abilities.user);
    return { list, byId, name: (id: string) => byId.get(id)?.name ?? null, canSearch, remember };
  }, [data, found, abilities.user, canSearch, remember]);
}
