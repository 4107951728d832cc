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
//   X~Y            a token X accepts and Y does not ("VERB~@connect": any verb but connecting)
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
  | { kind: 'gap' }
  | { kind: 'except'; base: Element; not: Element };

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
    const element = (e: string): Element => {
      const tilde = e.indexOf('~');
      if (tilde > 0) {
        return {
          kind: 'except',
          base: element(e.slice(0, tilde)),
          not: element(e.slice(tilde + 1)),
        };
      }
      if (e === '...') return { kind: 'gap' };
      if (e.startsWith('@')) return { kind: 'list', name: e.slice(1) };
      if (/^[A-Z]{2,}$/.test(e)) return { kind: 'pos', value: e };
      const ending = /^([A-Z]{2,})-([a-z]+)$/.exec(e);
      if (ending) return { kind: 'pos', value: ending[1] as string, ending: ending[2] as string };
      const exact = e.startsWith('=');
      const values = (exact ? e.slice(1) : e).split('|');
      // "=a|b" is written once: "=a|=b" would look for a word "=b".
      if (values.some((v) => v.startsWith('='))) {
        throw new Error(`patterns line ${n + 1}: "=" goes once, before the first alternative`);
      }
      return { kind: 'lemmas', values: new Set(values), alternatives: [...new Set(values)], exact };
    };
    const elements = rest.map(element);
    out.push({ role, negative, source: line, elements, question });
  }
  return out;
}

export class PatternSet<L extends string = Role> {
  private readonly lexicons: Lexicons;
  /** Each list's words, looked up once: `accepts` runs for every word of every sentence. */
  private readonly lists = new Map<string, ReadonlySet<string>>();
  /**
   * Patterns by the words of their most selective word element, one of which a sentence
   * must hold for the pattern to match; patterns with no word element are always tried.
   */
  private readonly byWord = new Map<string, number[]>();
  private readonly always: number[] = [];

  constructor(
    readonly patterns: readonly Pattern<L>[],
    lexicons?: Lexicons,
  ) {
    this.lexicons = lexicons ?? loadLexicons();
    for (const p of patterns) {
      const flat = p.elements.flatMap((e) => (e.kind === 'except' ? [e.base, e.not] : [e]));
      for (const e of flat) {
        if (e.kind !== 'list') continue;
        const words = this.lexicons.words(e.name);
        if (!words) throw new Error(`pattern "${p.source}": no word list "${e.name}"`);
        this.lists.set(e.name, words);
      }
    }
    patterns.forEach((p, i) => {
      let key: readonly string[] | undefined;
      for (const e of p.elements) {
        if (e.kind === 'lemmas' && (!key || e.alternatives.length < key.length)) {
          key = e.alternatives;
        }
      }
      if (!key) this.always.push(i);
      else for (const w of key) this.byWord.set(w, [...(this.byWord.get(w) ?? []), i]);
    });
  }

  /** Every pattern that matches somewhere in the sentence, with where. */
  match(tokens: readonly LangToken[], isQuestion: boolean): PatternMatch<L>[] {
    const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
    const out: PatternMatch<L>[] = [];
    const offered = this.offered(words);
    // Only patterns whose key word the sentence holds can match; try them in file order.
    const tried = new Uint8Array(this.patterns.length);
    for (const i of this.always) tried[i] = 1;
    for (const t of words) {
      if (t.negated) continue;
      for (const i of this.byWord.get(t.lemma) ?? []) tried[i] = 1;
      for (const i of this.byWord.get(t.lower) ?? []) tried[i] = 1;
    }
    for (let i = 0; i < this.patterns.length; i++) {
      if (tried[i] === 0) continue;
      const pattern = this.patterns[i] as Pattern<L>;
      if (pattern.question && !isQuestion) continue;
      // Most patterns cannot match at all: check each element has some token before searching.
      if (!pattern.elements.every(offered)) continue;
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
   * Whether some word not negated could fill an element, from the sentence's lemmas, forms
   * and parts of speech gathered once (asking every word for every pattern was the
   * slowest part of reading a note).
   */
  private offered(words: readonly LangToken[]): (e: Element) => boolean {
    const live = words.filter((t) => !t.negated);
    const forms = new Set<string>();
    const tags = new Set<string>();
    for (const t of live) {
      forms.add(t.lemma);
      forms.add(t.lower);
      tags.add(t.pos);
    }
    const lists = new Map<string, boolean>();
    return (e) => {
      switch (e.kind) {
        case 'gap':
          return true;
        case 'except':
          return live.some((t) => this.accepts(e, t));
        case 'pos':
          return tags.has(e.value);
        case 'lemmas':
          for (let i = 0; i < e.alternatives.length; i++) {
            if (forms.has(e.alternatives[i] as string)) return true;
          }
          return false;
        case 'list': {
          let hit = lists.get(e.name);
          if (hit === undefined) {
            hit = live.some((t) => this.accepts(e, t));
            lists.set(e.name, hit);
          }
          return hit;
        }
      }
    };
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
      case 'except':
        return this.accepts(element.base, token) && !this.accepts(element.not, token);
      default:
        return false;
    }
  }
}
