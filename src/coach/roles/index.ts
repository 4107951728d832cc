// Reads what each sentence of a note does: greeting, context, purpose, ask, pitch,
// disclosure… Patterns over tagged tokens decide where the wording is clear; a logistic
// model trained on the labelled corpus (corpus/notes, `npm run train`) decides the rest.
// The meaning rules and relationship inference read these roles, not surface strings.

import { readFileSync } from 'node:fs';
import { listSet } from '../language/lists.js';
import { type LangToken, type Parsed, parse } from '../language/nlp.js';
import { MAX_PARSED_NOTE, parseNote } from '../language/note.js';
import { isRelationshipId } from '../relationships.js';
import type { Sentence, TextAnalysis } from '../text.js';
import { RELATIONSHIP_IDS, type RelationshipId } from '../types.js';
import { type NameWords, unitFeatures } from './features.js';
import { loadLexicons } from './lexicon.js';
import {
  featureRows,
  type ModelSet,
  type PackedBinary,
  type PackedModels,
  packedEvidence,
  packedProbability,
  packedSoftmax,
  packModels,
  parseModels,
} from './logistic.js';
import { type PatternMatch, PatternSet, parsePatterns } from './patterns.js';
import { ROLES, type Role } from './roles.js';

export { ROLES, type Role } from './roles.js';

/** The models as training gives them (string-keyed weights). */
export type RoleModel = ModelSet<Role>;
/** The models as a review reads them (model.json's packed layout). */
export type PackedRoleModel = PackedModels<Role>;

export interface RoleEvidence {
  role: Role;
  /** How sure the reader is, 0–1 (a pattern match is 1). */
  probability: number;
  /** The line of patterns.txt that matched, when a pattern decided. */
  pattern?: string;
  /** The words that carried the decision, for the finding's message. */
  words: string[];
  /** Span of those words in the text (or of the sentence when none stand out). */
  start: number;
  end: number;
  /** The whole sentence that plays the role. */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface SentenceReading {
  sentence: Sentence;
  tokens: LangToken[];
  features: string[];
  /** The model's rows of `features` (featureRows), in the same order. */
  rows: number[];
  roles: Map<Role, RoleEvidence>;
  /** The model's probability for every role, assigned or not. */
  probabilities: Map<Role, number>;
  /** Relationship cues the sentence matched ("worked together", "introduced us"). */
  cues: PatternMatch<RelationshipId>[];
}

export interface NoteReading {
  parsed: Parsed;
  sentences: SentenceReading[];
  has(role: Role): boolean;
  /**
   * Whether the note plausibly does this, giving the benefit of the doubt: a role the model
   * leans towards without being sure still counts. The "missing …" rules use this, since
   * telling a writer their good note lacks a purpose is worse than missing a weak one.
   */
  plausibly(
    role: Role,
    options?: { recentMeeting?: boolean; except?: (s: SentenceReading) => boolean },
  ): boolean;
  /** Every sentence reading that plays the role, in order. */
  withRole(role: Role): RoleEvidence[];
  /** The relationship the wording suggests, with the model's scores. */
  relationship(): { id: RelationshipId; scores: Record<RelationshipId, number> } | undefined;
}

const MODEL_URL = new URL('./model.json', import.meta.url);
const PATTERNS_URL = new URL('./data/patterns.txt', import.meta.url);
const CUES_URL = new URL('./data/relationships.txt', import.meta.url);

const FAULTS: ReadonlySet<Role> = new Set([
  'pitch',
  'disclosure',
  'contact-request',
  'pressure',
  'self-promotion',
  'stock-phrase',
  'third-person',
]);

/** How sure the model must be of context in a sentence that gives the reason. */
const SURE_CONTEXT_BESIDE_PURPOSE = 0.9;

/** How far below its threshold a role still counts for `plausibly`. */
const BENEFIT_OF_DOUBT: Partial<Record<Role, number>> = { purpose: 0.7, ask: 0.7, context: 1 };

let model: PackedRoleModel | undefined;
let patterns: PatternSet | undefined;

export function roleModel(): PackedRoleModel {
  model ??= parseModels<Role>(MODEL_URL);
  return model;
}

/** Reads with another model from now on (cross-validation trains one per fold). */
export function useRoleModel(next: RoleModel | PackedRoleModel): void {
  model = 'version' in next ? packModels(next) : next;
}

let cuePatterns: PatternSet<RelationshipId> | undefined;

/** How much one relationship cue adds to the model's probability for that relationship. */
const CUE_WEIGHT = 0.6;
/** The model's share a relationship needs to be inferred when no cue names it. */
const UNCUED_CONFIDENCE = 0.5;

export function relationshipCues(): PatternSet<RelationshipId> {
  cuePatterns ??= new PatternSet(parsePatterns(readFileSync(CUES_URL, 'utf8'), isRelationshipId));
  return cuePatterns;
}

export function rolePatterns(): PatternSet {
  patterns ??= new PatternSet(parsePatterns(readFileSync(PATTERNS_URL, 'utf8')));
  return patterns;
}

/** The tokens of `parsed` that fall inside [start, end). */
export function tokensWithin(parsed: Parsed, start: number, end: number): LangToken[] {
  const { tokens } = parsed;
  // Tokens are in text order: find the first by binary search, then walk to the end.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as LangToken).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: LangToken[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i] as LangToken;
    if (t.end > end) break;
    if (t.end > t.start) out.push(t);
  }
  return out;
}

