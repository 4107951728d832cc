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

/**
 * What a pattern needs of a sentence before it is searched: one check per element but gaps.
 * A word element's alternatives are one numbered group, marked when any of them is seen, so
 * the check is one array read however many alternatives it has.
 */
const FORM = 0;
const TAG = 1;
const LIST = 2;
const SOME = 3;

/**
 * One `Need`, every kind in the same shape: `offered` reads thousands of them a note, and
 * objects of six shapes made each read of `kind` a polymorphic look-up.
 */
class Need {
  constructor(
    readonly kind: number,
    readonly id: number,
    readonly ids: Int32Array,
    readonly check: Check | undefined,
  ) {}
}

const GAP_CHECK = 0;
const LEMMAS = 1;
const LIST_CHECK = 2;
const POS = 3;
const EXCEPT = 4;
const NEGATABLE = 5;
const NO_WORDS: ReadonlySet<string> = new Set();

/** An element as matching reads it: one shape for every kind, a list's words at hand. */
class Check {
  constructor(
    readonly kind: number,
    readonly values: ReadonlySet<string>,
    readonly exact: boolean,
    readonly pos: string,
    readonly ending: string | undefined,
    readonly beginning: string | undefined,
    readonly base: Check | undefined,
    readonly not: Check | undefined,
  ) {}
}

export class PatternSet<L extends string = Role> {
  private readonly lexicons: Lexicons;
  /** Each list's words, looked up once: `accepts` runs for every word of every sentence. */
  private readonly lists = new Map<string, ReadonlySet<string>>();
  /** Every word and part of speech the patterns name, and every list, numbered. */
  private readonly formIds = new Map<string, number>();
  private readonly tagIds = new Map<string, number>();
  private readonly listIds = new Map<string, number>();
  /** Each word element's alternatives (by their sorted form ids), numbered. */
  private readonly groupIds = new Map<string, number>();
  /**
   * Each pattern's needs that one array read answers (a part of speech, a list, a word
   * element's group), as their slots in `seen`; then the elements some word must accept.
   */
  private readonly cheap: Int32Array[] = [];
  private readonly costly: Check[][] = [];
  /** Each pattern's elements as matching reads them. */
  private readonly checks: Check[][] = [];
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
  /** Parts of speech, then lists, then groups, one slot each. */
  private seen = new Int32Array(0);
  /**
   * What each word the patterns care about is: a numbered form, a member of numbered lists
   * and of numbered word elements' alternatives.
   */
  private readonly vocabulary = new Map<string, Word>();
  /** The sentence's candidates, a bit per pattern (32 to an element). */
  private readonly candidate: Int32Array;
  /**
   * The span of `candidate`'s elements holding the sentence's candidates, [lowest, highest]:
   * they are tried in file order by a scan of its set bits (sorting a list of them cost more,
   * and a byte per pattern made the scan read every pattern from the first unanchored one).
   */
  private lowest = 0;
  private highest = -1;

