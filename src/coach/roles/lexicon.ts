// Word lists the role reader uses, one readable file per list in data/lexicon/, one
// lemma a line ("#" starts a comment). A list names a family of meaning ("personal":
// health, family, money, faith), so a note using a word the corpus never showed is
// still read by what the word means.

import { readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('./data/lexicon/', import.meta.url);

export class Lexicons {
  constructor(private readonly lists: ReadonlyMap<string, ReadonlySet<string>>) {}

  has(list: string, ...forms: string[]): boolean {
    const words = this.lists.get(list);
    if (forms.length === 0) return words !== undefined;
    return words !== undefined && forms.some((f) => words.has(f));
  }

  /** The names of the lists that hold this word, in a stable order. */
  listsOf(...forms: string[]): string[] {
    const out: string[] = [];
    for (const [name, words] of this.lists) {
      if (forms.some((f) => words.has(f))) out.push(name);
    }
    return out;
  }

  get names(): string[] {
    return [...this.lists.keys()];
  }
}

export function parseList(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim().toLowerCase();
    if (line) out.add(line);
  }
  return out;
}

let cached: Lexicons | undefined;

export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const lists = new Map<string, Set<string>>();
  for (const file of readdirSync(DIR).sort()) {
    if (!file.endsWith('.txt')) continue;
    lists.set(file.slice(0, -4), parseList(readFileSync(new URL(file, DIR), 'utf8')));
  }
  cached = new Lexicons(lists);
  return cached;
}
