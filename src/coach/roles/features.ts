// The features a sentence's roles are read from: lemmas and lemma pairs, with names,
// proper nouns and numbers reduced to their kind, negated words marked, and the shape
// of the sentence (question, exclamation, first or last). Training and review share this
// one function, so what the model learned is what it is shown.

import type { LangToken } from '../language/nlp.js';
import { loadLexicons } from './lexicon.js';
import type { PackedModels } from './logistic.js';

export interface UnitShape {
  /** Position of the sentence among the note's counted sentences. */
  first: boolean;
  last: boolean;
  /** The punctuation that ends it ("?", "!", "." or ""). */
  terminator: string;
}

/** Lower-cased words of the names in play (recipient, sender, mutual contact). */
export type NameWords = ReadonlySet<string>;

export function unitFeatures(
  tokens: readonly LangToken[],
  shape: UnitShape,
  names: NameWords,
): string[] {
  const lexicons = loadLexicons();
  const out = new Set<string>();
  let previous = '^';
  let words = 0;
  for (const t of tokens) {
    if (t.type === 'punctuation' || t.pos === 'PUNCT' || t.pos === 'SPACE') {
      if (t.text === '%') out.add('w:%');
      continue;
    }
    words++;
    const lemma = lemmaFeature(t, names);
    out.add(`w:${lemma}`);
    out.add(`b:${previous}_${lemma}`);
    for (const list of lexicons.listsOf(t.lemma, t.lower)) out.add(`lex:${list}`);
    if (t.negated && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ')) {
      out.add(`neg:${lemma}`);
    }
    previous = lemma;
  }
  out.add(`b:${previous}_$`);
  // A sentence that puts their side and ours together ("your preprint overlaps with our
  // calibration work") usually says why to connect, whatever its words.
  let self = false;
  let other = false;
  for (const t of tokens) {
    if (SELF.has(t.lemma)) self = true;
    else if (t.lemma === 'you' || t.lemma === 'your') other = true;
  }
  if (self && other) out.add('s:self+other');
  if (shape.terminator.includes('?')) out.add('s:question');
  if (shape.terminator.includes('!')) out.add('s:exclaim');
  if (shape.first) out.add('s:first');
  if (shape.last) out.add('s:last');
  out.add(words <= 4 ? 's:short' : words >= 20 ? 's:long' : 's:mid');
  return [...out];
}

const SELF: ReadonlySet<string> = new Set(['i', 'my', 'we', 'our', 'me', 'us']);

function lemmaFeature(t: LangToken, names: NameWords): string {
  if (names.has(t.lower)) return '<name>';
  if (t.pos === 'NUM' || /^\d/.test(t.text)) return '<num>';
  if (t.type === 'email') return '<email>';
  if (t.type === 'url') return '<url>';
  // Proper nouns are reduced to their kind unless they are common words in capitals.
  if (t.pos === 'PROPN' && t.lemma === t.lower && /^\p{Lu}/u.test(t.text)) return '<propn>';
  return t.lemma;
}

/**
 * The model's rows of unitFeatures' features, in the same order, without building a string
 * per feature: lemmas, pairs and lists are looked up in tables made once per model. Reading
 * a note builds no feature strings (they were a tenth of a warm review); a test holds this
 * equal to `featureRows(models, unitFeatures(…))`, so the sums, and every decision, are the same.
 */
export function unitRows(
  models: PackedModels,
  tokens: readonly LangToken[],
  shape: UnitShape,
  names: NameWords,
): number[] {
  const index = rowIndex(models);
  const lexicons = loadLexicons();
  const rows: number[] = [];
  const seen = index.seen;
  index.stamp = index.stamp === 0x7fffffff ? 1 : index.stamp + 1;
  if (index.stamp === 1) seen.fill(0);
  const stamp = index.stamp;
  const add = (row: number | undefined): void => {
    if (row === undefined || row < 0 || seen[row] === stamp) return;
    seen[row] = stamp;
    rows.push(row);
  };
  let previous = '^';
  let previousEntry = index.lemmas.get(previous);
  let words = 0;
  for (const t of tokens) {
    if (t.type === 'punctuation' || t.pos === 'PUNCT' || t.pos === 'SPACE') {
      if (t.text === '%') add(index.lemmas.get('%')?.word);
      continue;
    }
    words++;
    const lemma = lemmaFeature(t, names);
    const entry = index.lemmas.get(lemma);
    add(entry?.word);
    add(index.pair(previous, previousEntry, lemma, entry));
    const a = lexicons.positionsOf(t.lemma);
    const b = lexicons.positionsOf(t.lower);
    // The sorted union of both forms' lists, as listsOf gives it.
    let i = 0;
    let j = 0;
    const an = a?.length ?? 0;
    const bn = b?.length ?? 0;
    while (i < an || j < bn) {
      const x = i < an ? (a?.[i] as number) : Number.POSITIVE_INFINITY;
      const y = j < bn ? (b?.[j] as number) : Number.POSITIVE_INFINITY;
      add(index.lex[Math.min(x, y)]);
      if (x <= y) i++;
      if (y <= x) j++;
    }
    if (t.negated && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ')) {
      add(entry?.negated);
    }
    previous = lemma;
    previousEntry = entry;
  }
  add(index.pair(previous, previousEntry, '$', index.lemmas.get('$')));
  let self = false;
  let other = false;
  for (const t of tokens) {
    if (SELF.has(t.lemma)) self = true;
    else if (t.lemma === 'you' || t.lemma === 'your') other = true;
  }
  if (self && other) add(index.shape.get('self+other'));
  if (shape.terminator.includes('?')) add(index.shape.get('question'));
  if (shape.terminator.includes('!')) add(index.shape.get('exclaim'));
  if (shape.first) add(index.shape.get('first'));
  if (shape.last) add(index.shape.get('last'));
  add(index.shape.get(words <= 4 ? 'short' : words >= 20 ? 'long' : 'mid'));
  return rows;
}

