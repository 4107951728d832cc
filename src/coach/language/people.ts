// What the coach knows of people's names and roles: whether a given name or a role noun
// is a woman's or a man's, to tell who "she" or "he" can be. Unknown is the usual answer.

import { listMap, listSet } from './lists.js';

export type Sex = 'f' | 'm';

let female: ReadonlySet<string> | undefined;
let male: ReadonlySet<string> | undefined;
let roles: ReadonlyMap<string, string> | undefined;
let noteRoles: ReadonlyMap<string, string> | undefined;
let collectives: ReadonlySet<string> | undefined;
let titles: ReadonlyMap<string, string> | undefined;

const data = (file: string) => new URL(`./data/${file}`, import.meta.url);

/** 'f' or 'm' when a given name is nearly always a woman's or a man's; else undefined. */
export function sexOfName(name: string): Sex | undefined {
  female ??= listSet(data('female-names.txt'));
  male ??= listSet(data('male-names.txt'));
  const first = name.toLowerCase().split(/[\s-]+/)[0] ?? '';
  if (female.has(first)) return 'f';
  if (male.has(first)) return 'm';
  return undefined;
}

/** A noun naming a person other than the reader ("manager", "sister"), with its sex when fixed. */
export function personRole(noun: string): { sex?: Sex } | undefined {
  roles ??= listMap(data('person-roles.txt'));
  const tag = roles.get(noun.toLowerCase());
  if (tag === undefined) return undefined;
  return tag === 'f' || tag === 'm' ? { sex: tag } : {};
}

/**
 * personRole, or one of the further nouns a note may name someone by ("the speaker before
 * you", "my patient", "my grandmother"): who else a note's "she" or "he" may be.
 */
export function personInNote(noun: string): { sex?: Sex } | undefined {
  const role = personRole(noun);
  if (role) return role;
  noteRoles ??= listMap(data('people-in-notes.txt'));
  const tag = noteRoles.get(noun.toLowerCase());
  if (tag === undefined) return undefined;
  return tag === 'f' || tag === 'm' ? { sex: tag } : {};
}

/** A group of people a British writer may call "they" in the singular ("my team"). */
export function isCollective(noun: string): boolean {
  collectives ??= listSet(data('collective-nouns.txt'));
  return collectives.has(noun.toLowerCase());
}

/** A known given name of either list: a capitalised word that is a person, not a place. */
export function isKnownGivenName(word: string): boolean {
  return sexOfName(word) !== undefined;
}

/** 'f' or 'm' for a title that says it ("Mrs", "Encik", "Puan"); else undefined. */
export function sexOfTitle(title: string): Sex | undefined {
  titles ??= listMap(data('gendered-titles.txt'));
  const tag = titles.get(title.toLowerCase().replace(/’/g, "'").replace(/\.$/, ''));
  return tag === 'f' || tag === 'm' ? tag : undefined;
}
