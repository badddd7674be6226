/**
 * Finding people by what someone types. SQLite's LOWER and LIKE fold only ASCII letters, so the
 * comparison happens here, in JavaScript, the same on SQLite and PostgreSQL: letter case folded by
 * Unicode (Cyrillic included) and «ё» read as «е», as people type it.
 */
export const searchKey = (text: string): string => text.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').trim();

interface Searchable {
  name: string;
  email: string;
}

/** Whether a person matches a search key: the start of their name, of a word in it, or of their e-mail. */
export function matchesPerson(person: Searchable, key: string): boolean {
  if (!key) return true;
  const name = searchKey(person.name);
  if (name.startsWith(key) || searchKey(person.email).startsWith(key)) return true;
  return name.split(/[\s\-'’.]+/).some((word) => word.startsWith(key));
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By name as a person reads a list (Latin names, then Cyrillic, each in alphabet order), then e-mail. */
export const comparePeople = (a: Searchable, b: Searchable): number => byName.compare(a.name, b.name) || a.email.localeCompare(b.email);
