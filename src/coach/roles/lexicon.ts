// Word lists the role reader uses, one readable file per list in data/lexicon/, one
// lemma a line ("#" starts a comment). A list names a family of meaning ("personal":
// health, family, money, faith), so a note using a word the corpus never showed is
// still read by what the word means.

import { readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('./data/lexicon/', import.meta.url);

export class Lexicons {
  /** word → positions of the lists holding it, ascending: listsOf runs for every token. */
  private index: Map<string, number[]> | undefined;
  private readonly order: string[];

  constructor(private readonly lists: ReadonlyMap<string, ReadonlySet<string>>) {
    this.order = [...lists.keys()];
  }

  has(list: string, ...forms: string[]): boolean {
    const words = this.lists.get(list);
    if (forms.length === 0) return words !== undefined;
    return words !== undefined && forms.some((f) => words.has(f));
  }

  /** The words of one list, or undefined when there is no such list. */
  words(list: string): ReadonlySet<string> | undefined {
    return this.lists.get(list);
  }

  /** The names of the lists that hold this word, in a stable order. */
  listsOf(...forms: string[]): string[] {
    const index = this.index ?? this.indexWords();
    let hits: number[] | undefined;
    for (const f of forms) {
      const at = index.get(f);
      if (at) hits = hits ? union(hits, at) : at;
    }
    return hits ? hits.map((i) => this.order[i] as string) : [];
  }

  private indexWords(): Map<string, number[]> {
    const index = new Map<string, number[]>();
    this.order.forEach((name, i) => {
      for (const word of this.lists.get(name) ?? []) {
        const at = index.get(word);
        if (at) at.push(i);
        else index.set(word, [i]);
      }
    });
    this.index = index;
    return index;
  }

  get names(): string[] {
    return [...this.lists.keys()];
  }
}

/** The sorted union of two ascending lists of distinct numbers. */
function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
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
