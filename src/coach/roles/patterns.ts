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
//   ex-PROPN       that part of speech, the word beginning so ("ex-Maersk", "ex-Taj")
//   X~Y            a token X accepts and Y does not ("VERB~@connect": any verb but connecting)
//   ^X             X, even in the scope of a negation ("no ^obligation": the offer is the "no")
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
  | { kind: 'pos'; value: string; ending?: string; beginning?: string }
  | { kind: 'gap' }
  | { kind: 'except'; base: Element; not: Element }
  | { kind: 'negatable'; base: Element };

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
      if (e.length > 1 && e.startsWith('^'))
        return { kind: 'negatable', base: element(e.slice(1)) };
      if (e.startsWith('@')) return { kind: 'list', name: e.slice(1) };
      if (/^[A-Z]{2,}$/.test(e)) return { kind: 'pos', value: e };
      const ending = /^([A-Z]{2,})-([a-z]+)$/.exec(e);
      if (ending) return { kind: 'pos', value: ending[1] as string, ending: ending[2] as string };
      const beginning = /^([a-z]+-)([A-Z]{2,})$/.exec(e);
      if (beginning) {
        return { kind: 'pos', value: beginning[2] as string, beginning: beginning[1] as string };
      }
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

/** What a pattern needs of a sentence before it is searched: one check per element but gaps. */
type Need =
  | { kind: 'form'; ids: Int32Array }
  | { kind: 'tag'; id: number }
  | { kind: 'list'; id: number }
  | { kind: 'some'; element: Element };

export class PatternSet<L extends string = Role> {
  private readonly lexicons: Lexicons;
  /** Each list's words, looked up once: `accepts` runs for every word of every sentence. */
  private readonly lists = new Map<string, ReadonlySet<string>>();
  /** Every word and part of speech the patterns name, and every list, numbered. */
  private readonly formIds = new Map<string, number>();
  private readonly tagIds = new Map<string, number>();
  private readonly listIds = new Map<string, number>();
  private readonly needs: Need[][] = [];
  /**
   * Patterns by the words of their first word element (by form id): a pattern can only match
   * a sentence holding one of them, so most patterns are never looked at (testing all ~250
   * for each sentence was a fifth of a warm review). Patterns with no word element are
   * always tried.
   */
  private readonly byForm: number[][] = [];
  private readonly unanchored: number[] = [];
  // Scratch state reused by every `match`, so matching allocates no sets: an entry is "seen"
  // when it holds the current stamp.
  private stamp = 0;
  private formSeen = new Int32Array(0);
  private tagSeen = new Int32Array(0);
  private listSeen = new Int32Array(0);
  /** What each word the patterns care about is: a numbered form, a member of numbered lists. */
  private readonly vocabulary = new Map<string, { form: number; lists: number[] }>();
  private readonly candidate: Uint8Array;

  constructor(
    readonly patterns: readonly Pattern<L>[],
    lexicons?: Lexicons,
  ) {
    this.lexicons = lexicons ?? loadLexicons();
    this.candidate = new Uint8Array(patterns.length);
    for (const p of patterns) {
      const flat = p.elements.flatMap((e) =>
        e.kind === 'except' ? [e.base, e.not] : e.kind === 'negatable' ? [e.base] : [e],
      );
      for (const e of flat) {
        if (e.kind !== 'list') continue;
        const words = this.lexicons.words(e.name);
        if (!words) throw new Error(`pattern "${p.source}": no word list "${e.name}"`);
        this.lists.set(e.name, words);
      }
    }
    for (const [i, p] of patterns.entries()) {
      const needs: Need[] = [];
      for (const e of p.elements) {
        if (e.kind === 'gap') continue;
        if (e.kind === 'list') {
          needs.push({ kind: 'list', id: number(this.listIds, e.name) });
        } else if (e.kind === 'pos') {
          needs.push({ kind: 'tag', id: number(this.tagIds, e.value) });
        } else if (e.kind === 'lemmas') {
          const ids = Int32Array.from(e.alternatives, (a) => number(this.formIds, a));
          needs.push({ kind: 'form', ids });
        } else {
          // Any other element: some word not negated must accept it.
          needs.push({ kind: 'some', element: e });
        }
      }
      const anchor = needs.find((n) => n.kind === 'form');
      // A candidate's anchor was seen (that is what made it one): only the other needs are
      // checked, one array read each before any word list is searched.
      const rest = needs.filter((n) => n !== anchor);
      this.needs.push([
        ...rest.filter((n) => n.kind === 'tag' || n.kind === 'list'),
        ...rest.filter((n) => n.kind === 'form'),
        ...rest.filter((n) => n.kind === 'some'),
      ]);
      if (anchor?.kind !== 'form') {
        this.unanchored.push(i);
        continue;
      }
      for (const id of anchor.ids) {
        const list = this.byForm[id];
        if (list) list.push(i);
        else this.byForm[id] = [i];
      }
    }
    this.formSeen = new Int32Array(this.formIds.size);
    this.tagSeen = new Int32Array(this.tagIds.size);
    this.listSeen = new Int32Array(this.listIds.size);
    for (const [form, id] of this.formIds) this.vocabulary.set(form, { form: id, lists: [] });
    for (const [name, id] of this.listIds) {
      for (const word of this.lists.get(name) ?? []) {
        const entry = this.vocabulary.get(word);
        if (entry) entry.lists.push(id);
        else this.vocabulary.set(word, { form: -1, lists: [id] });
      }
    }
  }

