// Fits each variant to the limits. The fullest version comes first; to fit, the template
// gives way before the user does (no closing line, "connect" for "connect on LinkedIn"),
// and only then are the user's own pieces left out, last piece first. A draft that left
// anything out says what, so the user can decide.

import { listSet, readList } from '../language/lists.js';
import { parse } from '../language/nlp.js';
import { personRole } from '../language/people.js';
import { RELATIONSHIPS } from '../relationships.js';
import { keepFindings } from '../review.js';
import { isCorrect } from '../spell.js';
import type { Draft, Review, ReviewOptions } from '../types.js';
import { dottedWords } from './dots.js';
import { type DraftField, DraftInputError } from './errors.js';
import type { Piece } from './fields.js';
import { foldMemory, isDuration, isWhen, omissions, shortenings } from './shorten.js';
import { type Parts, VARIANTS, type Variant } from './templates.js';

export type Reviewer = (text: string, options: ReviewOptions) => Review;

/** A draft, and the user's words the limit forced out of it (none when it kept them all). */
export interface FittedDraft extends Draft {
  leftOut?: string[];
}

/** Cleaned input: what the templates may say, and how the review is to be called. */
export interface Plan {
  base: Pick<Parts, 'relationship' | 'name' | 'mutual'>;
  sender?: string;
  context: Piece[];
  topic: Piece[];
  purpose: Piece[];
  limit: number;
  reviewOptions: ReviewOptions;
  /** The greeting name the user typed themselves, when they did. */
  greetAs?: string;
  /** The user's own wording per field, to say which one to shorten or fix. */
  fields: Partial<Record<DraftField, string>>;
}

interface Attempt {
  parts: Parts;
  loss: number;
  leftOut: string[];
  /** The words and characters of the user's pieces alone, before any glue. */
  words?: number;
  chars?: number;
}