  constructor(
    readonly patterns: readonly Pattern<L>[],
    lexicons?: Lexicons,
  ) {
    this.lexicons = lexicons ?? loadLexicons();
    this.candidate = new Int32Array((patterns.length + 31) >> 5);
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
    const none = new Int32Array(0);
    const allNeeds: Need[][] = [];
    for (const [i, p] of patterns.entries()) {
      const needs: Need[] = [];
      this.checks.push(p.elements.map((e) => this.check(e)));
      for (const e of p.elements) {
        if (e.kind === 'gap') continue;
        if (e.kind === 'list') {
          needs.push(new Need(LIST, number(this.listIds, e.name), none, undefined));
        } else if (e.kind === 'pos') {
          needs.push(new Need(TAG, number(this.tagIds, e.value), none, undefined));
        } else if (e.kind === 'lemmas') {
          const ids = Int32Array.from(e.alternatives, (a) => number(this.formIds, a));
          const group = number(this.groupIds, [...ids].sort((a, b) => a - b).join(' '));
          needs.push(new Need(FORM, group, ids, undefined));
        } else {
          // Any other element: some word not negated must accept it.
          needs.push(new Need(SOME, -1, none, this.check(e)));
        }
      }
      const anchor = needs.find((n) => n.kind === FORM);
      // A candidate's anchor was seen (that is what made it one): only the other needs are
      // checked, one array read each before any word list is searched.
      const rest = needs.filter((n) => n !== anchor);
      allNeeds.push(rest);
      if (anchor?.kind !== FORM) {
        this.unanchored.push(i);
        continue;
      }
      for (const id of anchor.ids) {
        const list = this.byForm[id];
        if (list) list.push(i);
        else this.byForm[id] = [i];
      }
    }
    const listBase = this.tagIds.size;
    const groupBase = listBase + this.listIds.size;
    const slot = (n: Need): number =>
      n.kind === TAG ? n.id : n.kind === LIST ? listBase + n.id : groupBase + n.id;
    for (const needs of allNeeds) {
      this.cheap.push(Int32Array.from(needs.filter((n) => n.kind !== SOME).map(slot)));
      this.costly.push(needs.filter((n) => n.kind === SOME).map((n) => n.check as Check));
    }
    this.formSeen = new Int32Array(this.formIds.size);
    this.seen = new Int32Array(groupBase + this.groupIds.size);
    const forms: string[] = [];
    for (const [form, id] of this.formIds) {
      forms[id] = form;
      this.vocabulary.set(form, new Word(id));
    }
    for (const [key, group] of this.groupIds) {
      for (const id of key.split(' ')) {
        this.vocabulary.get(forms[Number(id)] as string)?.slots.push(groupBase + group);
      }
    }
    for (const [name, id] of this.listIds) {
      for (const word of this.lists.get(name) ?? []) {
        let entry = this.vocabulary.get(word);
        if (!entry) {
          entry = new Word(-1);
          this.vocabulary.set(word, entry);
        }
        entry.slots.push(listBase + id);
      }
    }
  }

  private check(e: Element): Check {
    switch (e.kind) {
      case 'lemmas':
        return new Check(
          LEMMAS,
          e.values,
          e.exact === true,
          '',
          undefined,
          undefined,
          undefined,
          undefined,
        );
      case 'list':
        return new Check(
          LIST_CHECK,
          this.lists.get(e.name) ?? NO_WORDS,
          false,
          '',
          undefined,
          undefined,
          undefined,
          undefined,
        );
      case 'pos':
        return new Check(
          POS,
          NO_WORDS,
          false,
          e.value,
          e.ending,
          e.beginning,
          undefined,
          undefined,
        );
      case 'except':
        return new Check(
          EXCEPT,
          NO_WORDS,
          false,
          '',
          undefined,
          undefined,
          this.check(e.base),
          this.check(e.not),
        );
      case 'negatable':
        return new Check(
          NEGATABLE,
          NO_WORDS,
          false,
          '',
          undefined,
          undefined,
          this.check(e.base),
          undefined,
        );
      default:
        return new Check(
          GAP_CHECK,
          NO_WORDS,
          false,
          '',
          undefined,
          undefined,
          undefined,
          undefined,
        );
    }
  }