/** Reads every counted sentence of the note. `names` are the lower-cased name words in play. */
export function readNote(
  analysis: TextAnalysis,
  names: NameWords,
  parsed: Parsed = parseNote(analysis.text) ?? parse(analysis.text.slice(0, MAX_PARSED_NOTE)),
): NoteReading {
  const m = roleModel();
  const set = rolePatterns();
  // A pasted essay is read only as far as a note could go; the rest cannot change a verdict
  // that the length rules already give.
  const units = analysis.sentences.filter(
    (s) => s.endToken > s.firstToken && !s.signOff && s.end <= parsed.text.length,
  );
  const sentences: SentenceReading[] = units.map((sentence, i) => {
    const tokens = tokensWithin(parsed, sentence.start, sentence.end);
    const features = unitFeatures(
      tokens,
      { first: i === 0, last: i === units.length - 1, terminator: sentence.terminator },
      names,
    );
    const rows = featureRows(m, features);
    const roles = new Map<Role, RoleEvidence>();
    const probabilities = new Map<Role, number>();
    const sentenceEnd = withoutTerminator(analysis.text, sentence);
    const hits = set.match(tokens, sentence.terminator.includes('?'));
    const vetoed = new Set(hits.filter((h) => h.pattern.negative).map((h) => h.pattern.role));
    for (const hit of hits) {
      if (hit.pattern.negative || vetoed.has(hit.pattern.role) || roles.has(hit.pattern.role)) {
        continue;
      }
      const matched = tokens.slice(hit.first, hit.end);
      roles.set(hit.pattern.role, {
        role: hit.pattern.role,
        probability: 1,
        pattern: hit.pattern.source,
        words: [analysis.text.slice(matched[0]?.start ?? 0, matched.at(-1)?.end ?? 0)],
        start: matched[0]?.start ?? sentence.start,
        end: matched.at(-1)?.end ?? sentence.end,
        sentenceStart: sentence.start,
        sentenceEnd,
      });
    }
    // Wording that says how they know each other is context, whatever the model thinks.
    const cues = relationshipCues().match(tokens, sentence.terminator.includes('?'));
    // A cue inside wording an antipattern says is no context ("your profile is impressive":
    // praise of what anyone has) tells the relationship, not how they know each other.
    const notContext = hits.filter((h) => h.pattern.negative && h.pattern.role === 'context');
    const cue = cues.find((c) => !notContext.some((h) => h.first < c.end && c.first < h.end));
    if (cue && !roles.has('context')) {
      const matched = tokens.slice(cue.first, cue.end);
      roles.set('context', {
        role: 'context',
        probability: 1,
        pattern: cue.pattern.source,
        words: [analysis.text.slice(matched[0]?.start ?? 0, matched.at(-1)?.end ?? 0)],
        start: matched[0]?.start ?? sentence.start,
        end: matched.at(-1)?.end ?? sentence.end,
        sentenceStart: sentence.start,
        sentenceEnd,
      });
    }
    for (const role of ROLES) {
      const binary = m.roles[role];
      if (!binary || roles.has(role) || vetoed.has(role)) continue;
      const p = packedProbability(m, binary, rows);
      probabilities.set(role, p);
      if (p < binary.threshold) continue;
      roles.set(role, {
        role,
        probability: p,
        // Only a fault is quoted back to the writer; the rest need no explaining.
        ...(FAULTS.has(role)
          ? explain(m, binary, features, tokens, sentence)
          : { words: [], start: sentence.start, end: sentence.end }),
        sentenceStart: sentence.start,
        sentenceEnd,
      });
    }
    return { sentence, tokens, features, rows, roles, probabilities, cues };
  });

  return {
    parsed,
    sentences,
    has: (role) => sentences.some((s) => s.roles.has(role)),
    plausibly: (role, options) => {
      const threshold = (m.roles[role]?.threshold ?? 0.5) * (BENEFIT_OF_DOUBT[role] ?? 1);
      return sentences.some((s) => {
        if (options?.except?.(s)) return false;
        const e = s.roles.get(role);
        // A template's "reason" ("we can benefit each other") is none, unless a pattern
        // found a real one in it ("…to discuss bioreactor scale-up"); nor is a memory jog
        // inside the template's ask ("I came across your profile and would like to connect").
        // A pleasure had ("it was lovely chatting to you") looks back: the model's lean to
        // a reason there counts for nothing, a pattern's reason still does.
        if (role === 'purpose' && !e?.pattern && s.roles.get('pleasantry')?.pattern) return false;
        if (e) {
          // "Hope you and the family are well" says they are close, not how they know each
          // other: a wish for their wellbeing jogs no memory.
          if (role === 'context' && wellWish(s, e)) return false;
          // A boast the model reads as context says who I am, not how we know each other;
          // so does one whose only cue is an event ("won Best Nutmeg at the spice awards"),
          // unless it speaks of them or of us.
          if (
            role === 'context' &&
            s.roles.has('self-promotion') &&
            (e.pattern === undefined ||
              (s.cues.some((c) => c.pattern.source === e.pattern) && !speaksOfUs(s)))
          ) {
            return false;
          }
          // What we are doing now ("our ministry is rebuilding its parcel maps…") is why one
          // writes, and says nothing of them: the model's mere lean to reading it as how we
          // know each other is not enough. A word of them ("your trick was genius") may be;
          // what one wants of them ("I'd value your view on sensors") is not. A reason the
          // model half leans to counts here as it does for missing-purpose, when only "I" is
          // in it ("I skipper a chokka boat out of Port Elizabeth and want to understand the
          // closures"); "we" may be the two of them ("we were the two people debating…").
          if (
            role === 'context' &&
            e.pattern === undefined &&
            (s.roles.has('purpose') ||
              ((s.probabilities.get('purpose') ?? 0) >=
                (m.roles.purpose?.threshold ?? 0.5) * (BENEFIT_OF_DOUBT.purpose ?? 1) &&
                !s.tokens.some((t) => WE.has(t.lower)))) &&
            e.probability < SURE_CONTEXT_BESIDE_PURPOSE &&
            !speaksOfThem(s) &&
            !togetherNow(s)
          ) {
            return false;
          }
          // "It was nice to meet you", and nothing of where, when or what: no memory jogged,
          // unless the meeting was just now (the guide asks for when and where only once
          // it has been a while).
          if (
            role === 'context' &&
            !options?.recentMeeting &&
            e.pattern === undefined &&
            s.tokens.some((t) => MEETING_VERBS.has(t.lemma)) &&
            !saysWhat(s, names)
          ) {
            return false;
          }
          if (!s.roles.has('stock-phrase')) return true;
          if (role === 'purpose') return e.pattern !== undefined;
          // Inside the template's ask, "I came across your profile" jogs no memory, but a shared
          // past a pattern reads ("It has been a while since the reef survey, and I'd like to
          // add you to my network") still does.
          return !(role === 'context' && s.roles.has('ask')) || sharedPastInTemplate(s, e);
        }
        // The doubt is for a good sentence: a boast or a template gets none as a purpose.
        if (role === 'purpose' && [...s.roles.keys()].some((r) => FAULTS.has(r))) return false;
        // "I'd love to connect on LinkedIn." is the ask and nothing more: no doubt to give.
        if (role === 'purpose' && s.roles.get('ask')?.pattern && bareAsk(s)) return false;
        // Praise of their work, read as how one found them ("Your pebbling demo was class."),
        // is no reason unless the model is sure; with a word of ours ("…useful for our job",
        // "I would welcome reconnecting as I move…") the doubt stands.
        if (
          role === 'purpose' &&
          s.roles.has('context') &&
          !s.roles.has('ask') &&
          !s.tokens.some((t) => ME.has(t.lower))
        ) {
          return false;
        }
        return (s.probabilities.get(role) ?? 0) >= threshold;
      });
    },
    withRole: (role) =>
      sentences.flatMap((s) => {
        const e = s.roles.get(role);
        return e ? [e] : [];
      }),
    relationship: () => {
      if (!m.relationship || sentences.length === 0) return undefined;
      // The rows of every feature of the note once, in order of first use: what
      // featureRows of the features' union gives, without building that union of strings.
      const seen = new Set<number>();
      const rows: number[] = [];
      for (const s of sentences) {
        for (const row of s.rows) {
          if (seen.has(row)) continue;
          seen.add(row);
          rows.push(row);
        }
      }
      const p = packedSoftmax(m, rows);
      // Clear wording ("introduced us", "worked together", "great meeting you today")
      // outweighs the model's lean: each cue adds to its relationship's share.
      const cued = new Set<RelationshipId>();
      for (const s of sentences) for (const hit of s.cues) cued.add(hit.pattern.role);
      for (const id of cued) {
        const k = m.relationship.classes.indexOf(id);
        if (k >= 0) p[k] = (p[k] ?? 0) + CUE_WEIGHT;
      }
      const scores = Object.fromEntries(
        m.relationship.classes.map((c, k) => [c, p[k] ?? 0]),
      ) as Record<RelationshipId, number>;
      let best: RelationshipId = 'cold';
      for (const id of RELATIONSHIP_IDS) if ((scores[id] ?? 0) > (scores[best] ?? 0)) best = id;
      // With no wording that says how they know each other and only a lean of the model (tone,
      // a first name), a note is read as to someone not met yet: the commoner case.
      if (cued.size === 0 && (scores[best] ?? 0) < UNCUED_CONFIDENCE) best = 'cold';
      // "Dear Sir/Madam", "To whom it may concern": a note to nobody in particular is to
      // someone not known, whatever else the model leans to.
      if (cued.size === 0 && toNobody(sentences[0])) best = 'cold';
      return { id: best, scores };
    },
  };
}