// Reasons the template says anyway ("…to stay in touch"): leaving one out loses nothing.
// "I just wanted to reconnect": the ask the note makes anyway.
const WANTS_CONNECT = `(?:I )?(?:just )?(?:want(?:ed)?|would (?:love|like)|['’]d (?:love|like)|hope|hoping) to (?:re)?connect(?: with you)?(?: here| on here| on LinkedIn)?`;
const STOCK = new RegExp(
  `^(?:(?:I['’]m )?(?:just )?(?:re)?connect(?:ing)?(?: on here)?|stay in touch|keep in touch|stay connected(?: here)?|stay close|catch up|(?:I['’]m )?(?:just )?saying hello|say hello|${WANTS_CONNECT})$`,
  'i',
);
// "we should link up": the ask again, in the user's words.
const LINK_UP = /^(?:(?:we should |let['’]s )(?:link up|connect|catch up)|link up)$/i;
// "really sharp guy", "very kind person": the sender's word on them, no fact to keep.
const PRAISE =
  /^(?:(?:a|an|such a)\s+)?(?:(?:very|really|super|so|such a)\s+)?[\p{L}-]+\s+(?:guy|person|woman|man|lady|bloke|chap|fellow|soul)$/iu;
// "hope you are well": a pleasantry (the guide's own notes open with one), no fact to keep.
const PLEASANTRY =
  /^(?:long time no see|(?:I\s+)?(?:hope|trust)\s+(?:you(?:['’]re|\s+are|['’]ve\s+been|\s+have\s+been)|all\s+is|things\s+are)\s+(?:doing\s+|going\s+)?(?:well|good|great|ok))$/i;
const GENERIC = {
  test: (text: string) =>
    STOCK.test(text) || LINK_UP.test(text) || PRAISE.test(text) || PLEASANTRY.test(text),
};

/** "…, and I want to keep in touch" cut from a piece: the note says that anyway. */
function isStockEnding(cut: string): boolean {
  return GENERIC.test(
    cut.replace(
      /^(?:and|but|so)\s+(?:I\s+)?(?:really\s+)?(?:want|would love|['’]d love|hope) to\s+/i,
      '',
    ),
  );
}

/** What leaving `text` out of a draft costs: its length, more for the facts in it. */
function cutCost(text: string): number {
  if (isDuration(text)) return 10 + text.length;
  // "on Thurs morning": a time names no thing; only a month or a year in it counts.
  if (isWhen(text)) return 10 + text.length + NAME_COST * names(text);
  return 10 + text.length + factCost(text);
}

/**
 * Words that name something (a place, a company, a person) or a number are facts the
 * recipient would miss; losing them costs more than losing plain words.
 */
function factCost(text: string): number {
  return NAME_COST * names(text) + NOUN_COST * specificNouns(text);
}

/** What one name or number costs to lose: "Gikomba", "Kenyatta University", "2019". */
const NAME_COST = 300;
// "I", "I'm", and a day or month ("every Sunday", "on Sat afternoon"): no name the
// recipient would miss.
const NOT_NAME = new RegExp(
  [
    "^(?:I(?:['’]\\p{L}+)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
    '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\\.?',
    'January|February|March|April|May|June|July|August|September|October|November|December)$',
  ].join('|'),
  'u',
);

/** How many names or numbers the text gives, a run of capitalised words counting once. */
function names(text: string): number {
  let count = 0;
  let inName = false;
  let numbers = 0;
  let months = 0;
  for (const word of text.split(/[\s(),;:]+/)) {
    // A year or a count ("2015", "'09", "15") says when or how many: less than a name.
    if (/^['’]?\p{N}+s?$/u.test(word)) {
      numbers += 1;
      inName = false;
      continue;
    }
    // "book the install in March": a month dates a plan, worth more than a weekday.
    if (MONTH_WORD.test(word)) {
      months += 1;
      inName = false;
      continue;
    }
    // "our CEO", "the MD": a role in capitals is no name.
    const named =
      /^[\p{Lu}\p{N}]/u.test(word) && !NOT_NAME.test(word) && !personRole(word.toLowerCase());
    if (named && !inName) count += 1;
    inName = named;
  }
  return count + numbers * 0.15 + months * 0.5;
}

const MONTH_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** What one common noun the user typed costs to lose: "borescope", "athlete welfare". */
const NOUN_COST = 60;
let vague: ReadonlySet<string> | undefined;
const nounCounts = new Map<string, number>();

/** The nouns that name a thing ("fermentation boxes"), not a person, a time or a filler. */
function specificNouns(text: string): number {
  let count = nounCounts.get(text);
  if (count !== undefined) return count;
  vague ??= listSet(new URL('./data/vague-nouns.txt', import.meta.url));
  const words = vague;
  count = parse(text).tokens.filter(
    (token) =>
      token.pos === 'NOUN' &&
      !words.has(token.lemma) &&
      !words.has(token.lower) &&
      !personRole(token.lower) &&
      !personRole(token.lemma),
  ).length;
  nounCounts.set(text, count);
  return count;
}

let droppable: RegExp | undefined;
const SUBJECT = String.raw`(?:I|we|you|he|she|they|my|our)\b`;
let feelings: ReadonlySet<string> | undefined;
const ASKED = '(advice|tips|thoughts|views|insights?|guidance|pointers|perspective)';
const MOVE =
  '(?:moving|getting|breaking|going|transitioning|switching|making\\s+the\\s+(?:move|switch|jump))';
const ADVICE_ON_MOVE = new RegExp(
  `\\b${ASKED}\\s+(?:about|on|regarding)\\s+${MOVE}\\s+(?:into|in|to)\\s+`,
  'giu',
);

/** The piece without words that say no fact ("just", "now", "back in 2012" → "in 2012"). */
export function condense(text: string): string {
  droppable ??= new RegExp(
    `(?<!\\b(?:since|until|till|from|before|after)\\s*)\\s*\\b(?:${readList(
      new URL('./data/droppable-words.txt', import.meta.url),
    )
      .map((entry) =>
        entry === 'back'
          ? 'back(?= (?:in|when)\\b)'
          : // "stay in touch now I've moved": "now" opening a clause after another is "now
            // that", no filler ("…, now you run X" or "and now you run X" can lose it).
            entry === 'now'
            ? `now(?! ${SUBJECT})|(?<=(?:^|[,;]|\\band|\\bbut)\\s*)now(?= ${SUBJECT})`
            : escapeRegExp(entry),
      )
      .join('|')})\\b(?! that\\b)(?!['’-])`,
    'giu',
  );
  let out = text
    .replace(droppable, '')
    .replace(/^\s+/, '')
    .replace(/\s+([,.;:!?])/g, '$1');
  // "I see you're CTO now" says the news itself: "you're CTO".
  // Not "I saw you on France 24": there the seeing is the news.
  out = out.replace(
    /^I (?:see|saw|hear|heard|noticed|read)(?: that)? (?=you(?:['’](?:re|ve|ll|d)\b|\s+(?:are|were|have|had|\p{L}+ed)\b))/iu,
    '',
  );
  // After "we", "together" and "both" say it twice: "we ran the upgrade together". After
  // "we were" only "both" does: "we were in the NDP team" no longer says it was one team.
  if (/^we were\b/i.test(out)) out = out.replace(/ both\b(?! with\b)/gi, '');
  else if (
    /^we (?:\S+ed|ran|led|built|sat|met|taught|did|had|grew|went|spent|took|made|played|shared)\b/i.test(
      out,
    )
  )
    out = out.replace(/ (?:together|both)\b(?! with\b)/gi, '');
  // "that awful van", "those terrible dinners": how the sender felt, not what it was.
  // Not after "a"/"an", whose form the next word decides ("an awful idea").
  feelings ??= listSet(new URL('./data/feeling-words.txt', import.meta.url));
  const felt = feelings;
  out = out.replace(
    /\b(the|that|those|this|these|our|my|your|his|her|their)\s+(\p{Ll}+)\s+(?=\p{Ll})/gu,
    (all, det: string, word: string) => (felt.has(word) ? `${det} ` : all),
  );
  // "your advice about moving into hospice nursing": the advice is on what the move is into.
  out = out.replace(ADVICE_ON_MOVE, '$1 on ');
  // "pick your brain on chiller redundancy": asking about it, in two words fewer.
  out = out.replace(/\bpick your brains? (?:on|about|regarding)\b/giu, 'ask about');
  // "we used to mark scripts": "we marked scripts", two words fewer.
  out = out.replace(/\b(I|we|you) used to (\p{Ll}+)\b/gu, (all, who: string, verb: string) => {
    // "you used to be" → "you were", "I used to be" → "I was".
    const past = verb === 'be' ? (/^I$/i.test(who) ? 'was' : 'were') : pastOf(verb);
    return past ? `${who} ${past}` : all;
  });
  // "you were the one handling the fireworks cues": said plainly, "you handled the cues".
  out = out.replace(
    /\b(I|we|you|they) (?:was|were) the one (?:who |that )?(\p{Ll}{3,}ing)\b/gu,
    (all, who: string, gerund: string) => {
      const plain = plainOf(gerund);
      const past = plain ? pastOf(plain) : undefined;
      return past ? `${who} ${past}` : all;
    },
  );
  // "I have relocated", "you are a rep": a contraction says it in one word fewer.
  out = out
    .replace(
      /\b(I|we|you|they) have (?=(?:been|got|done|made|set|left|built|begun|\p{L}+ed)\b)/giu,
      '$1’ve ',
    )
    .replace(/\bI am\b/g, 'I’m')
    .replace(/\b(we|you|they) are\b(?! not\b)/giu, '$1’re')
    .replace(/\b(I|we|you) would\b/giu, '$1’d');
  // Nothing left to say, or only a stub: keep the user's words.
  return out.split(' ').length >= 2 ? out : text;
}

/**
 * The plain verb of an -ing form, as the dictionary knows it: "handling" → "handle",
 * "running" → "run", "fixing" → "fix", "opening" → "open"; undefined when unsure.
 */
export function plainOf(gerund: string): string | undefined {
  const stem = gerund.slice(0, -3);
  // "doing" is "do", not "doe"; "being" says no deed.
  if (stem.length < 3) return stem === 'do' || stem === 'go' ? stem : undefined;
  // "running" → "run", but "calling", "passing" keep their double letter.
  if (/([bdgmnprt])\1$/.test(stem)) {
    const single = stem.slice(0, -1);
    return isCorrect(single) ? single : undefined;
  }
  // A silent e first ("hoping" is "hope", not "hop"); "opening" has none.
  for (const form of [`${stem}e`, stem]) if (isCorrect(form)) return form;
  return undefined;
}

let pasts: ReadonlyMap<string, string> | undefined;

/** The simple past of a plain verb: "mark" → "marked", "climb" → "climbed", "teach" → "taught". */
export function pastOf(verb: string): string | undefined {
  pasts ??= new Map(
    readList(new URL('./data/past-tenses.txt', import.meta.url)).map((line) => {
      const [plain = '', past = ''] = line.split(' ');
      return [plain, past] as const;
    }),
  );
  const irregular = pasts.get(verb);
  if (irregular) return irregular;
  if (verb.length < 3 || /(?:ed|ing)$/.test(verb)) return undefined;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // "plan" → "planned", "stop" → "stopped": a short verb ending consonant-vowel-consonant.
  if (verb.length <= 4 && /[^aeiou][aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each way to keep the pieces of a field, in their order, all of them first: the first
 * piece of a context always stays (it is what the note is built on).
 */
function keeps(
  pieces: readonly Piece[],
  weight: number,
  keepFirst: boolean,
  fold = false,
  event = false,
): { kept: Piece[]; loss: number; out: string[] }[] {
  const out: { kept: Piece[]; loss: number; out: string[] }[] = [];
  const n = Math.min(pieces.length, 5);
  // "I've been following her work for ages, she runs …": a first piece that names nothing
  // may go before a later one that names a place or a partner.
  const firstNeeded =
    keepFirst &&
    !(
      n > 1 &&
      names(pieces[0]?.text ?? '') === 0 &&
      pieces.slice(1, n).some((piece) => names(piece.text) >= 1)
    );
  for (let mask = (1 << n) - 1; mask >= 0; mask--) {
    if (firstNeeded && n > 0 && !(mask & 1)) continue;
    if (n > 0 && mask === 0 && !keepFirst) continue;
    const kept: Piece[] = [];
    const dropped: Piece[] = [];
    pieces.slice(0, n).forEach((piece, index) => {
      if (mask & (1 << index)) kept.push(piece);
      else dropped.push(piece);
    });
    let loss = 0;
    const lost: string[] = [];
    for (const piece of dropped) {
      // "just saying hello" said as a reason reads worse than the ask alone: drop it first.
      if (GENERIC.test(piece.text)) loss += piece.kind === 'verb' ? 2 : -1;
      else {
        // The errand ("ask about chiller redundancy") is what the note is for: it goes last.
        loss += cutCost(piece.text) * weight * (piece.kind === 'verb' ? ERRAND_WEIGHT : 1);
        lost.push(piece.text);
      }
    }
    out.push({ kept, loss, out: lost });
    // Written tighter, the same pieces keep every fact: "in Derry now" → "in Derry".
    const tight = kept.map((piece) => ({ ...piece, text: condense(piece.text) }));
    const saved = kept.reduce(
      (sum, piece, at) => sum + piece.text.length - (tight[at]?.text.length ?? 0),
      0,
    );
    const forms = [{ pieces: kept, loss, lost }];
    if (saved > 0) {
      out.push({ kept: tight, loss: loss + 1, out: lost });
      forms.push({ pieces: tight, loss: loss + 1, lost });
    }
    // Tighter still, how long goes from every piece at once ("for 5 years"), said as left out.
    const spans: string[] = [];
    const timeless = tight.map((piece) => {
      const cut = omissions(piece.text).find((omission) => isDuration(omission.cut));
      if (!cut) return piece;
      spans.push(cut.cut);
      return { ...piece, text: cut.form };
    });
    if (spans.length > 0) {
      const cost = loss + 1 + spans.reduce((sum, span) => sum + cutCost(span) * weight, 0);
      out.push({ kept: timeless, loss: cost, out: [...lost, ...spans] });
      forms.push({ pieces: timeless, loss: cost, lost: [...lost, ...spans] });
    }
    // A reconnection's shared past said as a noun phrase ("we were in the same cohort at
    // INSEAD" → "our cohort at INSEAD"): only the verb goes, so every fact stays.
    if (fold) {
      for (const { pieces: form, loss: base, lost: gone } of [...forms]) {
        const [first, ...rest] = form;
        if (first?.kind !== 'clause') continue;
        const folded = foldOf(first.text);
        if (!folded) continue;
        // "…, and you taught me the reach stackers": a clause of its own after the memory
        // stays, as the next piece.
        const after = /^and\s+((?:you|we|I)\s+\S.*)$/i.exec(folded.cut)?.[1];
        const cut = after ? '' : folded.cut;
        const stock = cut === '' || isStockEnding(cut);
        const loss = base + FOLD_COST + (stock ? 0 : cutCost(cut) * weight);
        const lost = stock ? gone : [...gone, cut];
        const kept: Piece[] = [
          { kind: 'place', prep: null, text: folded.text },
          ...(after ? [{ kind: 'clause' as const, text: after }] : []),
          ...rest,
        ];
        out.push({ kept, loss, out: lost });
        if (cut === '') forms.push({ pieces: kept, loss, lost });
      }
    }
    // Tighter step by step, several pieces at once: each step makes the cut that loses least
    // for what it saves, so a dense field keeps its names ("…the same week at Bumrungrad, …
    // the Myanmar referrals, … I moved to Phuket").
    for (const { pieces: start, loss: base, lost } of forms.slice(0, 3)) {
      let current = start;
      let loss = base;
      let gone = lost;
      for (let step = 0; step < MAX_STEPS; step++) {
        const best = cheapestCut(current, weight, event, keepFirst);
        if (!best) break;
        current = current.map((piece, at) =>
          at === best.index ? { ...piece, text: best.form } : piece,
        );
        loss += best.cost;
        if (!best.stock) gone = [...gone, best.cut];
        if (step > 0) out.push({ kept: current, loss, out: gone });
      }
    }
    // A long piece may also be cut short at a clause or phrase boundary: "the crawl in
    // Amsterdam, where we talked for hours…" → "the crawl in Amsterdam".
    for (const { pieces: whole, loss: base, lost } of forms) {
      whole.forEach((piece, index) => {
        if (piece.text.length <= 40) return;
        // Where a first meeting was (the first piece of its context) is what the note is
        // built on: a cut inside it costs more than one elsewhere.
        const w = event && index === 0 ? weight * 2 : weight;
        // A cut clause keeps four words at least, so it still says something ("we sat next"
        // does not); a noun phrase may be cut to two ("cash transfers").
        const minWords = piece.kind === 'clause' || piece.kind === 'verb' ? 4 : 2;
        for (const form of shortenings(piece.text, minWords).slice(1, 9)) {
          const cut = piece.text.slice(form.length).replace(/^[\s,;:–—-]+/u, '');
          const stock = isStockEnding(cut);
          out.push({
            kept: whole.map((other, at) => (at === index ? { ...piece, text: form } : other)),
            loss: base + (stock ? 1 : cutCost(cut) * w),
            out: stock ? lost : [...lost, cut],
          });
        }
        for (const { form, cut } of omissions(piece.text, keepFirst && index === 0)) {
          const cost = base + cutCost(cut) * w;
          out.push({
            kept: whole.map((other, at) => (at === index ? { ...piece, text: form } : other)),
            loss: cost,
            out: [...lost, cut],
          });
          // Both at once: "…on my own as a ship broker in Singapore and would love to…"
          // keeps "in Singapore" with the role and the stock ending gone.
          for (const shorter of shortenings(form, minWords).slice(1, 4)) {
            const tail = form.slice(shorter.length).replace(/^[\s,;:–—-]+/u, '');
            const stock = isStockEnding(tail);
            out.push({
              kept: whole.map((other, at) => (at === index ? { ...piece, text: shorter } : other)),
              loss: cost + (stock ? 1 : cutCost(tail) * w),
              out: stock ? [...lost, cut] : [...lost, cut, tail],
            });
          }
        }
      });
    }
  }
  // Only a thank-you typed with what it is for can be cut to a bare one.
  const thanked = pieces.some((piece) => piece.kind === 'thanks' && !thanksForNothing(piece));
  const said = thanked
    ? out.filter(({ kept }) => !kept.some((piece) => thanksForNothing(piece)))
    : out;
  return said.length > 0 ? said : [{ kept: [], loss: 0, out: [] }];
}

/**
 * A thank-you cut short of what it thanks for: "…, and thank you, and I was the one…"
 * splices a bare "thank you" into the sentence. Dropped whole instead.
 */
function thanksForNothing(piece: Piece, form = piece.text): boolean {
  return piece.kind === 'thanks' && !/\b(?:for|to)\s+\S/i.test(form);
}

/** How many cuts in a row one field may take, several pieces at once. */
const MAX_STEPS = 6;

const cutsOf = new Map<string, { form: string; cut: string }[]>();

/** Every shorter form of one piece and the words it leaves out. */
function cutsFor(piece: Piece, lead: boolean): { form: string; cut: string }[] {
  const key = `${piece.kind}\u0000${lead}\u0000${piece.text}`;
  let cuts = cutsOf.get(key);
  if (cuts) return cuts;
  const minWords = piece.kind === 'clause' || piece.kind === 'verb' ? 4 : 2;
  cuts = [
    ...shortenings(piece.text, minWords)
      .slice(1, 9)
      .map((form) => ({ form, cut: piece.text.slice(form.length).replace(/^[\s,;:–—-]+/u, '') })),
    ...omissions(piece.text, lead),
  ].filter(
    ({ form }) =>
      form.length < piece.text.length &&
      (thanksForNothing(piece) || !thanksForNothing(piece, form)),
  );
  if (cutsOf.size > 2000) cutsOf.clear();
  cutsOf.set(key, cuts);
  return cuts;
}

/** The one cut across the pieces that loses least for the characters it saves. */
function cheapestCut(
  pieces: readonly Piece[],
  weight: number,
  event: boolean,
  /** Whether the first piece is the one the field is built on. */
  lead: boolean,
): { index: number; form: string; cut: string; cost: number; stock: boolean } | undefined {
  let best: { index: number; form: string; cut: string; cost: number; stock: boolean } | undefined;
  let bestRate = Number.POSITIVE_INFINITY;
  pieces.forEach((piece, index) => {
    if (piece.text.length <= 25) return;
    const w = event && index === 0 ? weight * 2 : weight;
    for (const { form, cut } of cutsFor(piece, lead && index === 0)) {
      const stock = isStockEnding(cut);
      const cost = stock ? 1 : cutCost(cut) * w * (piece.kind === 'verb' ? ERRAND_WEIGHT : 1);
      const rate = cost / (piece.text.length - form.length);
      if (rate < bestRate) {
        bestRate = rate;
        best = { index, form, cut, cost, stock };
      }
    }
  });
  return best;
}

const folds = new Map<string, { text: string; cut: string } | null>();

/** The clause, or it cut short where a clause of its own begins, as a noun phrase. */
function foldOf(clause: string): { text: string; cut: string } | null {
  let fold = folds.get(clause);
  if (fold !== undefined) return fold;
  fold = null;
  for (const short of shortenings(clause, 4).slice(0, 4)) {
    const text = foldMemory(short);
    if (!text) continue;
    fold = { text, cut: clause.slice(short.length).replace(/^[\s,;:–—-]+/u, '') };
    break;
  }
  if (folds.size > 500) folds.clear();
  folds.set(clause, fold);
  return fold;
}

/** How much more losing the note's errand costs than losing other words of the same worth. */
const ERRAND_WEIGHT = 2;

/** A memory said as a noun phrase reads flatter than the user's clause: the glue gives way first. */
const FOLD_COST = 10;

/** Every way to assemble the parts, least loss first. */
function attempts(plan: Plan): Attempt[] {
  const senders = plan.sender
    ? [
        { value: plan.sender as string | undefined, loss: 0 },
        { value: undefined, loss: 30 },
      ]
    : [{ value: undefined, loss: 0 }];
  // A long topic may be cut short like any piece ("cash transfers for drought-displaced
  // households" → "cash transfers"); leaving it out whole costs most.
  const topics = [
    ...keeps(plan.topic, 4, true),
    ...(plan.topic.length > 0
      ? [
          {
            kept: [],
            loss: plan.topic.reduce((sum, piece) => sum + cutCost(piece.text) * 5, 0),
            out: plan.topic.map((piece) => piece.text),
          },
        ]
      : []),
  ];
  const maxWords = RELATIONSHIPS[plan.base.relationship].wordTarget.max;
  const reconnecting =
    plan.base.relationship === 'former-colleague' || plan.base.relationship === 'close-contact';
  // What each way of keeping a field takes, counted once, not once per combination.
  const sized = <T extends { kept: Piece[] }>(forms: T[]) =>
    forms.map((form) => ({
      ...form,
      chars: form.kept.reduce((sum, piece) => sum + piece.text.length + 2, 0),
      words: form.kept.reduce((sum, piece) => sum + countWords(piece.text), 0),
    }));
  const contexts = sized(keeps(plan.context, 5, true, reconnecting, !reconnecting));
  const purposes = sized(keeps(plan.purpose, 4, false));
  const sizedTopics = sized(topics);
  // "…, Rommel! …, so let's connect!": the shortest glue is the name and about 24 more.
  const minGlue = Math.min(MIN_GLUE, 24 + plan.base.name.length);
  // Every combination of what each field keeps, cheapest first; the glue's few variants of
  // each are made only while they can still be among the cheapest (a dense field has
  // thousands of combinations, and making every one took most of the drafting time).
  const bases: {
    loss: number;
    words: number;
    chars: number;
    roomy: boolean;
    at: number;
    build: (into: Made[]) => void;
  }[] = [];
  for (const context of contexts) {
    for (const purpose of purposes) {
      for (const topic of sizedTopics) {
        // What the user's words alone take, before any glue: past the limit, skip.
        const chars = context.chars + purpose.chars + topic.chars;
        // Nor past the word target: a greeting and an ask take four words at least.
        const words = context.words + purpose.words + topic.words;
        if (words + MIN_GLUE_WORDS > maxWords) continue;
        for (const sender of senders) {
          const content = chars + (sender.value?.length ?? 0);
          if (content + minGlue > plan.limit) continue;
          const loss = context.loss + purpose.loss + topic.loss + sender.loss;
          const at = bases.length;
          const build = (into: Made[]) => {
            let glue = 0;
            const leftOut = [...context.out, ...purpose.out, ...topic.out];
            for (const [compact, terse, bare] of GLUE) {
              for (const closer of [false, true]) {
                for (const led of plan.purpose.length > 0 ? [false, true] : [false]) {
                  const attempt: Attempt = {
                    parts: {
                      ...plan.base,
                      sender: sender.value,
                      context: context.kept,
                      topic: topic.kept,
                      purpose: purpose.kept,
                      closer,
                      compact,
                      terse,
                      bare,
                      led,
                    },
                    loss:
                      loss +
                      (compact ? 2 : 0) +
                      (terse ? 3 : 0) +
                      (bare ? 4 : 0) +
                      (closer ? 1 : 0) +
                      (led ? 3 : 0),
                    leftOut,
                    words,
                    chars: content,
                  };
                  // The order the combinations come in breaks ties in loss, as it always has.
                  into.push({ attempt, order: at * 16 + glue++ });
                }
              }
            }
          };
          const roomy = words + ROOMY_GLUE_WORDS <= maxWords && content + ROOMY_GLUE <= plan.limit;
          bases.push({ loss, words, chars: content, roomy, at, build });
        }
      }
    }
  }
  bases.sort((a, b) => a.loss - b.loss || a.at - b.at);
  // Combinations come cheapest first, so once enough are made, one whose own loss is past the
  // loss of the last that can still be kept makes nothing that could be: the search stops.
  // The bars only fall as more are made; each is checked again after every few hundred.
  const all: Made[] = [];
  const roomy: Made[] = [];
  let headBar = Number.POSITIVE_INFINITY;
  let roomyBar = Number.POSITIVE_INFINITY;
  let nextHead = MAX_ATTEMPTS;
  let nextRoomy = MAX_ATTEMPTS + MAX_ROOMY;
  for (const base of bases) {
    const forHead = base.loss <= headBar;
    if (!forHead && !(base.roomy && base.loss <= roomyBar)) {
      if (base.loss > roomyBar) break;
      continue;
    }
    const made: Made[] = [];
    base.build(made);
    if (forHead) all.push(...made);
    if (base.roomy) roomy.push(...made);
    if (all.length >= nextHead) {
      headBar = kthLoss(all, MAX_ATTEMPTS);
      nextHead = all.length + MAX_ATTEMPTS;
    }
    // Past the cheapest, the cheapest few that leave room for a note's usual glue: at most
    // all the head's and MAX_ROOMY more, so the roomy one ranked so is a bar for the rest.
    if (roomy.length >= nextRoomy) {
      roomyBar = kthLoss(roomy, MAX_ATTEMPTS + MAX_ROOMY);
      nextRoomy = roomy.length + MAX_ATTEMPTS;
    }
  }
  // The cheapest few hundred are plenty: past them every version has lost a lot anyway.
  const byLoss = (a: Made, b: Made) => a.attempt.loss - b.attempt.loss || a.order - b.order;
  all.sort(byLoss);
  const head = all.slice(0, MAX_ATTEMPTS);
  // Past the cheapest, the cheapest few that leave room for a note's usual glue: many fine
  // cuts of a dense field must not crowd out the one short enough to fit.
  const inHead = new Set(head.map((made) => made.attempt));
  roomy.sort(byLoss);
  const more = roomy.filter((made) => !inHead.has(made.attempt)).slice(0, MAX_ROOMY);
  return [...head, ...more].map((made) => made.attempt);
}

/** An attempt and its place in the order combinations are made in, which breaks ties. */
interface Made {
  attempt: Attempt;
  order: number;
}

/** The loss of the k-th cheapest (1-based): no attempt past it is kept. */
function kthLoss(made: readonly Made[], k: number): number {
  const losses = Float64Array.from(made, (one) => one.attempt.loss).sort();
  return losses[Math.min(k, losses.length) - 1] ?? Number.POSITIVE_INFINITY;
}

const MAX_ATTEMPTS = 800;
const MAX_ROOMY = 200;
/** What a note's glue usually takes: "Hi Leo, … Let's reconnect, as …". */
const ROOMY_GLUE_WORDS = 9;
const ROOMY_GLUE = 70;
/** The glue, fullest first: the template gives way before the user's words do. */
const GLUE: readonly [compact: boolean, terse: boolean, bare: boolean][] = [
  [false, false, false],
  [true, false, false],
  [true, true, false],
  // The greeting said as the name alone ("Sipho, we were…"): a word for a fact.
  [true, true, true],
];
/** The fewest characters a note adds around the user's words ("Hi Leo, … I'd love to connect."). */
const MIN_GLUE = 45;
const MIN_GLUE_WORDS = 4;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

let titleDot: RegExp | undefined;

/** A cheap first count, to skip reviewing notes with too many sentences ("Dr." is not one). */
function countSentences(text: string): number {
  titleDot ??= new RegExp(`\\b(?:${dottedWords()})\\.`, 'gu');
  const plain = text
    .replace(titleDot, '')
    .replace(/^(?:Hi|Hello)\s[^.!?,]{1,40}!\s/, '')
    // "A. K. Mensah", "Ma. Cristina": an initial's full stop ends no sentence.
    .replace(/\b(?:\p{Lu}|Ma)\.(?=\s?\p{Lu})/gu, '');
  return (plain.match(/[.!?]+(?=\s|$)/g) ?? []).length;
}

/**
 * The note's last sentence, lower case and without its closing marks: two variants that
 * end alike ask alike ("I'd love to connect to send you the list.").
 */
export function lastSentence(text: string): string {
  titleDot ??= new RegExp(`\\b(?:${dottedWords()})\\.`, 'gu');
  // Same length, so an index into the mask is one into the text.
  const masked = text
    .replace(titleDot, (dotted) => `${dotted.slice(0, -1)}\u2024`)
    .replace(/\b(?:\p{Lu}|Ma)\.(?=\s?\p{Lu})/gu, (dotted) => `${dotted.slice(0, -1)}\u2024`);
  let start = 0;
  for (const end of masked.matchAll(/[.!?]+\s+(?=\S)/g)) start = end.index + end[0].length;
  return text
    .slice(start)
    .replace(/[\s.!?]+$/, '')
    .toLowerCase();
}

/**
 * The review without spelling findings on words the user typed as they typed them ("toon
 * boom", "kumis"): their words are theirs. A word the drafter broke is still found.
 */
function withoutTyped(review: Review, plan: Plan): Review {
  // The greeting the user typed is how they address them ("Tommy chetta"): theirs to case.
  const greeted = new Set(plan.greetAs?.split(/\s+/) ?? []);
  const own = (finding: Review['findings'][number]) =>
    finding.ruleId === 'grammar' && greeted.has(finding.excerpt ?? '');
  const spelled = review.findings.filter((finding) => finding.ruleId === 'spelling');
  if (spelled.length === 0 && !review.findings.some(own)) return review;
  const typed = new Set(
    Object.values(plan.fields).flatMap((value) => value?.match(/[\p{L}'’-]+/gu) ?? []),
  );
  return keepFindings(
    review,
    (finding) =>
      !own(finding) &&
      (finding.ruleId !== 'spelling' ||
        !typed.has(finding.excerpt ?? '') ||
        (slipFor(finding.excerpt ?? '', finding.suggestion) &&
          !inOtherLanguage(finding.excerpt ?? '', plan))),
  );
}

/**
 * The word is in a field the user wrote in another language ("wir waren Nachbarn in
 * Berlin"): other plain words of it are no English either, so "waren" is no slip for "warren".
 * Or it is part of a tag or handle.
 */
function inOtherLanguage(word: string, plan: Plan): boolean {
  for (const value of Object.values(plan.fields)) {
    // "#rustlang", "@sipho_dev": a tag or handle is spelled as its owner chose.
    if (value?.split(/\s+/).some((token) => /^[#@]/.test(token) && token.includes(word)))
      return true;
    const words: string[] = value?.match(/\p{L}+/gu) ?? [];
    if (!words.includes(word)) continue;
    const plain = words.filter((other) => other !== word && /^\p{Ll}{2,}$/u.test(other));
    const unknown = plain.filter((other) => !isCorrect(other)).length;
    if (unknown >= 1 && unknown * 3 >= plain.length) return true;
  }
  return false;
}

/**
 * "bonang" → "boning", "kimchi" and the like: one vowel for another in a short word is as
 * often a word of another language or a trade as a slip.
 */
export function vowelForVowel(word: string, fix: string): boolean {
  const a = word.toLowerCase();
  const b = fix.toLowerCase();
  if (a.length !== b.length || a.length > 6) return false;
  const at = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return (
    at.length === 1 && /[aeiou]/.test(a[at[0] ?? 0] ?? '') && /[aeiou]/.test(b[at[0] ?? 0] ?? '')
  );
}

/**
 * A slip the user would want fixed: a letter left out ("realy"), swapped ("recieve"), wrong
 * ("definately") or a consonant doubled ("untill"). A term the dictionary lacks is nearest a
 * shorter word ("toon" → "ton", "desludging" → "deluging"), and is the user's to keep.
 */
function slipFor(word: string, suggestion: string | undefined): boolean {
  if (!suggestion) return false;
  const lower = word.toLowerCase();
  const fix = suggestion.toLowerCase();
  // "arbiting" → "orbiting": a slip seldom changes the first letter; a word of theirs may.
  if (fix.charAt(0) !== lower.charAt(0) || vowelForVowel(lower, fix)) return false;
  if (fix.length >= lower.length) return true;
  // A doubled consonant is the slip ("untill"); a doubled vowel is as often the word ("toon").
  return [...lower].some(
    (letter, at) =>
      letter === lower[at + 1] &&
      !'aeiou'.includes(letter) &&
      lower.slice(0, at) + lower.slice(at + 1) === fix,
  );
}

/**
 * The text with the review's mechanical fixes, when each word they change is one a finding
 * still standing names: never a word of theirs the review was told to leave ("toon boom").
 */
function mendedText(text: string, review: Review, own: Review): string | undefined {
  const corrected = review.corrected;
  if (corrected === undefined || corrected === text) return undefined;
  const named = new Set(
    own.findings
      .filter(
        (finding) => finding.severity !== 'info' && /^(?:grammar|spelling)$/.test(finding.ruleId),
      )
      .flatMap((finding) => finding.excerpt?.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []),
  );
  if (named.size === 0) return undefined;
  const after = new Set(corrected.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  const changed = (text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).filter(
    (word) => !after.has(word),
  );
  return changed.every((word) => named.has(word)) ? corrected : undefined;
}

/** True when the review has nothing to say worse than a tip, inside the targets. */
export function passes(review: Review, limit: number): boolean {
  return (
    review.findings.every((finding) => finding.severity === 'info') &&
    review.words >= review.wordTarget.min &&
    review.words <= review.wordTarget.max &&
    review.chars <= limit
  );
}

const MAX_REVIEWS_PER_VARIANT = 25;
/** Reviews one call to compose may spend in all, so an input nothing fits stays fast. */
const MAX_REVIEWS = 80;

// A wish ending on a verb that cannot stand without its object or its idiom's other half.
const WISHED_VERB = String.raw`\b(?:love|like|want|hope|wish|keen|glad|happy|able) to (?:keep|bring|get|send|make|take|put|give|set|stay|follow|find|explore|discuss|hear|reach|touch)[.!?,]`;
const WANTED_ONLY = String.raw`\bwould be (?:grateful|glad|happy)[.!?,]|\b(?:I|we) (?:want|need|invite|ask) (?:you|him|her|them)[.!?,]`;
const DANGLING_VERB = new RegExp(`${WISHED_VERB}|${WANTED_ONLY}`, 'i');

interface Outcome {
  draft?: FittedDraft;
  /** What the draft's attempt lost, to choose among shapes that each had to leave out. */
  loss?: number;
  nearest?: { text: string; review: Review };
  sawShortEnough: boolean;
  /** Whether a text was passed over for ending as a draft in hand does. */
  repeated?: boolean;
}

function fitVariant(
  variant: Variant,
  candidates: readonly Attempt[],
  plan: Plan,
  taken: Set<string>,
  reviewer: Reviewer,
  budget: { left: number },
  /** Last sentences of the drafts in hand, which this one must not repeat. */
  endings: ReadonlySet<string>,
  /** Only attempts that lose less than this are worth a review. */
  bar = Number.POSITIVE_INFINITY,
): Outcome {
  const target = RELATIONSHIPS[plan.base.relationship].wordTarget;
  let reviews = 0;
  let nearest: Outcome['nearest'];
  let sawShortEnough = false;
  let repeated = false;
  const seen = new Set<string>();
  for (const attempt of candidates) {
    if (attempt.loss >= bar) break;
    const text = variant(attempt.parts);
    if (text === null || seen.has(text) || taken.has(text)) continue;
    seen.add(text);
    if (text.length > plan.limit) continue;
    sawShortEnough = true;
    const words = countWords(text);
    if (words < target.min || words > target.max || countSentences(text) > 3) continue;
    // "…and would love to keep.": a verb cut from what it needs is never sent.
    if (DANGLING_VERB.test(text)) continue;
    if (endings.size > 0 && endings.has(lastSentence(text))) {
      repeated = true;
      continue;
    }
    const review = reviewer(text, plan.reviewOptions);
    reviews += 1;
    // The review shown with the draft is the one it passed: no nagging about their own term.
    const own = withoutTyped(review, plan);
    if (passes(own, plan.limit)) {
      const draft: FittedDraft = { text, review: own };
      if (attempt.leftOut.length > 0) draft.leftOut = attempt.leftOut;
      return { draft, loss: attempt.loss, sawShortEnough, repeated };
    }
    // "I would like invite him", "booked for Octobr": a slip in the user's words that the
    // review can mend is mended, rather than no draft at all.
    const mended = mendedText(text, review, own);
    if (
      mended !== undefined &&
      mended.length <= plan.limit &&
      !taken.has(mended) &&
      !endings.has(lastSentence(mended))
    ) {
      const again = withoutTyped(reviewer(mended, plan.reviewOptions), plan);
      reviews += 1;
      if (passes(again, plan.limit)) {
        const draft: FittedDraft = { text: mended, review: again };
        if (attempt.leftOut.length > 0) draft.leftOut = attempt.leftOut;
        return { draft, sawShortEnough, repeated };
      }
    }
    if (process.env.D19)
      console.error(
        '  ~',
        text,
        '::',
        own.findings
          .filter((f) => f.severity !== 'info')
          .map((f) => `${f.ruleId} ${f.excerpt ?? ''}`)
          .join('; '),
        review.words,
        review.wordTarget,
      );
    if (!nearest) nearest = { text, review };
    if (reviews >= MAX_REVIEWS_PER_VARIANT || budget.left <= 0) break;
  }
  return { nearest, sawShortEnough, repeated };
}

/** Up to `count` distinct drafts that pass their own review, or an error saying why not. */
export function compose(plan: Plan, count: number, reviewer: Reviewer): FittedDraft[] {
  const candidates = attempts(plan);
  // Shapes that keep everything the user gave come first; only when too few of them fit
  // does a shape that had to leave something out make up the number.
  const whole = candidates.filter((attempt) => attempt.leftOut.length === 0);
  const byShape = new Map<number, FittedDraft>();
  const taken = new Set<string>();
  const reviews = new Map<string, Review>();
  const budget = { left: MAX_REVIEWS };
  const cached: Reviewer = (text, options) => {
    let review = reviews.get(text);
    if (!review) {
      review = reviewer(text, options);
      reviews.set(text, review);
      budget.left -= 1;
    }
    return review;
  };
  let nearest: Outcome['nearest'];
  let anyShortEnough = false;
  const endings = new Set<string>();
  const take = (text: string) => {
    taken.add(text);
    endings.add(lastSentence(text));
  };
  // Each variant ends on an ask of its own; only when too few shapes can does a repeated
  // ending make up the number. A fact is worth more than a different ending: the shapes
  // that must leave words out are chosen by what they lose alone.
  const none: ReadonlySet<string> = new Set();
  const rounds: [readonly Attempt[], boolean][] = [
    [whole, true],
    [whole, false],
    [candidates, false],
  ];
  let repeated = false;
  for (const [pool, distinct] of rounds) {
    // The same pool again, with endings free, only for a shape an ending kept out.
    if (!distinct && pool === whole && !repeated) continue;
    // Past the shapes that keep everything, the ones that lose least: a shape that fits only
    // by leaving a fact out must not crowd out one that keeps it.
    const lossy: { index: number; draft: FittedDraft; loss: number }[] = [];
    for (const [index, variant] of VARIANTS.entries()) {
      if (byShape.size >= count) break;
      if (byShape.has(index)) continue;
      // Enough drafts in hand: a shape need only be tried for one that loses less.
      const need = count - byShape.size;
      const bar =
        lossy.length >= need
          ? [...lossy].sort((a, b) => a.loss - b.loss)[need - 1]?.loss
          : undefined;
      const result = fitVariant(
        variant,
        pool,
        plan,
        taken,
        cached,
        budget,
        distinct ? endings : none,
        bar,
      );
      anyShortEnough ||= result.sawShortEnough;
      repeated ||= !!result.repeated;
      if (result.draft && pool === candidates && result.draft.leftOut) {
        lossy.push({ index, draft: result.draft, loss: result.loss ?? 0 });
        take(result.draft.text);
      } else if (result.draft) {
        byShape.set(index, result.draft);
        take(result.draft.text);
      } else nearest ??= result.nearest;
    }
    lossy.sort((a, b) => a.loss - b.loss || a.index - b.index);
    for (const { index, draft } of lossy) {
      if (byShape.size >= count) break;
      byShape.set(index, draft);
    }
  }
  const drafts = [...byShape.entries()].sort((a, b) => a[0] - b[0]).map(([, draft]) => draft);
  if (drafts.length > 0) return drafts;
  throw explain(plan, nearest, anyShortEnough);
}

function longestField(plan: Plan, withName = true): DraftField | undefined {
  const optional: DraftField[] = ['context', 'purpose', 'topic', 'mutual', 'sender'];
  if (withName) optional.push('name');
  let best: DraftField | undefined;
  let bestLength = 0;
  for (const field of optional) {
    const length = plan.fields[field]?.length ?? 0;
    if (length > bestLength) {
      best = field;
      bestLength = length;
    }
  }
  return best;
}

/** The field whose words the excerpt (the template's glue around them too) uses most. */
function fieldSharingMostWords(plan: Plan, excerpt: string): DraftField | undefined {
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const said = words(excerpt);
  let best: DraftField | undefined;
  let most = 0;
  for (const [field, value] of Object.entries(plan.fields) as [DraftField, string | undefined][]) {
    // Their name is no wording to change: the field that repeats it is.
    if (!value || field === 'name') continue;
    let shared = 0;
    for (const w of words(value)) if (said.has(w)) shared++;
    if (shared > most) {
      best = field;
      most = shared;
    }
  }
  return best;
}

function explain(
  plan: Plan,
  nearest: Outcome['nearest'],
  anyShortEnough: boolean,
): DraftInputError {
  if (!anyShortEnough) {
    const field = longestField(plan);
    if (field && (plan.fields[field]?.length ?? 0) > 40) {
      return new DraftInputError(
        field,
        `${field} is too long to fit a ${plan.limit}-character note even shortened; shorten the ${field}`,
      );
    }
    return new DraftInputError(
      'limit',
      `a ${plan.limit}-character limit is too short for a note with a greeting, context and a call to action`,
    );
  }
  const findings = nearest?.review.findings.filter((finding) => finding.severity !== 'info') ?? [];
  // A finding about words the user typed says best what to change.
  for (const finding of findings) {
    const excerpt = finding.excerpt?.toLowerCase();
    if (!excerpt) continue;
    const field = (Object.keys(plan.fields) as DraftField[]).find((key) =>
      plan.fields[key]?.toLowerCase().includes(excerpt),
    );
    if (!field) continue;
    const suggestion = finding.suggestion?.replace(/\.$/, '');
    const hint =
      !suggestion || finding.message.includes(suggestion)
        ? ''
        : suggestion.split(' ').length <= 3
          ? `; try "${suggestion}"`
          : `; ${suggestion}`;
    return new DraftInputError(
      field,
      `the ${field} trips the ${finding.ruleId} check at "${finding.excerpt}": ${finding.message.replace(/\.$/, '')}${hint}`,
    );
  }
  const blocking = findings.find((f) => f.severity === 'error') ?? findings[0];
  const field =
    (blocking?.excerpt ? fieldSharingMostWords(plan, blocking.excerpt) : undefined) ??
    longestField(plan, false) ??
    'context';
  const why = blocking ? ` (${blocking.ruleId}: ${blocking.message.replace(/\.$/, '')})` : '';
  return new DraftInputError(
    field,
    `could not write a note that passes its own review${why}; try rewording the ${field}`,
  );
}
