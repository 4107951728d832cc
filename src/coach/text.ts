// One pass of text analysis shared by every rule: word tokens with offsets, sentences,
// and a few derived facts. Computed once per review; rules never re-tokenise.

import { listSet } from './language/lists.js';

export type TokenKind = 'word' | 'url' | 'email' | 'handle';

export interface Token {
  kind: TokenKind;
  text: string;
  /** `text` lower-cased, with ’ folded to ' (so rules compare one spelling). */
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to (-1 when it is in none). */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The punctuation that ends it (".", "!", "?!", "…"), or "" when it has none. */
  terminator: string;
  /** Indices into `tokens`: [firstToken, lastToken + 1). */
  firstToken: number;
  endToken: number;
  /** Only a greeting ("Hi Leo,") or only a sign-off ("Best, Sam"): not counted as a sentence. */
  greetingOnly: boolean;
  signOff: boolean;
}

export interface TextAnalysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentences that count (those with words that are not only a greeting or a sign-off). */
  countedSentences: number;
  /** Words as LinkedIn users count them: every token (URLs and handles count as one). */
  wordCount: number;
}

// An e-mail address may only start where a run of address characters starts, so the
// tokeniser never rescans a long run from each of its positions (linear on any input).
// ASCII classes there: bounded or Unicode classes would make the expression slow to compile.
// URLs, e-mail addresses, @handles, dotted acronyms (U.S., e.g.) and words with inner
// apostrophes or hyphens (I’d, co-worker, B2B). Everything else is punctuation or space.
const TOKEN_SHAPES = [
  String.raw`((?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,!?;:'’”)\]])`, // URL
  String.raw`((?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`, // e-mail
  String.raw`((?<![\p{L}\p{N}])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)`, // @handle
  String.raw`((?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)`, // word
];
const TOKEN_RE = new RegExp(TOKEN_SHAPES.join('|'), 'gu');

const TERMINATOR_RE = /[.!?…]+['"’”)\]]*(?=\s|$)|\n/g;

/** Words after which a full stop ends no sentence (coach/data/dotted-titles.txt: "dr"). */
const ABBREVIATIONS: ReadonlySet<string> = readList('dotted-titles.txt');
/** Openings that greet someone, one a line (coach/data/greetings.txt: "hi", "kia ora"). */
export const GREETINGS: ReadonlySet<string> = readList('greetings.txt');
/** Titles and ranks that may stand before a name (coach/data/titles.txt: "dr", "sgt"). */
export const TITLES: ReadonlySet<string> = readList('titles.txt');
/** The commonest English words (coach/data/english-common.txt): "the", "thanks", "meet". */
export const COMMON_ENGLISH: ReadonlySet<string> = readList('english-common.txt');
/** Lower-case words inside names (coach/data/name-particles.txt: "van", "de", "bin"). */
export const NAME_PARTICLES: ReadonlySet<string> = readList('name-particles.txt');
/** Words said after a name to honour or warm it (coach/data/name-honorifics.txt: "ji", "bach"). */
export const NAME_HONORIFICS: ReadonlySet<string> = readList('name-honorifics.txt');

// The words of a greeting line ("Hello again, Priya!", "Kia ora Mere"): any word of a greeting.
export const GREETING_WORDS: ReadonlySet<string> = new Set([
  ...[...GREETINGS].flatMap((g) => g.split(/[ -]/)),
  'again',
  'there',
]);

function readList(file: string): ReadonlySet<string> {
  return listSet(new URL(`./data/${file}`, import.meta.url));
}

// Longest first: the head is matched alone, with no backtracking into a shorter one.
const SIGN_OFF_WORDS =
  '(?:best regards|kind regards|warm regards|all the best|many thanks|thank you|talk soon|take care|sincerely|regards|warmly|cheers|thanks|yours|best)';
const SIGNATURE = String.raw`(?:\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?`;
// "Thank you very much.", "Thanks in advance.", "Thank you po.", "Yours sincerely".
const SIGN_OFF_TAIL =
  '(?:\\s+(?:very much|so much|a lot|a million|in advance|again|kindly|po|sincerely|truly|faithfully|wishes))?';
const SIGN_OFF_HEAD = new RegExp(`^${SIGN_OFF_WORDS}${SIGN_OFF_TAIL}(?<comma>[,.!]?)`, 'i');
// The name signed is matched with case: under the head's "i" flag "Thank you for accepting."
// read as "Thank you" signed "for accepting", and the ask was dropped as a sign-off.
const SIGNATURE_RE = new RegExp(`^${SIGNATURE}[.!]?$`, 'u');
// "cheers, tom": in lower case only after a comma.
const LOWER_SIGNATURE_RE = /^\s+\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?[.!]?$/u;
const DASHED_SIGN_OFF_RE = /^[-–—~]\s*\S+(?:\s+\S+)?$/u;

function isSignOffText(text: string): boolean {
  if (DASHED_SIGN_OFF_RE.test(text)) return true;
  const head = SIGN_OFF_HEAD.exec(text);
  if (!head) return false;
  const rest = text.slice(head[0].length);
  return SIGNATURE_RE.test(rest) || (head.groups?.comma === ',' && LOWER_SIGNATURE_RE.test(rest));
}

export function foldApostrophes(value: string): string {
  return value.includes('’') ? value.replace(/’/g, "'") : value;
}

export function analyze(text: string): TextAnalysis {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const kind: TokenKind =
      m[1] !== undefined
        ? 'url'
        : m[2] !== undefined
          ? 'email'
          : m[3] !== undefined
            ? 'handle'
            : 'word';
    const lower = m[0].toLowerCase();
    tokens.push({
      kind,
      text: m[0],
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start: m.index,
      end: m.index + m[0].length,
      sentence: -1,
    });
  }

  const sentences = splitSentences(text, tokens);
  let counted = 0;
  for (const s of sentences) {
    if (s.endToken > s.firstToken && !s.greetingOnly && !s.signOff) counted++;
  }
  return { text, tokens, sentences, countedSentences: counted, wordCount: tokens.length };
}

