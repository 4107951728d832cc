// The note shapes the drafter fills in, modelled on the guide's examples: greet by name,
// jog their memory, say why, ask to connect. Each variant opens, orders and asks in its
// own way; each says every piece of what the user gave (unless the limit forced a cut,
// which the composer records), and adds no fact of its own. No filler closers ("Please add
// me to your network!", "Have a great week!"): the guide and the generic rule call them so.

import { listSet, readList } from '../language/lists.js';
import type { RelationshipId } from '../types.js';
import type { Piece } from './fields.js';

/** What one attempt at a note is made of. */
export interface Parts {
  relationship: RelationshipId;
  /** The name used in the greeting. */
  name: string;
  sender?: string;
  mutual?: string;
  context: Piece[];
  topic: Piece[];
  purpose: Piece[];
  /** A short friendly last line, only to reach the word target. */
  closer: boolean;
  /** Say "connect" rather than "connect on LinkedIn", to fit. */
  compact: boolean;
  /** The tightest glue, to keep every fact within the limit: the memory said plainly. */
  terse: boolean;
  /** Greet by the name alone ("Sipho, we were…"), not "Hi Sipho,": a word for a fact. */
  bare?: boolean;
  /** Lead the user's reason with a plain one ("keep the conversation going and …"). */
  led: boolean;
}

export type Variant = (parts: Parts) => string | null;

const RECONNECTING: ReadonlySet<RelationshipId> = new Set(['former-colleague', 'close-contact']);

const EVENT = new RegExp(
  `\\b(?:${[
    'meeting|call|visit|audit|review|induction|appointment|viewing|inspection|consultation',
    'session|chat|conversation|coffee|lunch|dinner|demo|tour|interview|handover|workshop',
    'walkthrough|walk|catch-up|catchup|meet-up|meetup|check-in|follow-up|zoom',
  ].join('|')})\\b`,
  'i',
);
const GATHERING =
  /^(?:the|a|an|this|last|today['’]s|yesterday['’]s)?\s*[\p{L}\s-]*?\b(?:workshop|session|tour|visit|induction|walkthrough|demo|seminar|training)\b/iu;
const DIRECTORY = /\b(?:directory|list|group|community|network|forum|database|register)\b/i;
const DETERMINER = /^(?:the|a|an|our|your|my|this|that|today['’]s|yesterday['’]s|last)\b/i;

