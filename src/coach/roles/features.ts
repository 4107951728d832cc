// The features a sentence's roles are read from: lemmas and lemma pairs, with names,
// proper nouns and numbers reduced to their kind, negated words marked, and the shape
// of the sentence (question, exclamation, first or last). Training and review share this
// one function, so what the model learned is what it is shown.

import type { LangToken } from '../language/nlp.js';
import { isCapitalised, startsWithDigit } from '../text.js';
import { loadLexicons } from './lexicon.js';

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
  if (t.pos === 'NUM' || startsWithDigit(t.text)) return '<num>';
  if (t.type === 'email') return '<email>';
  if (t.type === 'url') return '<url>';
  // Proper nouns are reduced to their kind unless they are common words in capitals.
  if (t.pos === 'PROPN' && t.lemma === t.lower && isCapitalised(t.text)) return '<propn>';
  return t.lemma;
}
