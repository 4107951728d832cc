// Role patterns over tagged tokens, in the manner of LanguageTool's: one line of data
// each, matched by lemma, word list or part of speech, never by the exact wording.
//
//   ask   would|could|will you ... @connect
//
// Elements, separated by spaces:
//   lemma          the token's dictionary form ("would" matches "'d" and "would")
//   a|b|c          any of these lemmas
//   =a|b           any of these words exactly as written ("=run" is not "ran")
//   @list          a lemma from data/lexicon/<list>.txt
//   VERB, PRON …   a part of speech (upper case)
//   VERB-ing       that part of speech, the word ending so ("redoing", "building")
//   ...            up to five tokens of anything
//   ?              (last) the sentence is a question
// A line whose role starts with "!" is an antipattern: where it matches, neither the other
// patterns nor the model may assign that role ("!stock-phrase grow ... network in": growing
// one's network in a named field is the guide's own example of a reason).
// A token in the scope of a negation never matches ("I don't want to connect").

import type { LangToken } from '../language/nlp.js';
import { type Lexicons, loadLexicons } from './lexicon.js';
import { isRole, type Role } from './roles.js';

type Element =
  | {
      kind: 'lemmas';
      values: ReadonlySet<string>;
      alternatives: readonly string[];
      /** Only the word as written, not its lemma. */
      exact?: boolean;
    }
  | { kind: 'list'; name: string }
  | { kind: 'pos'; value: string; ending?: string }
  | { kind: 'gap' };

export interface Pattern<L extends string = Role> {
  role: L;
  /** An antipattern ("!role" in the file): where it matches, the role is not assigned. */
  negative: boolean;
  source: string;
  elements: Element[];
  question: boolean;
}

export interface PatternMatch<L extends string = Role> {
  pattern: Pattern<L>;
  /** Token indices [first, end) within the sentence's tokens. */
  first: number;
  end: number;
}

const GAP = 5;