function connect(parts: Parts): string {
  const verb = RECONNECTING.has(parts.relationship) ? 'reconnect' : 'connect';
  return parts.compact ? verb : `${verb} on LinkedIn`;
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2019", "March 2024": a time, said with "in". */
const YEAR_OR_MONTH =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d$/;
/** A name with its own possessive or a foreign article. */
const OWN_ARTICLE =
  /^(?:(?:\p{Lu}[\p{L}.-]*\s)?[\p{L}.-]+['’]s?\s|(?:la|le|el|los|las|les|il|der|das)\s)/u;

function withDeterminer(text: string): string {
  return DETERMINER.test(text) ? text : `the ${text}`;
}

/** "14 March", "March 14th", "Tuesday": a day, said with "on". */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{L}*';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DAY = new RegExp(
  [
    `(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:\\s+\\d{4})?`,
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`,
    '\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?',
  ]
    .map((form) => `^${form}$`)
    .join('|'),
  'u',
);
/** "yesterday", "last week": a time that takes no preposition. */
const WHEN_BARE =
  /^(?:yesterday|today|tonight|earlier today|this (?:morning|afternoon|evening|week)|last (?:night|week|month|year|weekend)|(?:last|this) \p{L}+day)$/iu;

function placeLead(piece: Extract<Piece, { kind: 'place' }>, parts: Parts, tone: Tone): string {
  const { text } = piece;
  const at = piece.prep
    ? `${piece.prep} ${text}`
    : WHEN_BARE.test(text)
      ? text
      : `${/\b(?:call|zoom|teams|podcast|webinar)\b/i.test(text) || DAY.test(text) ? 'on' : YEAR_OR_MONTH.test(text) ? 'in' : 'at'} ${text.replace(/^on\s+/i, '')}`;
  switch (parts.relationship) {
    case 'met-briefly':
      if (tone === 'warm') return `I enjoyed meeting you ${at}`;
      if (tone === 'exclaim') return `great meeting you ${at}`;
      return `it was great to meet you ${at}`;
    case 'after-meeting':
      if (!piece.prep && EVENT.test(text)) {
        // "the workshop in Almaty": a gathering others came to too, where you met them.
        // Not "the visit to your workshop": there you were their guest.
        if (tone === 'warm' && GATHERING.test(text) && !/(?:^(?:our|my)|\byour)\b/i.test(text))
          return `I enjoyed meeting you at ${withDeterminer(text)}`;
        // "I enjoyed the interview" says less than a thank-you for it: a bare meeting
        // ("coffee", "our call") is thanked for, a fuller one ("the demo of Atlas") enjoyed.
        if (tone === 'warm')
          return text.split(/\s+/).length > 2
            ? `I enjoyed ${withDeterminer(text)}`
            : `thank you again for ${withDeterminer(text)}`;
        if (tone === 'exclaim') return `thanks again for ${withDeterminer(text)}`;
        return `thank you for ${withDeterminer(text)}`;
      }
      if (tone === 'warm') return `I enjoyed meeting you ${at}`;
      return `it was great meeting you ${at}`;
    case 'introduced': {
      const by = parts.mutual ? `${parts.mutual} introduced us ${at}` : undefined;
      return by ?? `it was great to be introduced to you ${at}`;
    }
    case 'cold': {
      if (piece.prep) return `I came across your work ${at}`;
      if (DIRECTORY.test(text) && !/^your\b/i.test(text)) return `I found your profile in ${text}`;
      // "Tommy's barbecue", "la feria de Sevilla": already says whose, or has its article.
      const work = DETERMINER.test(text) || OWN_ARTICLE.test(text) ? text : `your ${text}`;
      return tone === 'warm' ? `I enjoyed ${work}` : `I came across ${work}`;
    }
    case 'former-colleague':
      // A bare name is where you worked: "Ryman Healthcare" → "we worked together at …".
      if (!piece.prep && /^\p{Lu}/u.test(text) && !EVENT.test(text)) {
        return parts.terse || tone === 'exclaim'
          ? `we worked together at ${text}`
          : `it's been a while since we worked together at ${text}`;
      }
      if (piece.prep && parts.terse) return `we worked together ${at}`;
      if (piece.prep) return `it's been a while since we worked together ${at}`;
      return DETERMINER.test(text) ? `I remember ${text}` : `I remember our ${text}`;
    case 'close-contact':
      if (piece.prep) return `I still remember our time ${at}`;
      return DETERMINER.test(text) ? `I still remember ${text}` : `I still remember our ${text}`;
  }
}

type Tone = 'plain' | 'warm' | 'exclaim';

/** One piece as a clause of its own (no capital, no full stop). */
function asClause(piece: Piece): string {
  switch (piece.kind) {
    case 'clause':
    case 'thanks':
    case 'phrase':
      return piece.text;
    case 'verb':
      return `I'd like to ${piece.text}`;
    case 'place':
      return piece.prep ? `${piece.prep} ${piece.text}` : piece.text;
    case 'role':
      return piece.whose === 'ours' ? `we were ${piece.text}` : `you're ${piece.text}`;
  }
}

/** The memory jog: the first piece with the glue its kind needs, the rest after it. */
export function jog(parts: Parts, tone: Tone): string | null {
  const [first, ...rest] = parts.context;
  let lead: string | null = null;
  // Tight for words, where you worked frames what you did there: "at Safaricom, we launched…".
  const [next] = rest;
  if (
    parts.terse &&
    RECONNECTING.has(parts.relationship) &&
    first?.kind === 'place' &&
    (!first.prep || /^(?:at|in)$/i.test(first.prep)) &&
    /^\p{Lu}/u.test(first.text) &&
    !EVENT.test(first.text) &&
    next?.kind === 'clause' &&
    /^(?:we|you)\b/i.test(next.text)
  ) {
    // "at Spotify in Stockholm, we launched…": typed with its "at", still the frame.
    const where = `${first.prep?.toLowerCase() ?? 'at'} ${first.text}`;
    return jog(
      {
        ...parts,
        context: [{ kind: 'clause', text: `${where}, ${next.text}` }, ...rest.slice(1)],
      },
      tone,
    );
  }
  if (!first) {
    if (parts.relationship === 'introduced' && parts.mutual) {
      if (tone === 'warm') lead = `our mutual connection ${parts.mutual} introduced us`;
      else if (tone === 'exclaim') lead = `I'm glad ${parts.mutual} introduced us`;
      else lead = `it was great to be introduced to you by ${parts.mutual}`;
    } else if (parts.relationship === 'former-colleague') {
      lead = tone === 'warm' ? 'I have fond memories of working together' : "it's been a while";
    } else if (parts.relationship === 'close-contact') {
      lead = tone === 'exclaim' ? null : "it's been too long";
    } else if (parts.relationship === 'after-meeting') {
      if (tone === 'warm') lead = 'thank you for meeting with me';
      else if (tone === 'exclaim') lead = 'great meeting you';
      else lead = 'it was great meeting you';
    } else if (parts.relationship === 'met-briefly') {
      if (tone === 'warm') lead = 'I enjoyed meeting you';
      else if (tone === 'exclaim') lead = 'great meeting you';
      else lead = 'it was great to meet you';
    }
    return lead;
  }
  switch (first.kind) {
    case 'place':
      lead = placeLead(first, parts, tone);
      break;
    case 'role':
      if (first.whose !== 'ours') lead = `you're ${first.text}`;
      else if (parts.terse) lead = `we were ${first.text}`;
      else if (tone === 'warm') lead = `I remember when we were ${first.text}`;
      else lead = `it's been a while since we were ${first.text}`;
      break;
    case 'clause':
      // "we were on the analytics team at Grab": said as a memory, for a reconnection.
      // "I was your second officer …" said bare reads as news about the sender, not a
      // shared past: even terse, it keeps "I remember when".
      if (RECONNECTING.has(parts.relationship) && SENDERS_PART.test(first.text)) {
        lead = `I remember when ${first.text}`;
        break;
      }
      lead =
        RECONNECTING.has(parts.relationship) && !parts.terse && isMemory(first.text)
          ? tone === 'warm'
            ? `I remember when ${first.text}`
            : `it's been a while since ${first.text}`
          : first.text;
      break;
    case 'verb':
      lead = `we ${first.text}`;
      break;
    default:
      lead = first.text;
  }
  if (parts.relationship === 'introduced' && parts.mutual && first.kind !== 'place') {
    // "you're Jack's brother" names the mutual contact but not that they introduced you.
    if (!mentions(parts.context, parts.mutual, false))
      lead = `${parts.mutual} introduced us, and ${lead}`;
    else if (!/\bintroduc/i.test(lead) && startsWithName(lead, parts.mutual)) {
      lead = `our mutual connection ${lead}`;
    }
  }
  let before: Piece | undefined = first;
  for (const piece of rest) {
    const subject = sameSubject(before, piece);
    before = piece;
    // "you were my supervisor at GUS and taught me record linkage": one subject, said once.
    if (subject) {
      lead += ` and ${piece.text.slice(subject.length + 1)}`;
      continue;
    }
    switch (piece.kind) {
      case 'clause':
      case 'thanks':
        // "…, which changed how I price": a clause about what came before takes no "and".
        lead += /^(?:which|where|when|who)\b/i.test(piece.text)
          ? `, ${piece.text}`
          : `, and ${piece.text}`;
        break;
      case 'place':
        // "his exhibition at the museum, the blown glass birds": what it was, not a place.
        lead += piece.prep
          ? `, ${piece.prep} ${piece.text}`
          : isVenue(piece.text)
            ? `, at ${withDeterminer(piece.text)}`
            : ` (${piece.text})`;
        break;
      case 'role':
        lead += piece.whose === 'ours' ? `, when we were ${piece.text}` : `, ${piece.text}`;
        break;
      case 'verb':
        lead += `, and we ${piece.text}`;
        break;
      case 'phrase':
        // One aside in brackets; a second one after it reads better as a list.
        lead += lead.endsWith(')') ? `, ${piece.text}` : ` (${piece.text})`;
        break;
    }
  }
  return lead;
}

let venues: ReadonlySet<string> | undefined;

/** "his booth", "the tasting table": a place at an event, said "at" it. */
function isVenue(text: string): boolean {
  venues ??= listSet(new URL('./data/venue-nouns.txt', import.meta.url));
  const words = venues;
  return text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => words.has(word) || words.has(word.replace(/s$/, '')));
}