/** What the model knows of one lemma: its "w:" and "neg:" rows, its number in "b:" pairs. */
interface LemmaEntry {
  word?: number;
  negated?: number;
  /** -1 when the lemma is in no pair. */
  id: number;
}

interface RowIndex {
  /** One lookup per token gives every row keyed by its lemma. */
  lemmas: Map<string, LemmaEntry>;
  /** "s:shape" rows by what follows the prefix. */
  shape: Map<string, number>;
  /** "lex:list" rows by the list's position among the lexicons (-1: the model lacks it). */
  lex: Int32Array;
  pair(
    previous: string,
    previousEntry: LemmaEntry | undefined,
    lemma: string,
    entry: LemmaEntry | undefined,
  ): number | undefined;
  /** Scratch for dropping repeated rows without a set: a row is taken when it holds `stamp`. */
  seen: Int32Array;
  stamp: number;
}

const indexes = new WeakMap<PackedModels, RowIndex>();

function rowIndex(models: PackedModels): RowIndex {
  const known = indexes.get(models);
  if (known) return known;
  const lemmas = new Map<string, LemmaEntry>();
  const entry = (lemma: string): LemmaEntry => {
    let e = lemmas.get(lemma);
    if (e === undefined) {
      e = { id: -1 };
      lemmas.set(lemma, e);
    }
    return e;
  };
  const shape = new Map<string, number>();
  const names = loadLexicons().names;
  const lex = new Int32Array(names.length).fill(-1);
  const position = new Map(names.map((n, i) => [n, i]));
  // A pair "b:x_y" is numbered by its two lemmas; one whose lemmas hold "_" could be split
  // more than one way, so those are looked up by their string, as unitFeatures writes it.
  let ids = 0;
  const lemmaId = (lemma: string): number => {
    const e = entry(lemma);
    if (e.id < 0) e.id = ids++;
    return e.id;
  };
  const pairs: [number, number, number][] = [];
  for (const [feature, row] of models.features) {
    const colon = feature.indexOf(':');
    const kind = feature.slice(0, colon);
    const value = feature.slice(colon + 1);
    if (kind === 'w') entry(value).word = row;
    else if (kind === 'neg') entry(value).negated = row;
    else if (kind === 's') shape.set(value, row);
    else if (kind === 'lex') {
      const at = position.get(value);
      if (at !== undefined) lex[at] = row;
    } else if (kind === 'b') {
      const cut = value.indexOf('_');
      if (cut < 0 || value.indexOf('_', cut + 1) >= 0) continue;
      pairs.push([lemmaId(value.slice(0, cut)), lemmaId(value.slice(cut + 1)), row]);
    }
  }
  const width = ids;
  const pairRows = new Map<number, number>();
  for (const [x, y, row] of pairs) pairRows.set(x * width + y, row);
  const index: RowIndex = {
    lemmas,
    shape,
    lex,
    pair(previous, previousEntry, lemma, entry) {
      if (previous.includes('_') || lemma.includes('_')) {
        return models.features.get(`b:${previous}_${lemma}`);
      }
      const x = previousEntry?.id ?? -1;
      const y = entry?.id ?? -1;
      return x < 0 || y < 0 ? undefined : pairRows.get(x * width + y);
    },
    seen: new Int32Array(models.features.size),
    stamp: 0,
  };
  indexes.set(models, index);
  return index;
}