// "We" alone may be the writer's firm ("we've won Best Nutmeg"): it counts with "both", "met"…
const US: ReadonlySet<string> = new Set([
  'you',
  'your',
  'yours',
  'ur',
  'u',
  'both',
  'together',
  'meet',
]);
const YOU: ReadonlySet<string> = new Set([
  'you',
  'your',
  'yours',
  'ur',
  'u',
  'ya',
  'yall',
  "y'all",
]);
const ME: ReadonlySet<string> = new Set(['i', 'my', 'we', 'our', 'me', 'us']);
const WE: ReadonlySet<string> = new Set([
  'we',
  'us',
  'our',
  'ours',
  "we're",
  'we’re',
  "we've",
  'we’ve',
]);

/**
 * A sentence that only asks to connect: a wish and a connect word, with nothing of what for
 * ("I'd love to connect on LinkedIn."). Reconnecting is left out: to a former colleague, "Would
 * be great to reconnect" after their news is why one writes.
 */
function bareAsk(s: SentenceReading): boolean {
  const lexicons = loadLexicons();
  const at = s.tokens.findIndex((t) => lexicons.has('connect', t.lemma, t.lower));
  const verb = s.tokens[at];
  if (!verb || verb.lemma === 'reconnect' || verb.lower === 'reconnect') return false;
  return s.tokens.every(
    (t, i) =>
      i === at ||
      FUNCTION_POS.has(t.pos) ||
      askFiller().has(t.lower) ||
      (i < at && lexicons.has('wish', t.lemma, t.lower)),
  );
}