/** "you" or "we" when both clauses start with it, followed by a verb of their own. */
function sameSubject(before: Piece | undefined, piece: Piece): string | undefined {
  if (before?.kind !== 'clause' || piece.kind !== 'clause') return undefined;
  const subject = /^(you|we)\s/i.exec(before.text)?.[1];
  if (!subject || !new RegExp(`^${subject}\\s+\\p{Ll}`, 'iu').test(piece.text)) return undefined;
  // "you've", "we're": a contraction's verb does not stand alone after "and".
  return /^\S+\s+(?:were|are|was|had|have|will|would)\b/i.test(piece.text) ? undefined : subject;
}

/**
 * A past the two of you shared, which "it's been a while since" can frame: "we worked at
 * X", "you were my manager"; not "we've known each other since school" (still true).
 */
/** The sender's part in a shared past: "I was your intern", "I trained under you". */
const SENDERS_PART =
  /^I\s+(?:was|worked|trained|interned|served|studied)\b(?!.*\b(?:since|ever|still)\b).*\b(?:you|your)\b/i;

function isMemory(clause: string): boolean {
  const verb = /^(?:we|you)\s+(?:both\s+)?(\S+)/i.exec(clause)?.[1]?.toLowerCase() ?? '';
  return (verb.endsWith('ed') || PAST.has(verb)) && !/\b(?:since|ever|still)\b/i.test(clause);
}