  /** Every pattern that matches somewhere in the sentence, with where. */
  match(tokens: readonly LangToken[], isQuestion: boolean): PatternMatch<L>[] {
    const { candidate, patterns, formSeen, tagSeen, tagIds } = this;
    this.stamp = this.stamp === 0x7fffffff ? 1 : this.stamp + 1;
    const stamp = this.stamp;
    if (stamp === 1) {
      formSeen.fill(0);
      tagSeen.fill(0);
      this.listSeen.fill(0);
    }
    const words: LangToken[] = [];
    let any = false;
    for (const i of this.unanchored) {
      candidate[i] = 1;
      any = true;
    }
    for (const t of tokens) {
      if (t.pos === 'PUNCT' || t.pos === 'SPACE') continue;
      words.push(t);
      // Only a word not negated offers itself to the elements (see `offered`).
      if (t.negated) continue;
      const tag = tagIds.get(t.pos);
      if (tag !== undefined) tagSeen[tag] = stamp;
      if (this.mark(t.lemma, stamp)) any = true;
      if (t.lower !== t.lemma && this.mark(t.lower, stamp)) any = true;
    }
    const out: PatternMatch<L>[] = [];
    if (!any) return out;
    for (let i = 0; i < patterns.length; i++) {
      if (candidate[i] === 0) continue;
      candidate[i] = 0;
      const pattern = patterns[i] as Pattern<L>;
      if (pattern.question && !isQuestion) continue;
      // Most patterns cannot match at all: check each element has some token before searching.
      if (!this.offered(this.needs[i] as Need[], words, stamp)) continue;
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

  private someAccepts(element: Element, words: readonly LangToken[]): boolean {
    const negatable = element.kind === 'negatable';
    for (const t of words) if ((negatable || !t.negated) && this.accepts(element, t)) return true;
    return false;
  }

  /** Marks a form and its lists as offered; true when that makes some pattern a candidate. */
  private mark(form: string, stamp: number): boolean {
    const entry = this.vocabulary.get(form);
    if (entry === undefined) return false;
    for (const list of entry.lists) this.listSeen[list] = stamp;
    const id = entry.form;
    if (id < 0 || this.formSeen[id] === stamp) return false;
    this.formSeen[id] = stamp;
    const anchored = this.byForm[id];
    if (anchored === undefined) return false;
    for (const i of anchored) this.candidate[i] = 1;
    return true;
  }

  /**
   * Whether some word not negated could fill every element, from the sentence's lemmas,
   * forms and parts of speech marked once (asking every word for every pattern was the
   * slowest part of reading a note), word lists included.
   */
  private offered(needs: readonly Need[], words: readonly LangToken[], stamp: number): boolean {
    for (const need of needs) {
      switch (need.kind) {
        case 'tag':
          if (this.tagSeen[need.id] !== stamp) return false;
          break;
        case 'form': {
          let some = false;
          for (let i = 0; i < need.ids.length && !some; i++) {
            some = this.formSeen[need.ids[i] as number] === stamp;
          }
          if (!some) return false;
          break;
        }
        case 'list':
          if (this.listSeen[need.id] !== stamp) return false;
          break;
        case 'some':
          if (!this.someAccepts(need.element, words)) return false;
          break;
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
    if (!token || (token.negated && element.kind !== 'negatable')) return -1;
    if (!this.accepts(element, token)) return -1;
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
          (element.ending === undefined || token.lower.endsWith(element.ending)) &&
          (element.beginning === undefined ||
            (token.lower.startsWith(element.beginning) &&
              token.lower.length > element.beginning.length))
        );
      case 'except':
        return this.accepts(element.base, token) && !this.accepts(element.not, token);
      case 'negatable':
        return this.accepts(element.base, token);
      default:
        return false;
    }
  }
}

/** The number of `key` in `ids`, numbering it next when it is new. */
function number(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}