/**
 * Whether a template ask's context is a shared past a pattern reads: not the model's lean, nor
 * a cue of finding them ("came across your profile"), which the template itself carries.
 */
function sharedPastInTemplate(s: SentenceReading, e: RoleEvidence): boolean {
  if (e.pattern === undefined) return false;
  const cue = s.cues.find((c) => c.pattern.source === e.pattern);
  return cue === undefined || cue.pattern.role !== 'cold';
}

/**
 * Whether a sentence's context is only a relationship cue wishing them well ("hope you're
 * well"), with nothing of ours or of a shared past ("since our uni days") beside it.
 */
function wellWish(s: SentenceReading, e: RoleEvidence): boolean {
  const cue = s.cues.find((c) => c.pattern.source === e.pattern);
  const first = cue && s.tokens[cue.first];
  if (!first || !wishVerbs().has(first.lemma)) return false;
  return !s.tokens.some((t) => sharedPast().has(t.lower));
}

let askFillerWords: ReadonlySet<string> | undefined;
let wishVerbWords: ReadonlySet<string> | undefined;
let sharedPastWords: ReadonlySet<string> | undefined;
function askFiller(): ReadonlySet<string> {
  askFillerWords ??= listSet(new URL('./data/ask-filler.txt', import.meta.url));
  return askFillerWords;
}
function wishVerbs(): ReadonlySet<string> {
  wishVerbWords ??= listSet(new URL('./data/wish-verbs.txt', import.meta.url));
  return wishVerbWords;
}
function sharedPast(): ReadonlySet<string> {
  sharedPastWords ??= listSet(new URL('./data/shared-past.txt', import.meta.url));
  return sharedPastWords;
}