// Irregular past tenses a shared memory starts with: "we ran the team", "we sat next to…".
const PAST = new Set(
  `were was did ran led built went sat met took made spent taught began grew knew had
  set kept found gave got won lost sold drove flew wrote read fought held brought`.split(/\s+/),
);

function mentions(pieces: readonly Piece[], name: string, possessive = true): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 2 && !/^(?:dr|prof|mr|mrs|ms|mx|capt)\.?$/.test(word));
  const text = pieces.map((piece) => piece.text.toLowerCase()).join(' ');
  // Without `possessive`, "Jack's brother" does not count: Jack is not the one who acts.
  const after = possessive ? '' : "(?!['’]s\\b)";
  return words.some((word) => new RegExp(`\\b${escapeRegExp(word)}\\b${after}`, 'u').test(text));
}

function startsWithName(text: string, name: string): boolean {
  const first = text.split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '') ?? '';
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/\.$/, ''))
    .includes(first);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The purpose split into what follows "to" and the clauses that say why. */
function reasons(parts: Parts): { verbs: string[]; clauses: string[]; nouns: string[] } {
  const verbs: string[] = [];
  const clauses: string[] = [];
  const nouns: string[] = [];
  if (parts.led && parts.purpose.length > 0) verbs.push(plainReason(parts));
  // Tight for space, a topic joins the ask ("…to talk about X") instead of a sentence.
  if (foldsTopic(parts)) nouns.push(...parts.topic.map((piece) => piece.text));
  for (const piece of parts.purpose) {
    // "reconnect now that I've moved", "connect so I can credit you": the template already
    // asks to connect, so only the reason is left.
    const ask = /^(?:re)?connect(?: on here)? (?:now that|since|as|because|so) (.+)$/i.exec(
      piece.text,
    );
    if (piece.kind === 'verb' && ask) clauses.push(ask[1] ?? '');
    // "want to reconnect", "be connected here": the template asks that already.
    else if (piece.kind === 'verb' && ASKS_ALREADY.test(piece.text)) continue;
    // "I'm just saying hello" is no reason after "because": the note says hello anyway.
    else if (piece.kind === 'clause' && HELLO.test(piece.text)) continue;
    else if (piece.kind === 'verb') verbs.push(piece.text);
    // "thank him for fixing the accordion" as a reason: "…to thank you for fixing…".
    else if (piece.kind === 'thanks') verbs.push(piece.text.replace(/^thanks\b/i, 'thank you'));
    else if (piece.kind === 'place' && !piece.prep) nouns.push(piece.text);
    // "I'll revert by Friday" is no reason: it follows the errand ("…, and I'll revert…").
    else if (piece.kind === 'clause' && PROMISE.test(piece.text) && verbs.length > 0) {
      verbs.push(`${verbs.pop()}, and ${piece.text}`);
    } else clauses.push(asClause(piece));
  }
  return { verbs, clauses, nouns };
}

