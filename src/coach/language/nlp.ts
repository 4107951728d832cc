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
/** The model's addons (the lemmatiser): wink's lemma reader takes them. */
let addons: unknown;

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
    addons = (lean.model as { addons?: unknown }).addons;
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

/** wink's data for one document, as its `its.*` readers take it. */
interface DocData {
  tokens: unknown[];
  sentences: unknown[][];
  markings: unknown[];
  numOfTokens: number;
}

type Reader = (index: number, rdd: DocData, addons?: unknown) => unknown;

function isDocData(value: unknown): value is DocData {
  const rdd = value as DocData | undefined;
  return (
    typeof rdd === 'object' &&
    rdd !== null &&
    Array.isArray(rdd.tokens) &&
    Array.isArray(rdd.sentences) &&
    Array.isArray(rdd.markings) &&
    typeof rdd.numOfTokens === 'number'
  );
}

/** Tokens, tags, lemmas and sentences of `text`. Never throws on any string. */
export function parse(text: string): Parsed {
  const engine = load();
  const read = baseLetters(text);
  const doc = engine.readDoc(read);
  // The document's own data, through the addon wink-model.ts puts in readability's place:
  // one pass of wink's readers instead of five `out` calls each building arrays.
  const rdd = doc.out(engine.its.readabilityStats) as unknown;
  if (!isDocData(rdd)) return parseThroughApi(text, read, doc, engine.its);
  const its = engine.its as unknown as Record<string, Reader>;
  const value = its.value as Reader;
  const pos = its.pos as Reader;
  const lemma = its.lemma as Reader;
  const negationFlag = its.negationFlag as Reader;
  const type = its.type as Reader;
  const tokens: LangToken[] = [];
  const cursor = { at: 0 };
  for (let i = 0; i < rdd.numOfTokens; i++) {
    tokens.push(
      token(
        text,
        read,
        cursor,
        value(i, rdd) as string,
        lemma(i, rdd, addons) as string | undefined,
        pos(i, rdd) as string | undefined,
        negationFlag(i, rdd) as boolean,
        type(i, rdd) as string | undefined,
      ),
    );
  }
  const spans = rdd.sentences.map((s) => [s[0], s[1]] as [number, number]);
  // wink's allocation sites for these arrays are pretenured once warm, so each document's
  // arrays sit in old space and would drag their young element stores into old space at every
  // scavenge, until a full collection; emptied, those stores die young.
  rdd.tokens.length = 0;
  rdd.sentences.length = 0;
  rdd.markings.length = 0;
  affirmIdioms(tokens);
  return { text, tokens, sentences: sentencesOf(spans, tokens) };
}

/** What `parse` reads, through wink's public API alone: for tests. */
export function parseThroughPublicApi(text: string): Parsed {
  const engine = load();
  const read = baseLetters(text);
  return parseThroughApi(text, read, engine.readDoc(read), engine.its);
}

/** The same through wink's public API, should its document data ever look different. */
function parseThroughApi(
  text: string,
  read: string,
  doc: ReturnType<ReturnType<typeof winkNLP>['readDoc']>,
  its: ReturnType<typeof winkNLP>['its'],
): Parsed {
  const all = doc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  // The typings declare lemma's addons parameter narrower than `out` passes it.
  const lemmas = all.out(its.lemma as Parameters<typeof all.out>[0]) as string[];
  const negation = all.out(its.negationFlag) as unknown as boolean[];
  const types = all.out(its.type) as string[];
  const tokens: LangToken[] = [];
  const cursor = { at: 0 };
  for (let i = 0; i < values.length; i++) {
    tokens.push(
      token(
        text,
        read,
        cursor,
        values[i] as string,
        lemmas[i],
        pos[i],
        negation[i] === true,
        types[i],
      ),
    );
  }
  // Spans as token indices [first, last]: `each` built an API object per sentence and its tokens.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  affirmIdioms(tokens);
  return { text, tokens, sentences: sentencesOf(spans, tokens) };
}

function token(
  text: string,
  read: string,
  cursor: { at: number },
  value: string,
  lemma: string | undefined,
  pos: string | undefined,
  negated: boolean,
  type: string | undefined,
): LangToken {
  // wink-nlp keeps the text's spacing, but locate each token rather than trust arithmetic:
  // a token the model normalised is skipped over instead of shifting every later offset.
  const at = read.indexOf(value, cursor.at);
  const found = at >= 0 && at - cursor.at < 64;
  const start = found ? at : cursor.at;
  const end = found ? at + value.length : cursor.at;
  cursor.at = end;
  // wink read the base letters; the token keeps the writer's own ("Taupō", not "Taupo").
  const own = found && read !== text ? text.slice(start, end) : value;
  const lower = fold(own.toLowerCase());
  const readLemma = (lemma ?? value).toLowerCase();
  return {
    text: own,
    lower,
    lemma: fold(own === value || readLemma !== value.toLowerCase() ? readLemma : lower),
    pos: pos ?? 'X',
    negated: negated === true,
    type: type ?? 'word',
    start,
    end,
  };
}

/**
 * "I couldn't help noticing your age" says the sender noticed: the words after "help" are
 * no more negated than in "I noticed your age", whatever wink's negation scope says.
 */
function affirmIdioms(tokens: LangToken[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const help = tokens[i] as LangToken;
    if (help.lemma !== 'help' || !/^(?:not|n't|never)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    const next = tokens[i + 1] as LangToken;
    if (!(next.lower === 'but' || (next.pos === 'VERB' && next.lower.endsWith('ing')))) continue;
    for (let j = i; j < tokens.length && tokens[j]?.negated; j++)
      (tokens[j] as LangToken).negated = false;
  }
}

function sentencesOf(spans: readonly [number, number][], tokens: LangToken[]): LangSentence[] {
  const sentences: LangSentence[] = [];
  let first = 0;
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
  return sentences;
}

function fold(value: string): string {
  return value.includes('’') ? value.replace(/’/g, "'") : value;
}

/** Letters wink's tokenizer knows nothing of and has no decomposition to a base letter. */
const BASE: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
};

/**
 * The text with each Latin letter beyond Latin-1 as its base letter ("Taupō" → "Taupo",
 * "Gdańsk" → "Gdansk", "Łódź" → "Lodz"): wink splits words at such letters, so "Taup|ō" could
 * be neither a name nor a place. One UTF-16 unit for one, so every offset stays the same.
 */
export function baseLetters(text: string): string {
  if (!/[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (letter) => {
    const mapped = BASE[letter];
    if (mapped) return mapped;
    const base = letter.normalize('NFD').charAt(0);
    return base.length === 1 && base.charCodeAt(0) < 0x100 ? base : letter;
  });
}