/**
 * Whether a sentence says something of the reader: a "you" or "your" other than the help
 * one wants of them ("your view on sensors", "your advice").
 */
function speaksOfThem(s: SentenceReading): boolean {
  return s.tokens.some(
    (t, i) => YOU.has(t.lower) && !wantedOfThem().has(s.tokens[i + 1]?.lemma ?? ''),
  );
}

let wantedOfThemWords: ReadonlySet<string> | undefined;
function wantedOfThem(): ReadonlySet<string> {
  wantedOfThemWords ??= listSet(new URL('./data/wanted-of-them.txt', import.meta.url));
  return wantedOfThemWords;
}

/** Whether the note opens on a template's greeting to nobody ("Dear Sir/Madam"). */
function toNobody(s: SentenceReading | undefined): boolean {
  if (!s?.roles.get('stock-phrase')?.pattern) return false;
  return s.tokens.some((t) => NOBODY.has(t.lower));
}
const NOBODY: ReadonlySet<string> = new Set(['sir', 'madam', 'sirs', 'whom', 'sir/madam']);

/**
 * Whether a sentence puts writer and reader side by side ("we both moor at Shilshole", "we
 * train together on Thursdays"): a situation shared is how they know each other. "I'm putting
 * together a working group" is not.
 */
function togetherNow(s: SentenceReading): boolean {
  const we = s.tokens.some((t) => t.lower === 'we' || t.lower === 'us');
  return (
    we &&
    s.tokens.some(
      (t, i) => TOGETHER.has(t.lower) || (t.lower === 'each' && s.tokens[i + 1]?.lower === 'other'),
    )
  );
}
const TOGETHER: ReadonlySet<string> = new Set(['both', 'together']);

