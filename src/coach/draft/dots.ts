// Words whose full stop ends no sentence: a title before a name ("Dr.", "Engr.", "Dott.ssa")
// from titles.txt, the one list of titles, and the few other abbreviations people type with
// a full stop (data/dotted-words.txt: "etc.", "Ltd.", "Mt.").

import { readList } from '../language/lists.js';

let alternation: string | undefined;

/**
 * The dotted words as a regex alternation, without their full stop: "Dr|Engr|etc|Etc|…".
 * A title counts when short ("Capt") or dotted inside ("Dr.ssa"), and only capitalised as
 * before a name: "Professor." or "my aunt." may end a sentence.
 */
export function dottedWords(): string {
  if (alternation !== undefined) return alternation;
  const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const titles = readList(new URL('./data/titles.txt', import.meta.url)).filter(
    (entry) => entry.length <= 4 || entry.includes('.'),
  );
  const others = readList(new URL('./data/dotted-words.txt', import.meta.url));
  const forms = new Set([...titles.map(upper), ...others, ...others.map(upper)]);
  alternation = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return alternation;
}