function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let segStart = 0;
  let tokenIndex = 0;

  const push = (from: number, to: number, terminator: string) => {
    // Trim whitespace on both sides.
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).end <= s) tokenIndex++;
    const first = tokenIndex;
    while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).start < e) {
      (tokens[tokenIndex] as Token).sentence = sentences.length;
      tokenIndex++;
    }
    const sentenceText = text.slice(s, e);
    const words = tokens.slice(first, tokenIndex);
    sentences.push({
      start: s,
      end: e,
      text: sentenceText,
      terminator,
      firstToken: first,
      endToken: tokenIndex,
      greetingOnly: isGreetingOnly(words),
      signOff: words.length > 0 && words.length <= 4 && isSignOffText(sentenceText),
    });
  };

  TERMINATOR_RE.lastIndex = 0;
  for (let m = TERMINATOR_RE.exec(text); m !== null; m = TERMINATOR_RE.exec(text)) {
    const at = m.index;
    if (m[0] === '\n') {
      // A line break ends a sentence unless the line ends with a comma-like mark
      // ("Hi Leo,\nGreat meeting you…" is one sentence).
      let p = at - 1;
      while (p >= segStart && isSpace(text.charCodeAt(p))) p--;
      if (p < segStart) {
        // Only whitespace so far: nothing to end; start afresh after the break.
        segStart = at + 1;
        continue;
      }
      const prev = text[p] as string;
      if (',;:–—-('.includes(prev)) continue;
      push(segStart, at, '');
      segStart = at + 1;
      continue;
    }
    if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviationBefore(text, at)) continue;
    const end = at + m[0].length;
    push(segStart, end, m[0].replace(/['"’”)\]]+$/, ''));
    segStart = end;
  }
  push(segStart, text.length, '');
  return sentences;
}

function isAbbreviationBefore(text: string, dotAt: number): boolean {
  let p = dotAt;
  while (p > 0 && p > dotAt - 6 && /[\p{L}.]/u.test(text[p - 1] as string)) p--;
  const word = text.slice(p, dotAt).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Dotted acronyms (U.S.) and single initials (J. Smith).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return /^\p{Lu}$/u.test(text.slice(p, dotAt)) && dotAt - p === 1 && text.slice(p, dotAt) !== 'I';
}

function isGreetingOnly(words: Token[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  const first = words[0] as Token;
  if (!GREETING_WORDS.has(first.lower)) return false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Token;
    // A name: "Leo", "O'Brien", "Jean-Luc"; not words in capitals ("PLEASE ACCEPT").
    if (
      !GREETING_WORDS.has(w.lower) &&
      !/^\p{Lu}[\p{Ll}'’-]/u.test(w.text) &&
      !TITLES.has(w.lower)
    ) {
      return false;
    }
  }
  return true;
}

export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029
  );
}

export function isCapitalised(word: string): boolean {
  // Most words start with an ASCII letter: answered without running a regular expression.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** The word without a final "'s" ("sarah's" → "sarah"), as `.replace(/'s$/, '')` gives it. */
export function withoutPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** Whether the text starts with an ASCII digit, as `/^\d/` tests. */
export function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** All capitals and at least two letters ("AWS", "B2B", "NASA"). */
export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}&'’-]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The index of the token that starts at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence containing `offset`, or undefined. */
export function sentenceAt(analysis: TextAnalysis, offset: number): Sentence | undefined {
  for (const s of analysis.sentences) {
    if (offset >= s.start && offset < s.end) return s;
  }
  return undefined;
}