const PROMISE = /^(?:I|we)(?:['’]ll| will| shall)\s/i;
const HELLO =
  /^(?:I['’]m\s+)?(?:just\s+)?(?:saying hello|(?:re)?connecting(?:\s+on\s+here|\s+here)?)(?:\s+after\s+(?:a\s+)?(?:long\s+time|so\s+long|all\s+these\s+years|years))?$/i;
// "connect on here properly", "connect here too": the same ask, an adverb after it.
const ASKS_ALREADY =
  /^(?:re)?connect(?: with (?:me|you))?(?: on here| here| on LinkedIn)?(?: properly| too| again| as well| officially)?$|^(?:be|stay) connected\b/i;

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  // "…in the UK, which is what we do": a clause about the one before takes no "and".
  const last = items[items.length - 1] ?? '';
  if (/^(?:which|where|who|whom|whose)\b/i.test(last)) {
    return `${joinAnd(items.slice(0, -1))}, ${last}`;
  }
  return `${items.slice(0, -1).join(', ')} and ${last}`;
}

/** " to swap notes", " about advice on X", "" — what follows "connect". */
function toWhat(verbs: readonly string[], nouns: readonly string[]): string {
  const to = verbs.length > 0 ? ` to ${joinAnd(verbs)}` : '';
  const about = nouns.length > 0 ? ` ${to ? 'and' : 'to'} talk about ${joinAnd(nouns)}` : '';
  return to + about;
}

/**
 * The reason said when the user gave none; none at all when reconnecting at the tightest,
 * where "Let's reconnect!" is the whole ask and the words go to the shared past instead.
 */
function defaultReasons(parts: Parts): string[] {
  return parts.terse && RECONNECTING.has(parts.relationship) ? [] : [plainReason(parts)];
}

/** A default reason when the user gave none. */
function plainReason(parts: Parts): string {
  switch (parts.relationship) {
    case 'met-briefly':
    case 'after-meeting':
      return 'keep the conversation going';
    case 'introduced':
      return 'learn more about your work';
    case 'cold':
      return 'learn more about your work';
    // Tight for words, the shortest of them: a fact the user typed needs the words more.
    case 'former-colleague':
      return parts.compact ? 'catch up' : 'catch up and stay in touch';
    case 'close-contact':
      return parts.compact ? 'catch up' : 'keep in touch';
  }
}

function foldsTopic(parts: Parts): boolean {
  return (
    parts.terse &&
    parts.topic.length > 0 &&
    parts.topic.every((piece) => piece.kind === 'place' && !/^your\b/i.test(piece.text))
  );
}

/** A sentence about the topic, when the user gave one. */
function topicSentence(parts: Parts): string | null {
  if (parts.topic.length === 0 || foldsTopic(parts)) return null;
  const text = parts.topic.map(asClause).join(', ');
  // "you mentioned your work on compilers": a whole clause says itself, not "a chat about" it.
  if (
    parts.topic.every((piece) => piece.kind === 'clause') &&
    /^(?:you|we|I)(?:['’]\p{L}+)?\s/u.test(text)
  )
    return `${capitaliseFirst(text)}.`;
  // After a meeting, "your move into infrastructure debt" is what you talked about.
  const met = parts.relationship === 'met-briefly' || parts.relationship === 'after-meeting';
  if (/^your\b/i.test(text) && !met) return `I'd love to hear more about ${text}.`;
  switch (parts.relationship) {
    case 'met-briefly':
    case 'after-meeting':
      return `I enjoyed our chat about ${text}.`;
    case 'introduced':
    case 'cold':
      return `I'd love to hear your thoughts on ${text}.`;
    case 'former-colleague':
    case 'close-contact':
      return `I'd love to hear about ${text}.`;
  }
}

function sentences(...parts: (string | null | false | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .map(capitaliseFirst)
    .join(' ');
}

function closing(parts: Parts, line: string): string | null {
  return parts.closer ? line : null;
}

function intro(parts: Parts): string {
  return parts.sender ? `this is ${parts.sender}, and ` : '';
}

/** The greeting line when the context calls the recipient "my …": "Hi Hana, my closest friend!" */
function apposition(parts: Parts): string | null {
  const [first] = parts.context;
  return first?.kind === 'role' && first.whose === 'mine' ? first.text : null;
}

/** 1. The guide's classic: "Hi Leo, it was great to meet you at X. … I'd love to connect to …" */
const classic: Variant = (parts) => {
  const jogText = apposition(parts) ? null : jog(parts, 'plain');
  const { verbs, clauses, nouns } = reasons(parts);
  const what = toWhat(
    verbs.length || clauses.length || nouns.length ? verbs : defaultReasons(parts),
    nouns,
  );
  const why = clauses.length > 0 ? ` because ${joinAnd(clauses)}` : '';
  const opening = apposition(parts)
    ? `Hi ${parts.name}, ${apposition(parts)}! ${capitaliseFirst(restJog(parts))}.`
    : `Hi ${parts.name}, ${intro(parts)}${jogText}.`;
  if (!apposition(parts) && !jogText) return null;
  // Reconnecting has 30 words at most: the shortest ask that still gives the reason.
  const ask = !(parts.compact && reasonOnly(parts, verbs, clauses, nouns))
    ? `I'd love to ${connect(parts)}${what}${why}.`
    : parts.terse
      ? wantsSaid(clauses)
        ? `${capitaliseFirst(joinAnd(clauses))}. Let's reconnect!`
        : `Let's reconnect, as ${joinAnd(clauses)}.`
      : `${capitaliseFirst(joinAnd(clauses))}, so I'd love to reconnect.`;
  return sentences(
    opening.replace(/\s\.$/, '.'),
    topicSentence(parts),
    ask,
    closing(parts, 'Looking forward to staying in touch!'),
  );
};

/** Reconnecting with only the user's reason to give: the ask can be said in two words. */
function reasonOnly(
  parts: Parts,
  verbs: readonly string[],
  clauses: readonly string[],
  nouns: readonly string[],
): boolean {
  return (
    RECONNECTING.has(parts.relationship) &&
    clauses.length > 0 &&
    verbs.length === 0 &&
    nouns.length === 0
  );
}

/** A reason that says what the sender wants ("…and would value your advice") needs no "as". */
function wantsSaid(clauses: readonly string[]): boolean {
  return clauses.some((clause) =>
    /\b(?:would|I['’]d|we['’]d) (?:love|like|value|welcome|appreciate)\b|\b(?:keen|hoping|hope|want|wanted) to\b/i.test(
      clause,
    ),
  );
}

/** The context after a "my …" apposition, or a plain line when there is none. */
function restJog(parts: Parts, inline = false): string {
  const rest = parts.context.slice(1);
  if (rest.length === 0) return "it's been too long";
  // After "you're my cousin, and …" the memory is said plainly, not "…, and it's been a while since".
  return (
    jog({ ...parts, context: rest, terse: parts.terse || inline }, 'plain') ?? "it's been too long"
  );
}

/** 2. Reasons first, name up front: "Leo, you run X, so let's connect and …" */
const reasonLed: Variant = (parts) => {
  if (parts.sender) return null;
  const { verbs, clauses, nouns } = reasons(parts);
  const jogText = apposition(parts) ? `you're ${apposition(parts)}` : jog(parts, 'exclaim');
  if (!jogText) return null;
  const rest = apposition(parts) && parts.context.length > 1 ? restJog(parts, true) : null;
  // A stock reason only when the user gave none: never "…, so let's connect to stay in touch!"
  const what = toWhat(
    verbs.length || nouns.length || clauses.length ? verbs : defaultReasons(parts),
    nouns,
  );
  // "Let's connect to learn from your work" leaves unclear who learns: what only the
  // sender does is said as theirs.
  const mine = verbs.length > 0 && !verbs.every(isShared);
  const ask = mine
    ? `${clauses.length > 0 ? `${capitaliseFirst(joinAnd(clauses))}, so c` : 'C'}onnecting ${parts.compact ? 'here' : 'on LinkedIn'} would let me ${joinAnd(verbs)}${nouns.length > 0 ? ` and talk about ${joinAnd(nouns)}` : ''}.`
    : clauses.length > 0
      ? `${capitaliseFirst(joinAnd(clauses))}, so let's ${connect(parts)}${what}!`
      : `Let's ${connect(parts)}${what}!`;
  const opening =
    /^(?:we|I|you)\b/.test(jogText) || jogText.includes(',')
      ? `${parts.name}, ${jogText}${rest ? `, and ${rest}` : ''}.`
      : `${capitaliseFirst(jogText)}, ${parts.name}!`;
  return sentences(opening, topicSentence(parts), ask);
};

let shared: readonly string[] | undefined;

/** A reason two people do together ("swap notes"), which "let's" can ask. */
function isShared(verb: string): boolean {
  shared ??= readList(new URL('./data/shared-verbs.txt', import.meta.url));
  const lower = verb.toLowerCase();
  return (
    /\btogether$/.test(lower) ||
    shared.some((start) => lower === start || lower.startsWith(`${start} `))
  );
}

/** 3. The ask first: "Hello Leo, I'd love to connect to …, because …. We met at X." */
const askFirst: Variant = (parts) => {
  const jogText = apposition(parts) ? null : jog(parts, 'warm');
  if (!apposition(parts) && !jogText) return null;
  const { verbs, clauses, nouns } = reasons(parts);
  const what = toWhat(
    verbs.length || clauses.length || nouns.length ? verbs : defaultReasons(parts),
    nouns,
  );
  const because = clauses.length > 0 ? ` because ${joinAnd(clauses)}` : '';
  const who = parts.sender ? `I'm ${parts.sender}, and ` : '';
  const verb = RECONNECTING.has(parts.relationship) ? 'reconnect' : 'connect';
  // "on LinkedIn" only pads a note the user gave no reason for.
  const said = verbs.length + clauses.length + nouns.length > 0;
  const second = apposition(parts)
    ? `You're ${apposition(parts)}${parts.context.length > 1 ? `, and ${restJog(parts, true)}` : ''}.`
    : `${capitaliseFirst(jogText ?? '')}.`;
  // Reconnecting at 30 words: "Hello Chloe! Let's reconnect, as <reason>. <memory>."
  if (parts.terse && !who && reasonOnly(parts, verbs, clauses, nouns)) {
    return sentences(
      wantsSaid(clauses)
        ? `Hello ${parts.name}, let's reconnect! ${capitaliseFirst(joinAnd(clauses))}.`
        : `Hello ${parts.name}! Let's reconnect, as ${joinAnd(clauses)}.`,
      second,
      topicSentence(parts),
    );
  }
  return sentences(
    `Hello ${parts.name}, ${who}I'd love to ${verb}${parts.compact ? '' : ` with you${said ? '' : ' on LinkedIn'}`}${what}${because}.`,
    second,
    topicSentence(parts),
  );
};

/** 4. Personal and open: "Hello Leo, I enjoyed X. Connecting here would be a great way to …" */
const personal: Variant = (parts) => {
  // After "you're my cousin" the rest of the memory still belongs in the note.
  const jogText = apposition(parts)
    ? `you're ${apposition(parts)}${parts.context.length > 1 ? `, and ${restJog(parts, true)}` : ''}`
    : jog(parts, 'warm');
  if (!jogText) return null;
  const { verbs, clauses, nouns } = reasons(parts);
  const what = toWhat(
    verbs.length || nouns.length || clauses.length ? verbs : defaultReasons(parts),
    nouns,
  );
  const as = clauses.length > 0 ? `, as ${joinAnd(clauses)}` : '';
  return sentences(
    `Hi ${parts.name}! ${capitaliseFirst(`${intro(parts)}${jogText}`)}.`,
    topicSentence(parts),
    `It would be great to ${RECONNECTING.has(parts.relationship) ? 'reconnect' : 'connect'} with you here${what}${as}.`,
  );
};

/** 5. The ask as a question: "Hi Leo, great meeting you at X. …, so would you be open to connecting?" */
const question: Variant = (parts) => {
  const jogText = apposition(parts) ? null : jog(parts, 'plain');
  if (!jogText) return null;
  const { verbs, clauses, nouns } = reasons(parts);
  const what = toWhat(verbs, nouns);
  const verb = RECONNECTING.has(parts.relationship) ? 'reconnecting' : 'connecting';
  const where = parts.compact ? '' : ' here';
  const ask =
    clauses.length > 0
      ? `${capitaliseFirst(joinAnd(clauses))}, so would you be open to ${verb}${where}${what}?`
      : `Would you be open to ${verb}${where}${
          what ||
          defaultReasons(parts)
            .map((reason) => ` to ${reason}`)
            .join('')
        }?`;
  return sentences(`Hi ${parts.name}, ${intro(parts)}${jogText}.`, topicSentence(parts), ask);
};

// Template words that can go when the note must be shorter; none of them is the user's.
const TIGHTER: readonly [RegExp, string][] = [
  [/\bour mutual connection (?=\p{Lu})/gu, ''],
  [/\bOur mutual connection (?=\p{Lu})/gu, ''],
  [/\bit was great to meet you\b/g, 'great meeting you'],
  [/\bI'd love to hear more about\b/g, "I'd love to hear about"],
  [/\bI'd love to hear your thoughts on\b/g, "I'd value your thoughts on"],
  [/\b(connect|reconnect) with you\b/g, '$1'],
  // Not "to thank you for…": there it is a verb.
  [/(?<!\b(?:to|me|and) )\bthank you for\b/g, 'thanks for'],
  // Not "I'd love to": that is the classic's ask, and each variant asks in its own words.
  [/\bIt would be great to (connect|reconnect) here\b/g, "I'd like to $1"],
  [/\bI came across\b/g, 'I found'],
  [/\bit's been a while since\b/g, 'long time since'],
  [/\bit was great meeting you\b/g, 'great meeting you'],
  [/\bI still remember\b/g, 'I remember'],
  [/\bI enjoyed our chat about\b/g, 'I enjoyed our chat on'],
];

// "I enjoyed the call. I enjoyed our chat about X." says "enjoyed" once.
const ENJOYED_TWICE = /\bI enjoyed ([^.!?]+)\. I enjoyed our chat about ([^.!?]+)\./;

function tighten(variant: Variant): Variant {
  return (parts) => {
    const said = variant(parts);
    const text =
      said?.replace(ENJOYED_TWICE, 'I enjoyed $1, especially our chat about $2.') ?? null;
    if (text === null || !parts.compact) return text;
    let out = text;
    for (const [long, short] of TIGHTER) out = out.replace(long, short);
    if (parts.bare) out = bareGreeting(out, parts.name);
    return out.charAt(0).toUpperCase() + out.slice(1);
  };
}

// Template words that open a sentence after the greeting, lower case after "Name, ".
const OPENERS = /^(?:We|You|Your|Let's|It|It's|Thanks|Thank|Great|Long|My|Our)\b/u;

/** "Hi Sipho, we…" or "Hello Sipho! Let's…" said "Sipho, we…", "Sipho, let's…". */
function bareGreeting(text: string, name: string): string {
  const lead = new RegExp(`^(?:Hi|Hello) ${escapeRegExp(name)}[,!] `, 'u').exec(text);
  if (!lead) return text;
  const rest = text.slice(lead[0].length);
  const next = OPENERS.test(rest) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
  const bare = `${name}, ${next}`;
  // "Gosia, let's reconnect!", "Bunmi, my cousin!": a first sentence that ends on "!" reads as
  // calling them by what follows the comma.
  return /^[^.!?]*!/u.test(bare.slice(name.length)) ? text : bare;
}

export const VARIANTS: readonly Variant[] = [classic, reasonLed, askFirst, personal, question].map(
  tighten,
);
