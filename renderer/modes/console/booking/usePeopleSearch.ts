import { useEffect, useMemo, useState } from 'react';
import { useApiQuery } from '../../../api/useApiQuery';
import type { People, Person } from './usePeople';

/** How long typing pauses before the directory is asked, and how many people one answer offers. */
const PAUSE_MS = 150;
const SHOWN = 20;
const MAX_QUERY = 120;

export interface PeopleSearch {
  /** The office's people and, once something is typed, whoever the directory finds for it. */
  options: readonly Person[];
  isSearching: boolean;
}

/**
 * A picker's choices: the people already known, and the directory asked for what the person
 * types (after a short pause; stale answers are dropped), so colleagues of any office can be found.
 */
export function usePeopleSearch(people: People, typed: string): PeopleSearch {
  const text = typed.trim().slice(0, MAX_QUERY);
  const [query, setQuery] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const isAsking = people.canSearch && query.length > 0;
  const answer = useApiQuery('users.directory', { query: query || undefined, limit: SHOWN }, isAsking);
  const found = isAsking ? answer.data : undefined;
  const options = useMemo(() => {
    if (!found?.length) return people.list;
    const known = new Set(people.list.map((p) => p.id));
    return [...people.list, ...found.filter((p) => !known.has(p.id))];
  }, [people.list, found]);
  return { options, isSearching: people.canSearch && text.length > 0 && (text !== query || answer.isLoading) };
}
