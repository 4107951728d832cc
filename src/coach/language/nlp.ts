// The coach's language layer: tokens with lemmas, parts of speech and negation, from
// wink-nlp's English model. Loaded once per process (about 60 ms), then ~0.05 ms a note.
// Offsets are UTF-16 indices into the text, as the rest of the coach uses.

import winkNLP from 'wink-nlp';
import { leanModelWithCore, PIPE } from './wink-model.js';

/** Universal POS tags as wink-nlp assigns them (NOUN, VERB, PRON, AUX, ADJ, PROPN, …). */
export type Pos = string;

export interface LangToken {
  text: string;
  /** Lower case, with ’ folded to '. */
  lower: string;
  /** Dictionary form, lower case ("'d" → "would", "runs" → "run"). */
  lemma: string;
  pos: Pos;
  /** Inside the scope of a negation ("didn't go to the summit": go, to, the, summit). */
  negated: boolean;
  /** word, punctuation, number, email, url, emoji, … as wink-nlp types it. */
  type: string;
  start: number;
  end: number;
}

export interface LangSentence {
  start: number;
  end: number;
  /** Indices into `tokens`: [first, end). */
  first: number;
  endToken: number;
}

export interface Parsed {
  text: string;
  tokens: LangToken[];
  sentences: LangSentence[];
}

let nlp: ReturnType<typeof winkNLP> | undefined;
let learntWords = () => 0;

/**
 * Words wink may learn before it is loaded afresh: it keeps every new
 * word it meets, so a server reviewing names and typos for months would otherwise grow
 * without bound. 50,000 words are ~7 MB (140 bytes each); a reload costs ~30 ms.
 */
let maxLearntWords = 50_000;

function load(): ReturnType<typeof winkNLP> {
  if (nlp && learntWords() > maxLearntWords) nlp = undefined;
  if (!nlp) {
    const lean = leanModelWithCore();
    nlp = winkNLP(lean.model, PIPE);
    learntWords = lean.learntWords;
  }
  return nlp;
}

/** How many words wink has learnt since it last loaded; the bound, for tests. */
export function learntWordCount(): number {
  return learntWords();
}
export function boundLearntWords(max: number): void {
  maxLearntWords = max;
}

/** Tokens, tags, lemmas and sentences of `text`. Never throws on any string. */
export function parse(text: string): Parsed {
  const engine = load();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  // The typings declare lemma's addons parameter narrower than `out` passes it.
  const lemmas = all.out(its.lemma as Parameters<typeof all.out>[0]) as string[];
  const negation = all.out(its.negationFlag) as unknown as boolean[];
  const types = all.out(its.type) as string[];

  const tokens: LangToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // wink-nlp keeps the text's spacing, but locate each token rather than trust arithmetic:
    // a token the model normalised is skipped over instead of shifting every later offset.
    const at = text.indexOf(value, cursor);
    const start = at >= 0 && at - cursor < 64 ? at : cursor;
    const end = at >= 0 && at - cursor < 64 ? at + value.length : cursor;
    cursor = end;
    const lower = fold(value.toLowerCase());
    tokens.push({
      text: value,
      lower,
      lemma: fold((lemmas[i] ?? lower).toLowerCase()),
      pos: pos[i] ?? 'X',
      negated: negation[i] === true,
      type: types[i] ?? 'word',
      start,
      end,
    });
  }

  const sentences: LangSentence[] = [];
  let first = 0;
  // Spans as token indices [first, last]: `each` built an API object per sentence and its tokens.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [from, to] of spans) {
    const count = to - from + 1;
    const endToken = Math.min(tokens.length, first + count);
    if (endToken > first) {
      sentences.push({
        start: (tokens[first] as LangToken).start,
        end: (tokens[endToken - 1] as LangToken).end,
        first,
        endToken,
      });
    }
    first = endToken;
  }
  return { text, tokens, sentences };
}

function fold(value: string): string {
  return value.includes('’') ? value.replace(/’/g, "'") : value;
}