  /** Every pattern that matches somewhere in the sentence, with where. */
  match(tokens: readonly LangToken[], isQuestion: boolean): PatternMatch<L>[] {
    const { candidate, formSeen, seen, tagIds } = this;
    this.stamp = this.stamp === 0x7fffffff ? 1 : this.stamp + 1;
    const stamp = this.stamp;
    if (stamp === 1) {
      formSeen.fill(0);
      seen.fill(0);
    }
    const words: LangToken[] = [];
    this.lowest = candidate.length;
    this.highest = -1;
    for (const i of this.unanchored) this.propose(i);
    for (const t of tokens) {
      if (t.pos === 'PUNCT' || t.pos === 'SPACE') continue;
      words.push(t);
      // Only a word not negated offers itself to the elements (see `offered`).
      if (t.negated) continue;
      const tag = tagIds.get(t.pos);
      if (tag !== undefined) seen[tag] = stamp;
      this.mark(t.lemma, stamp);
      if (t.lower !== t.lemma) this.mark(t.lower, stamp);
    }
    const out: PatternMatch<L>[] = [];
    for (let slot = this.lowest; slot <= this.highest; slot++) {
      let bits = candidate[slot] as number;
      if (bits === 0) continue;
      candidate[slot] = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        this.consider((slot << 5) | (31 - Math.clz32(low)), tokens, words, isQuestion, stamp, out);
      }
    }
    return out;
  }

  /** Pattern `i` tried on the sentence, its first match (if any) added to `out`. */
  private consider(
    i: number,
    tokens: readonly LangToken[],
    words: readonly LangToken[],
    isQuestion: boolean,
    stamp: number,
    out: PatternMatch<L>[],
  ): void {
    const pattern = this.patterns[i] as Pattern<L>;
    if (pattern.question && !isQuestion) return;
    // Most patterns cannot match at all: check each element has some token before searching.
    if (!this.offered(i, words, stamp)) return;
    const checks = this.checks[i] as Check[];
    for (let start = 0; start < words.length; start++) {
      const end = this.matchFrom(checks, 0, words, start);
      if (end >= 0) {
        out.push({
          pattern,
          first: tokens.indexOf(words[start] as LangToken),
          end: tokens.indexOf(words[end - 1] as LangToken) + 1,
        });
        return;
      }
    }
  }

  private someAccepts(check: Check, words: readonly LangToken[]): boolean {
    const negatable = check.kind === NEGATABLE;
    for (const t of words) if ((negatable || !t.negated) && this.accepts(check, t)) return true;
    return false;
  }

  /** Marks a form and its lists as offered, and the patterns it anchors as candidates. */
  private mark(form: string, stamp: number): void {
    const entry = this.vocabulary.get(form);
    if (entry === undefined) return;
    const id = entry.form;
    if (id >= 0 && this.formSeen[id] === stamp) return;
    const { seen } = this;
    for (const slot of entry.slots) seen[slot] = stamp;
    if (id < 0) return;
    this.formSeen[id] = stamp;
    const anchored = this.byForm[id];
    if (anchored === undefined) return;
    for (const i of anchored) this.propose(i);
  }

  /** Makes pattern `i` a candidate. */
  private propose(i: number): void {
    const slot = i >> 5;
    const { candidate } = this;
    candidate[slot] = (candidate[slot] as number) | (1 << (i & 31));
    if (slot < this.lowest) this.lowest = slot;
    if (slot > this.highest) this.highest = slot;
  }

  /**
   * Whether some word not negated could fill every element, from the sentence's lemmas,
   * forms and parts of speech marked once (asking every word for every pattern was the
   * slowest part of reading a note), word lists included.
   */
  private offered(i: number, words: readonly LangToken[], stamp: number): boolean {
    const { seen } = this;
    const cheap = this.cheap[i] as Int32Array;
    for (let n = 0; n < cheap.length; n++) if (seen[cheap[n] as number] !== stamp) return false;
    for (const check of this.costly[i] as Check[])
      if (!this.someAccepts(check, words)) return false;
    return true;
  }

  /** The end of a match of checks[e…] starting at words[w], or -1. */
  private matchFrom(
    checks: readonly Check[],
    e: number,
    words: readonly LangToken[],
    w: number,
  ): number {
    if (e === checks.length) return w;
    const check = checks[e] as Check;
    if (check.kind === GAP_CHECK) {
      for (let skip = 0; skip <= GAP && w + skip <= words.length; skip++) {
        const end = this.matchFrom(checks, e + 1, words, w + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    const token = words[w];
    if (!token || (token.negated && check.kind !== NEGATABLE)) return -1;
    if (!this.accepts(check, token)) return -1;
    return this.matchFrom(checks, e + 1, words, w + 1);
  }

  private accepts(check: Check, token: LangToken): boolean {
    switch (check.kind) {
      case LEMMAS:
        return (!check.exact && check.values.has(token.lemma)) || check.values.has(token.lower);
      case LIST_CHECK:
        return check.values.has(token.lemma) || check.values.has(token.lower);
      case POS:
        return (
          token.pos === check.pos &&
          (check.ending === undefined || token.lower.endsWith(check.ending)) &&
          (check.beginning === undefined ||
            (token.lower.startsWith(check.beginning) &&
              token.lower.length > check.beginning.length))
        );
      case EXCEPT:
        return this.accepts(check.base as Check, token) && !this.accepts(check.not as Check, token);
      case NEGATABLE:
        return this.accepts(check.base as Check, token);
      default:
        return false;
    }
  }
}

/** A word the patterns care about: its form's number (-1 for none), its lists' and groups' slots. */
class Word {
  readonly slots: number[] = [];
  constructor(readonly form: number) {}
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