/** Whether a sentence speaks of the reader, or of the writer and reader together. */
function speaksOfUs(s: SentenceReading): boolean {
  return s.tokens.some((t) => US.has(t.lemma) || US.has(t.lower));
}

/** Whether a sentence names anything (a thing, a place, a time) beyond meeting and the reader. */
function saysWhat(s: SentenceReading, names: NameWords): boolean {
  return s.tokens.some(
    (t) =>
      (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') &&
      !names.has(t.lower) &&
      !BARE_MEETING.has(t.lemma),
  );
}
const MEETING_VERBS: ReadonlySet<string> = new Set(['meet', 'meeting', 'chat', 'talk', 'speak']);
const BARE_MEETING: ReadonlySet<string> = new Set([
  'meet',
  'meeting',
  'chat',
  'talk',
  'conversation',
  'pleasure',
  'hi',
  'hello',
  'hey',
  'dear',
]);

/** Parts of speech that carry no meaning worth quoting in a finding. */
const FUNCTION_POS: ReadonlySet<string> = new Set([
  'ADP',
  'AUX',
  'CCONJ',
  'DET',
  'PART',
  'PRON',
  'PUNCT',
  'SCONJ',
  'SYM',
]);

/** The words behind a model's decision: tokens whose lemma, pair or word list weighed most. */
function explain(
  m: PackedRoleModel,
  binary: PackedBinary,
  features: readonly string[],
  tokens: readonly LangToken[],
  sentence: Sentence,
): { words: string[]; start: number; end: number } {
  const lexicons = loadLexicons();
  const picked: LangToken[] = [];
  for (const { feature } of packedEvidence(m, binary, features, 4)) {
    const [kind, value = ''] = splitFeature(feature);
    for (const t of tokens) {
      const hit =
        (kind === 'w' && t.lemma === value) ||
        (kind === 'lex' && lexicons.has(value, t.lemma, t.lower)) ||
        (kind === 'b' && value.split('_').includes(t.lemma));
      // A word list names every word of its family in the sentence ("divorce", "debt").
      // "with", "and" may weigh in the model, but quoting them tells the writer nothing.
      if (hit && !picked.includes(t) && !FUNCTION_POS.has(t.pos)) {
        picked.push(t);
        if (kind !== 'lex') break;
      }
    }
    if (picked.length >= 3) break;
  }
  if (picked.length === 0) return { words: [], start: sentence.start, end: sentence.end };
  picked.sort((a, b) => a.start - b.start);
  return {
    words: picked.slice(0, 3).map((t) => t.text),
    start: (picked[0] as LangToken).start,
    end: (picked[Math.min(picked.length, 3) - 1] as LangToken).end,
  };
}

/** Where the sentence's words end, before its closing punctuation ("now" in "…now!!!"). */
function withoutTerminator(text: string, sentence: Sentence): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?…'"’”)\]]/u.test(text[end - 1] as string)) end--;
  return end;
}

function splitFeature(feature: string): [string, string] {
  const at = feature.indexOf(':');
  return [feature.slice(0, at), feature.slice(at + 1)];
}