export function parsePatterns(text: string): Pattern[];
export function parsePatterns<L extends string>(
  text: string,
  isLabel: (value: unknown) => value is L,
): Pattern<L>[];
export function parsePatterns(
  text: string,
  isLabel: (value: unknown) => value is string = isRole,
): Pattern<string>[] {
  const out: Pattern<string>[] = [];
  for (const [n, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [label = '', ...rest] = line.split(/\s+/);
    const negative = label.startsWith('!');
    const role = negative ? label.slice(1) : label;
    if (!isLabel(role)) throw new Error(`patterns line ${n + 1}: unknown label "${role}"`);
    let question = false;
    if (rest.at(-1) === '?') {
      question = true;
      rest.pop();
    }
    const elements = rest.map((e): Element => {
      if (e === '...') return { kind: 'gap' };
      if (e.startsWith('@')) return { kind: 'list', name: e.slice(1) };
      if (/^[A-Z]{2,}$/.test(e)) return { kind: 'pos', value: e };
      const ending = /^([A-Z]{2,})-([a-z]+)$/.exec(e);
      if (ending) return { kind: 'pos', value: ending[1] as string, ending: ending[2] as string };
      const exact = e.startsWith('=');
      const values = (exact ? e.slice(1) : e).split('|');
      return { kind: 'lemmas', values: new Set(values), alternatives: [...new Set(values)], exact };
    });
    out.push({ role, negative, source: line, elements, question });
  }
  return out;
}

export class PatternSet<L extends string = Role> {
  private readonly lexicons: Lexicons;
  /** Each list's words, looked up once: `accepts` runs for every word of every sentence. */
  private readonly lists = new Map<string, ReadonlySet<string>>();
  /**
   * Patterns by the words of their first word element: a pattern can only match a sentence
   * holding one of them, so most patterns are never looked at (testing all ~250 for each
   * sentence was a fifth of a warm review). Patterns with no word element are always tried.
   */
  private readonly byWord = new Map<string, number[]>();
  private readonly unanchored: number[] = [];
  /** Scratch marks, one per pattern, reused by every `match`. */
  private readonly candidate: Uint8Array;

  constructor(
    readonly patterns: readonly Pattern<L>[],
    lexicons?: Lexicons,
  ) {
    this.lexicons = lexicons ?? loadLexicons();
    this.candidate = new Uint8Array(patterns.length);
    for (const [i, p] of patterns.entries()) {
      for (const e of p.elements) {
        if (e.kind !== 'list') continue;
        const words = this.lexicons.words(e.name);
        if (!words) throw new Error(`pattern "${p.source}": no word list "${e.name}"`);
        this.lists.set(e.name, words);
      }
      const anchor = p.elements.find((e) => e.kind === 'lemmas');
      if (anchor?.kind !== 'lemmas') {
        this.unanchored.push(i);
        continue;
      }
      for (const word of anchor.alternatives) {
        const list = this.byWord.get(word);
        if (list) list.push(i);
        else this.byWord.set(word, [i]);
      }
    }
  }

  /** Every pattern that matches somewhere in the sentence, with where. */
  match(tokens: readonly LangToken[], isQuestion: boolean): PatternMatch<L>[] {
    const words: LangToken[] = [];
    const forms = new Set<string>();
    const tags = new Set<string>();
    for (const t of tokens) {
      if (t.pos === 'PUNCT' || t.pos === 'SPACE') continue;
      words.push(t);
      // What a word not negated offers the elements (see `offered`).
      if (t.negated) continue;
      forms.add(t.lemma);
      forms.add(t.lower);
      tags.add(t.pos);
    }
    const out: PatternMatch<L>[] = [];
    const { candidate, patterns } = this;
    let any = false;
    for (const i of this.unanchored) {
      candidate[i] = 1;
      any = true;
    }
    for (const form of forms) {
      const list = this.byWord.get(form);
      if (list === undefined) continue;
      for (const i of list) candidate[i] = 1;
      any = true;
    }
    if (!any) return out;
    const lists = new Map<string, boolean>();
    for (let i = 0; i < patterns.length; i++) {
      if (candidate[i] === 0) continue;
      candidate[i] = 0;
      const pattern = patterns[i] as Pattern<L>;
      if (pattern.question && !isQuestion) continue;
      // Most patterns cannot match at all: check each element has some token before searching.
      if (!this.offered(pattern.elements, words, forms, tags, lists)) continue;
      for (let start = 0; start < words.length; start++) {
        const end = this.matchFrom(pattern.elements, 0, words, start);
        if (end >= 0) {
          out.push({
            pattern,
            first: tokens.indexOf(words[start] as LangToken),
            end: tokens.indexOf(words[end - 1] as LangToken) + 1,
          });
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether some word not negated could fill every element, from the sentence's lemmas,
   * forms and parts of speech gathered once (asking every word for every pattern was the
   * slowest part of reading a note). `lists` remembers each word list's answer.
   */
  private offered(
    elements: readonly Element[],
    words: readonly LangToken[],
    forms: ReadonlySet<string>,
    tags: ReadonlySet<string>,
    lists: Map<string, boolean>,
  ): boolean {
    for (const e of elements) {
      switch (e.kind) {
        case 'gap':
          break;
        case 'pos':
          if (!tags.has(e.value)) return false;
          break;
        case 'lemmas': {
          let some = false;
          for (let i = 0; i < e.alternatives.length && !some; i++) {
            some = forms.has(e.alternatives[i] as string);
          }
          if (!some) return false;
          break;
        }
        case 'list': {
          let hit = lists.get(e.name);
          if (hit === undefined) {
            hit = words.some((t) => !t.negated && this.accepts(e, t));
            lists.set(e.name, hit);
          }
          if (!hit) return false;
          break;
        }
      }
    }
    return true;
  }

  /** The end of a match of elements[e…] starting at words[w], or -1. */
  private matchFrom(
    elements: readonly Element[],
    e: number,
    words: readonly LangToken[],
    w: number,
  ): number {
    if (e === elements.length) return w;
    const element = elements[e] as Element;
    if (element.kind === 'gap') {
      for (let skip = 0; skip <= GAP && w + skip <= words.length; skip++) {
        const end = this.matchFrom(elements, e + 1, words, w + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    const token = words[w];
    if (!token || token.negated || !this.accepts(element, token)) return -1;
    return this.matchFrom(elements, e + 1, words, w + 1);
  }

  private accepts(element: Element, token: LangToken): boolean {
    switch (element.kind) {
      case 'lemmas':
        return (
          (!element.exact && element.values.has(token.lemma)) || element.values.has(token.lower)
        );
      case 'list': {
        const words = this.lists.get(element.name);
        return words !== undefined && (words.has(token.lemma) || words.has(token.lower));
      }
      case 'pos':
        return (
          token.pos === element.value &&
          (element.ending === undefined || token.lower.endsWith(element.ending))
        );
      default:
        return false;
    }
  }
}
