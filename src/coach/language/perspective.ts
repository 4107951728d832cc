// Who a third-person word is about, and how to say it to the reader instead: "she runs" →
// "you run", "her paper" → "your paper", "keep him posted" → "keep you posted".
//
// Two readings, because people write differently in the two places:
// - a drafter field ("I read her paper on sepsis") is written about the recipient, so a
//   he/she/they there is the recipient unless someone else it could be is named first;
// - a note ("Hi Sarah, I read her paper") speaks to the recipient, so a he/she there is
//   only flagged when nobody else in the note could be meant ("Tom said he…" is Tom).
// Sex is known only from the name lists; an unknown name could be either.

import { TITLES, withoutPossessive } from '../text.js';
import { listMap, listSet } from './lists.js';
import { type LangToken, type Parsed, parse } from './nlp.js';
import {
  isCollective,
  isKnownGivenName,
  personInNote,
  personRole,
  type Sex,
  sexOfName,
  sexOfTitle,
} from './people.js';

export type Pronoun = 'she' | 'he' | 'they';
type Form = 'subject' | 'object' | 'possessive' | 'independent' | 'reflexive';

const FORMS: Readonly<Record<string, { pronoun: Pronoun; form: Form }>> = {
  she: { pronoun: 'she', form: 'subject' },
  her: { pronoun: 'she', form: 'object' },
  hers: { pronoun: 'she', form: 'independent' },
  herself: { pronoun: 'she', form: 'reflexive' },
  he: { pronoun: 'he', form: 'subject' },
  him: { pronoun: 'he', form: 'object' },
  his: { pronoun: 'he', form: 'possessive' },
  himself: { pronoun: 'he', form: 'reflexive' },
  they: { pronoun: 'they', form: 'subject' },
  them: { pronoun: 'they', form: 'object' },
  their: { pronoun: 'they', form: 'possessive' },
  theirs: { pronoun: 'they', form: 'independent' },
  themselves: { pronoun: 'they', form: 'reflexive' },
  themself: { pronoun: 'they', form: 'reflexive' },
};

const SECOND: Record<Form, string> = {
  subject: 'you',
  object: 'you',
  possessive: 'your',
  independent: 'yours',
  reflexive: 'yourself',
};

/** Who the text is for, and who else it may name. */
export interface People {
  /** The recipient's name as typed ("Sarah Chen", "Dr. Priya Raman"). */
  recipient: string;
  /** Other people the user named: the mutual contact, the sender. */
  others?: readonly (string | undefined)[];
  /** Pronouns another field already used for the recipient: the user keeps to one. */
  pronouns?: readonly Pronoun[];
}

/** A span of the text to say in the second person. */
export interface Rewrite {
  start: number;
  end: number;
  /** The words as they stand ("her paper" is only "her": start/end cover "her"). */
  text: string;
  replacement: string;
}

/** A pronoun that could be the recipient or someone else the text names. */
export interface Ambiguity {
  start: number;
  end: number;
  text: string;
  /** The other people it could be, as written. */
  candidates: string[];
}

export interface Reading {
  rewrites: Rewrite[];
  ambiguous: Ambiguity[];
  /** The pronouns read as the recipient. */
  pronouns: Pronoun[];
}

interface Candidate {
  name: string;
  sex?: Sex;
  /** A group or an organisation: only "they" can be it. */
  group?: boolean;
  at: number;
}

const nameWords = (name: string | undefined): string[] =>
  (name ?? '')
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{M}'-]+/u)
    .map((word) => word.replace(/\.$/, ''))
    // "Jean-Luc", "Adebayo-Smith": the parser may read each part on its own.
    .flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]))
    .filter((word) => word.length > 1);

const OBJECT_THEN_VERB = new Set([
  'help',
  'let',
  'make',
  'watch',
  'see',
  'hear',
  'have',
  'get',
  'keep',
]);

/** "her paper" (possessive) or "ask her about" (object). */
function formOf(tokens: readonly LangToken[], i: number, base: Form): Form {
  const token = tokens[i] as LangToken;
  if (token.lower !== 'her' && token.lower !== 'his') return base;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const before = tokens[i - 1];
  // "her stand of deadstock" (a noun the model took for a verb) but "help her grow".
  const nounLikeVerb =
    next?.pos === 'VERB' &&
    !/(?:ing|ed)$/.test(next.lower) &&
    !OBJECT_THEN_VERB.has(before?.lemma ?? '') &&
    (after === undefined || ['ADP', 'PUNCT', 'CCONJ'].includes(after.pos));
  // "her kerning tools", "his training programme": an -ing word before a noun describes it.
  const gerundBeforeNoun =
    next?.pos === 'VERB' &&
    /ing$/.test(next.lower) &&
    (after?.pos === 'NOUN' || after?.pos === 'PROPN') &&
    !OBJECT_THEN_VERB.has(before?.lemma ?? '');
  const possessive =
    next !== undefined &&
    (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos) ||
      next.lower === 'own' ||
      nounLikeVerb ||
      gerundBeforeNoun) &&
    !(token.lower === 'her' && next.pos === 'ADV');
  if (token.lower === 'her') return possessive ? 'possessive' : 'object';
  // "his stand had…": "his" is never an object, so before any word of a phrase it is "your".
  const phrase =
    next !== undefined && !['PUNCT', 'CCONJ', 'ADP', 'PART', 'AUX', 'SCONJ'].includes(next.pos);
  return possessive || phrase ? 'possessive' : 'independent';
}

function matchCase(replacement: string, like: string): string {
  return /^\p{Lu}/u.test(like)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

const AGREE: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "'s": "'re",
  '’s': '’re',
};

/** "runs" → "run", "teaches" → "teach", "studies" → "study"; undefined when not 3rd singular. */
function plainForm(token: LangToken): string | undefined {
  const lower = token.lower;
  const irregular = AGREE[lower];
  if (irregular) return irregular;
  if (token.pos !== 'VERB' || !lower.endsWith('s') || lower.endsWith('ss')) return undefined;
  const { lemma } = token;
  if (lower === `${lemma}s` || lower === `${lemma}es`) return token.text.slice(0, lemma.length);
  if (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`) {
    return token.text.slice(0, lemma.length - 1) + (token.text.at(-3) === 'I' ? 'Y' : 'y');
  }
  return undefined;
}

/** "trains" after a name and before its object ("the", "community"): the verb's plain form. */
function nounAsVerb(token: LangToken, next: LangToken | undefined): string | undefined {
  if (token.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(token.text) || token.text.endsWith('ss')) {
    return undefined;
  }
  if (!next || !['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos)) return undefined;
  const { lemma, lower } = token;
  return lower === `${lemma}s` || lower === `${lemma}es`
    ? token.text.slice(0, lemma.length)
    : undefined;
}

let irregular: ReadonlySet<string> | undefined;
const participles = () =>
  (irregular ??= listSet(new URL('./data/irregular-participles.txt', import.meta.url)));

/** After "she": "'s been" → "'ve been", "'s hiring" → "'re hiring". */
function contractedHas(tokens: readonly LangToken[], i: number): boolean {
  let j = i + 1;
  while (tokens[j]?.pos === 'ADV') j++;
  const next = tokens[j];
  return (
    next !== undefined &&
    (participles().has(next.lower) || (next.pos === 'VERB' && /ed$/.test(next.lower)))
  );
}

/** The verbs agreeing with a subject at `i`, made plain: "she runs … and writes" → run, write. */
function agreeingVerbs(tokens: readonly LangToken[], i: number): Rewrite[] {
  const out: Rewrite[] = [];
  let j = i + 1;
  while (tokens[j]?.pos === 'ADV' && !/^(?:n't|not)$/.test(tokens[j]?.lower ?? '')) j++;
  const verb = tokens[j];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return out;
  let plain = plainForm(verb);
  if ((verb.lower === "'s" || verb.lower === '’s') && contractedHas(tokens, j)) {
    plain = verb.text.startsWith('’') ? '’ve' : "'ve";
  }
  // "she used to be … and now runs": a past first verb stays, a later one still agrees.
  if (plain !== undefined) {
    out.push({ start: verb.start, end: verb.end, text: verb.text, replacement: plain });
  }
  out.push(...laterVerbs(tokens, j));
  return out;
}

/** "…and writes a newsletter": a second verb of the same subject, before any new subject. */
function laterVerbs(tokens: readonly LangToken[], j: number): Rewrite[] {
  const out: Rewrite[] = [];
  for (let k = j + 1; k < tokens.length; k++) {
    const token = tokens[k] as LangToken;
    if (token.pos === 'PRON' && /^(?:i|we|you|he|she|they|it)$/.test(token.lower)) break;
    if (token.pos === 'PUNCT' && token.lower !== ',') break;
    if (token.pos === 'CCONJ') {
      // "…and now runs": an adverb may stand between.
      let n = k + 1;
      while (tokens[n]?.pos === 'ADV' && !/^(?:n't|not)$/.test(tokens[n]?.lower ?? '')) n++;
      const next = tokens[n];
      // "…and is looking for distributors": a second "is" agrees too.
      const nextPlain =
        next && (next.pos === 'VERB' || next.pos === 'AUX') ? plainForm(next) : undefined;
      if (next && nextPlain !== undefined) {
        out.push({ start: next.start, end: next.end, text: next.text, replacement: nextPlain });
      }
    }
  }
  return out;
}

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

let places: ReadonlySet<string> | undefined;
/** A word that ends the name of a place or a body ("Street", "Forest", "Centre"). */
function endsPlace(lower: string): boolean {
  places ??= listSet(new URL('./data/place-words.txt', import.meta.url));
  return places.has(lower);
}

let firms: ReadonlySet<string> | undefined;
/** A word that ends a firm's name in a note ("Motors", "Funeral Home", "Bakery"). */
function endsFirm(lower: string): boolean {
  firms ??= listSet(new URL('./data/firm-words-in-notes.txt', import.meta.url));
  return firms.has(lower);
}

/** Where a name joined by hyphens starts ("Saint-Eustache", "Stratford-upon-Avon"). */
function hyphenStart(tokens: readonly LangToken[], i: number): number {
  let start = i;
  while (start >= 2) {
    const dash = tokens[start - 1] as LangToken;
    const word = tokens[start - 2] as LangToken;
    const tight = dash.start === word.end && (tokens[start] as LangToken).start === dash.end;
    if (!(tight && /^[-‐]$/.test(dash.text) && /^\p{L}/u.test(word.text))) break;
    start -= 2;
  }
  return start;
}

/** People and groups the text names before token `upTo`, other than the recipient. */
const DEGREE = /^(?:how|so|very|too|more|most|less|really|quite|extremely|incredibly|rather)$/;

function candidatesBefore(
  tokens: readonly LangToken[],
  upTo: number,
  recipient: ReadonlySet<string>,
  others: readonly string[][],
  mode: 'field' | 'note',
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < upTo; i++) {
    const token = tokens[i] as LangToken;
    const lower = withoutPossessive(token.lower);
    // The model reads "I'm" as one proper noun.
    if (/^i'(?:m|d|ve|ll)$/.test(lower)) continue;
    // "someone in my church said he knows you": a person, unnamed, in a note.
    if (mode === 'note' && /^some(?:one|body)$/.test(lower)) {
      out.push({ name: token.text, at: i });
      continue;
    }
    // "my eldest did…", "my bhabhi buys…", "my other half saw…": one of the sender's own
    // who does what people do is a person a later "she" may mean, listed or not.
    if (mode === 'note' && sendersOwnDoer(tokens, i)) {
      out.push({ name: token.text, at: i });
      continue;
    }
    // "Hi Kate, Josh mentioned he…": a name the tagger took for a verb, after a comma and
    // before the verb it is the subject of (or a given name it knows).
    const nameAsWord =
      i > 0 &&
      /^\p{Lu}/u.test(token.text) &&
      tokens[i - 1]?.text === ',' &&
      (isKnownGivenName(lower) ||
        (token.pos === 'VERB' && ['VERB', 'AUX'].includes(tokens[i + 1]?.pos ?? '')));
    if (
      token.pos === 'PROPN' ||
      (/^\p{Lu}/u.test(token.text) && token.pos === 'NOUN') ||
      nameAsWord
    ) {
      if (recipient.has(lower) || TITLES.has(lower.replace(/\.$/, ''))) continue;
      // "last Thursday", "in March": a day or a month is when, not who.
      if (calendarWord(tokens, i)) continue;
      // "Rajesh Kumar's profile" to Rajesh: the rest of the recipient's own full name.
      const prior = tokens[i - 1];
      const priorWord = prior?.lower.replace(/\.$/, '') ?? '';
      const ownName = recipient.has(priorWord) && !TITLES.has(priorWord);
      if (prior && ownName && token.start - prior.end === 1) continue;
      // A run of capitalised words is one name: "Tom Reyes", "the AWS Summit".
      if (i > 0 && tokens[i - 1]?.pos === 'PROPN' && out.at(-1)?.at === i - 1) {
        const run = out.at(-1) as Candidate;
        run.at = i;
        // "Grey Street", "Kakamega Forest", "the Hope Centre": a place or a body.
        // In a note, "Ogunlana Funeral Home", "Mensah Motors": a firm (a note-only list).
        if (!run.sex && (endsPlace(lower) || (mode === 'note' && endsFirm(lower)))) {
          run.group = true;
          continue;
        }
        // "Encik Roslan": the title or the given name in the run may say who.
        if (!run.group) run.sex ??= sexOfTitle(tokens[i - 1]?.lower ?? '') ?? sexOfName(lower);
        continue;
      }
      const other = others.find((words) => words.includes(lower));
      // "I'm with an NGO …, would value their input": the sender's own group is not "they";
      // nor is a place ("…a water project in Afghanistan").
      if (
        !other &&
        (ownedBySender(tokens, i) || tokens[hyphenStart(tokens, i) - 1]?.lower === 'in')
      )
        continue;
      // "Maya and I stopped at her stand": who came with the sender is not whom the field is about.
      if (mode === 'field' && withSender(tokens, i)) continue;
      // A gendered title anywhere in the run says it: "Encik Roslan", "Mrs Adeyemi".
      let titleSex: Sex | undefined;
      for (let k = i - 1; k >= 0 && /^\p{Lu}/u.test(tokens[k]?.text ?? ''); k--) {
        titleSex ??= sexOfTitle(tokens[k]?.lower ?? '');
      }
      // "Mum", "Nan", "Aunty" written as names are still who they are.
      const sex = sexOfName(lower) ?? titleSex ?? personInNote(lower)?.sex;
      const followedByVerb = ['VERB', 'AUX'].includes(tokens[i + 1]?.pos ?? '');
      // In a note any name could be a person ("my introduction to Sam. He mentioned…");
      // in a field, where places and companies abound, only the subject of a verb is.
      // "at the Met Office": the word before the whole run of capitals says what it is.
      let start = i;
      while (start > 1 && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '')) start--;
      const before = tokens[start - 1]?.lower ?? '';
      // A capital at a sentence's start proves nothing ("Great meeting you…").
      const placeLike =
        /^(?:at|in|on|the|from|via|through|during)$/.test(before) ||
        i === 0 ||
        /^[.!?]$/.test(before);
      // "our practice in Bristol is pitching": a name after "in" is a place, not a person.
      // Nor is a name after "the" ("the Met Office is trying…"): people are not "the Tom".
      const inPlace = /^(?:at|in|from|the)$/.test(before);
      // "our Bourke practice", "the old Trinity conservation crew": a capital before a
      // common noun names a place or a body, not a person.
      const next = tokens[i + 1];
      const modifier = next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
      if (other || sex) out.push({ name: token.text, sex, at: i });
      else if (mode === 'note' && modifier) out.push({ name: token.text, group: true, at: i });
      else if ((followedByVerb && !inPlace) || (mode === 'note' && !placeLike))
        out.push({ name: token.text, at: i });
      else out.push({ name: token.text, group: true, at: i });
      continue;
    }
    if (token.pos === 'NOUN') {
      // "how patient he was", "so host-like": after a degree word the noun is an adjective.
      if (DEGREE.test(tokens[i - 1]?.lower ?? '')) continue;
      // "the vet conference", "a nurse shortage": a role before another noun is its modifier.
      const compound = tokens[i + 1]?.pos === 'NOUN';
      const known = mode === 'note' ? personInNote : personRole;
      const role = compound ? undefined : (known(token.lower) ?? known(token.lemma));
      // "I'm a surgeon in Penang": the sender's own role is not someone else.
      if (role && ownedBySender(tokens, i)) continue;
      // "agents", "the organisers", "market women", "the crew": people in the plural or a
      // group are only ever "they".
      const plural = token.lower !== token.lemma && /(?:s|men|people|children)$/.test(token.lower);
      const group = plural || isCollective(token.lemma);
      if (role) out.push({ name: token.text, sex: role.sex, ...(group ? { group } : {}), at: i });
      else if (group) out.push({ name: token.text, group: true, at: i });
    }
  }
  return out;
}

const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
// Months that are also given names ("April", "June") only where a date is meant.
const MONTHS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const WHEN = /^(?:last|next|this|early|late|mid|in|since|until|through|of)$/;

/** A weekday, or a month where a date is meant ("in June", "June 12", "12 June"). */
function calendarWord(tokens: readonly LangToken[], i: number): boolean {
  const lower = withoutPossessive((tokens[i] as LangToken).lower);
  if (WEEKDAYS.test(lower)) return true;
  if (!MONTHS.test(lower)) return false;
  const before = tokens[i - 1]?.lower ?? '';
  return WHEN.test(before) || /^\d/.test(before) || /^\d/.test(tokens[i + 1]?.text ?? '');
}

/**
 * "My colleague and I loved her talk": one who does it with the sender is not whose talk
 * it was, or whom they saw, later in the same sentence. ("Jo and I met; she said…" is Jo.)
 */
function actedWithSender(
  tokens: readonly LangToken[],
  at: number,
  pronoun: number,
  form: Form,
): boolean {
  if (form === 'subject') return false;
  if (tokens[at + 1]?.lower !== 'and' || !/^(?:i|me)$/.test(tokens[at + 2]?.lower ?? '')) {
    return false;
  }
  return !tokens.slice(at, pronoun).some((t) => /^[.!?;]$/.test(t.text));
}

/** "Maya and I", "me and Maya": a name said together with the sender. */
function withSender(tokens: readonly LangToken[], i: number): boolean {
  const next = `${tokens[i + 1]?.lower} ${tokens[i + 2]?.lower}`;
  const before = `${tokens[i - 2]?.lower} ${tokens[i - 1]?.lower}`;
  return /^and (?:i|me)$/.test(next) || /^(?:i|me) and$/.test(before);
}

/** "I'm a surgeon", "I'm with an NGO", "we're a charity": what the sender is or is with. */
let doings: ReadonlySet<string> | undefined;
/**
 * A word after "my"/"our" (an adjective may stand between) that is not a known role, a
 * group or a plural, followed by a verb people do ("said", "loves", "did", "plays").
 */
function sendersOwnDoer(tokens: readonly LangToken[], i: number): boolean {
  const token = tokens[i] as LangToken;
  if (!['NOUN', 'ADJ', 'NUM'].includes(token.pos) || !/^\p{Ll}/u.test(token.text)) return false;
  let k = i - 1;
  if (tokens[k]?.pos === 'ADJ' || tokens[k]?.lower === 'wee') k--;
  if (!/^(?:my|our)$/.test(tokens[k]?.lower ?? '')) return false;
  if (personInNote(token.lower) || personRole(token.lower) || isCollective(token.lemma)) {
    return false;
  }
  // "our bakery uses her method": a place or a firm is no person.
  if (endsPlace(token.lower) || endsFirm(token.lower)) return false;
  if (token.lower !== token.lemma && /s$/.test(token.lower)) return false;
  let n = i + 1;
  // "my tita in Accra said", "my gaffer at the yard said": past where they are.
  if (tokens[n]?.pos === 'ADP' && /^(?:at|in|from|on)$/.test(tokens[n]?.lower ?? '')) {
    n++;
    if (tokens[n]?.pos === 'DET') n++;
    const from = n;
    while (n < from + 3 && ['NOUN', 'PROPN'].includes(tokens[n]?.pos ?? '')) n++;
    if (n === from) return false;
  }
  while (tokens[n]?.pos === 'ADV') n++;
  doings ??= listSet(new URL('./data/person-verbs-in-notes.txt', import.meta.url));
  return doings.has(tokens[n]?.lemma ?? '');
}

function ownedBySender(tokens: readonly LangToken[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:i['’]m|am|we['’]re)$/.test(t.lower));
}

function compatible(candidate: Candidate, pronoun: Pronoun): boolean {
  if (candidate.group) return pronoun === 'they';
  if (pronoun === 'they') return candidate.sex === undefined;
  return candidate.sex === undefined || candidate.sex === (pronoun === 'she' ? 'f' : 'm');
}

/**
 * The words of `parsed` that are about the recipient in the third person, each with its
 * second-person form, and the pronouns that could be the recipient or someone else.
 */
export function readPerspective(parsed: Parsed, people: People, mode: 'field' | 'note'): Reading {
  const { tokens } = parsed;
  // In a note only a third-person pronoun can be read as the recipient: most notes have none,
  // and then there is nothing to read (nor names to split).
  if (mode === 'note' && !tokens.some((token) => FORMS[token.lower] && token.pos === 'PRON')) {
    return { rewrites: [], ambiguous: [], pronouns: [] };
  }
  const recipientWords = new Set(nameWords(people.recipient));
  const recipientSex = sexOfName(
    nameWords(people.recipient).find((word) => !TITLES.has(word)) ?? '',
  );
  const others = (people.others ?? []).map(nameWords).filter((words) => words.length > 0);
  const rewrites: Rewrite[] = [];
  const ambiguous: Ambiguity[] = [];
  // A pronoun already read as the recipient stays the recipient ("they run X and their blog").
  const resolved = new Set<Pronoun>(mode === 'field' ? (people.pronouns ?? []) : []);
  // Where the field last named the recipient (by name or by a pronoun read as them).
  let recipientAt = -1;
  // In a note, one "he" that can only be Chidi makes Chidi a man: "He says she runs…".
  const inferred = new Map<number, Sex>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as LangToken;
    const known = FORMS[token.lower];
    // "miss them Saturday shifts": "them" as a determiner, as some Englishes say it.
    const determiner =
      token.lower === 'them' && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[i + 1]?.pos ?? '');
    if (known && token.pos === 'PRON' && !determiner) {
      const scope = i;
      const candidates = resolved.has(known.pronoun)
        ? []
        : candidatesBefore(tokens, scope, recipientWords, others, mode)
            .map((c) =>
              c.sex || c.group || !inferred.has(c.at) ? c : { ...c, sex: inferred.get(c.at) },
            )
            .filter(
              (candidate) =>
                candidate.at !== i &&
                compatible(candidate, known.pronoun) &&
                // In a field, the one named last is the one meant ("says Rawiri ran… his
                // pilot"), and whoever tells or introduces is the source, not the topic
                // ("Olu mentioned her practice", "Dana connected us…, her brand").
                (mode === 'note' ||
                  (candidate.at > recipientAt && !reports(tokens, candidate.at, i))) &&
                !actedWithSender(tokens, candidate.at, i, known.form),
            );
      // In a field, a subject or an object pronoun is the one the field is about, whoever
      // else it names: "Tom said he runs…", "Meyer recommended I contact him", "Esther said
      // they're building…". Only a possessive ("Maria said her team…", "help with their
      // programme") could belong to someone else the field names.
      const possessive =
        known.form === 'possessive' ||
        known.form === 'reflexive' ||
        (token.lower === 'her' && formOf(tokens, i, known.form) === 'possessive');
      // "Hi Trish, Dr Santos said she led the survey": who tells it is the source, and the
      // one told about is the reader, as "Dr Santos said you led…" would say.
      const fits =
        recipientSex === undefined || recipientSex === (known.pronoun === 'she' ? 'f' : 'm');
      if (mode === 'note' && known.pronoun !== 'they' && fits && reportedSubject(tokens, i)) {
        candidates.length = 0;
      }
      // "Dr Santos introduced us. I heard the clinic she runs…": one who introduced us in an
      // earlier sentence is the source; what is then praised is the reader's. Not a pronoun
      // opening its clause ("She said…", "He is retiring") nor one beside a "you".
      if (mode === 'note' && known.pronoun !== 'they' && fits && aboutTheirWork(tokens, i)) {
        const kept = candidates.filter((c) => !introducedEarlier(parsed, c.at, i));
        candidates.length = 0;
        candidates.push(...kept);
      }
      if (mode === 'note' && known.pronoun !== 'they' && fits && candidates.length > 0) {
        // "…your archive of tapes… her archive would be a treasure": the reader's again.
        // "I told my manager how her crew…", "my director was impressed by what she said":
        // who hears of it or marvels at it is not whom it is about. Only one who tells it
        // ("my manager told me how she…", "my aunt says her shop…") may be.
        if ((possessive && yoursAgain(tokens, i)) || heardAbout(tokens, i)) {
          const kept = candidates.filter((c) => tells(tokens, c.at, i));
          candidates.length = 0;
          candidates.push(...kept);
        }
      }
      const only = candidates[0];
      if (mode === 'note' && candidates.length === 1 && only && !only.group && !only.sex) {
        if (known.pronoun !== 'they' && known.form === 'subject') {
          inferred.set(only.at, known.pronoun === 'she' ? 'f' : 'm');
        }
      }
      // "she leads the project…, see if they fit": once the fields call the recipient "she",
      // "they" is something else (the pumps), as "he" would be someone else.
      if (mode === 'field' && resolved.size > 0 && !resolved.has(known.pronoun)) continue;
      // "…the Red Cross, they sent you to Haiti": the one done to is the reader, so the doer
      // is someone else.
      if (mode === 'field' && known.form === 'subject' && youInClause(tokens, i)) continue;
      const fieldReading = mode === 'field' && !possessive;
      // "we worked under Sanjay, he was our manager": one the field speaks of as someone
      // else (worked under, reported to) is as likely the "he" as the recipient; ask.
      // "Tom played for the Eagles, they won": a team named before "they" is the team.
      const effective = fieldReading
        ? candidates.filter(
            (c) =>
              (c.group && known.pronoun === 'they' && namedGroup(tokens, c.at, i)) ||
              (!c.group && c.sex !== undefined && spokenOf(tokens, c.at, i)),
          )
        : candidates;
      // "Kate said she worked with her": one of the two is not the recipient; ask which.
      const twin =
        mode === 'field' && formOf(tokens, i, known.form) === 'object'
          ? sameClauseSubject(tokens, i)
          : -1;
      // With someone named who could be the other ("Kate said she worked with her"), the
      // drafter reads who is who (fields.ts whoIsWho); with nobody named, nobody can.
      const named =
        twin >= 0
          ? candidatesBefore(tokens, i, recipientWords, others, mode).filter(
              (c) => !c.group && compatible(c, known.pronoun),
            )
          : [];
      if (
        twin >= 0 &&
        named.length === 0 &&
        rewrites.some((r) => r.start === tokens[twin]?.start)
      ) {
        ambiguous.push({
          start: token.start,
          end: token.end,
          text: token.text,
          candidates: ['someone else'],
        });
        continue;
      }
      if (!isRecipient(known.pronoun, effective, recipientSex, mode)) {
        // "their" after a team or a company is theirs: only he and she are asked about.
        if (
          mode === 'field' &&
          known.pronoun !== 'they' &&
          candidates.length > 0 &&
          !candidates.some((c) => c.group)
        ) {
          const recipientFits =
            recipientSex === undefined || recipientSex === (known.pronoun === 'she' ? 'f' : 'm');
          if (recipientFits) {
            ambiguous.push({
              start: token.start,
              end: token.end,
              text: token.text,
              candidates: candidates.map((c) => c.name),
            });
          }
        }
        continue;
      }
      resolved.add(known.pronoun);
      recipientAt = i;
      const form = formOf(tokens, i, known.form);
      rewrites.push({
        start: token.start,
        end: token.end,
        text: token.text,
        replacement: matchCase(SECOND[form], token.text),
      });
      if (form === 'subject' && known.pronoun !== 'they')
        rewrites.push(...agreeingVerbs(tokens, i));
      continue;
    }
    // In a field, the recipient's own name is them too: "Sarah's paper", "met Sarah at".
    if (mode === 'field' && token.pos === 'PROPN' && recipientWords.has(token.lower)) {
      let end = i;
      while (tokens[end + 1]?.pos === 'PROPN' && recipientWords.has(tokens[end + 1]?.lower ?? ''))
        end++;
      const last = tokens[end] as LangToken;
      const after = tokens[end + 1];
      const apostropheS = after !== undefined && /^['’]s$/.test(after.text);
      // "Shaun's the best framer", "Ana's been", "Ana's moving": "is" or "has", not whose.
      const beyond = tokens[end + 2];
      const contracted =
        apostropheS &&
        beyond !== undefined &&
        (beyond.pos === 'DET' ||
          beyond.pos === 'ADV' ||
          beyond.lower === 'been' ||
          beyond.lower === 'got' ||
          (beyond.pos === 'VERB' && /(?:ing|ed)$/.test(beyond.lower)));
      const possessive = apostropheS && !contracted;
      const subject = !possessive && ['VERB', 'AUX'].includes(after?.pos ?? '');
      const previous = tokens[i - 1];
      // A name in a title or a company ("the Sarah Chen Lab") stays, and so does part of
      // a longer name ("Te Matatini" for Rewi Te Whata, "Sarah Jones" for Sarah Chen).
      const longer =
        after?.pos === 'PROPN' && /^\p{Lu}/u.test(after.text) && !WEEKDAY.test(after.text);
      if (longer || (previous && (previous.pos === 'DET' || previous.pos === 'PROPN'))) {
        i = end;
        continue;
      }
      recipientAt = end;
      const stop = possessive || contracted ? (after as LangToken).end : last.end;
      const hasBeen = contracted && ['been', 'got'].includes(beyond?.lower ?? '');
      rewrites.push({
        start: token.start,
        end: stop,
        text: parsed.text.slice(token.start, stop),
        replacement: possessive
          ? 'your'
          : contracted
            ? `you${(after as LangToken).text.charAt(0)}${hasBeen ? 've' : 're'}`
            : 'you',
      });
      if (subject && !contracted) rewrites.push(...agreeingVerbs(tokens, end));
      // "Amani trains health workers": a verb read as a plural noun after the name.
      const verbAsNoun =
        !possessive && !contracted && after ? nounAsVerb(after, tokens[end + 2]) : undefined;
      if (verbAsNoun && after) {
        rewrites.push({
          start: after.start,
          end: after.end,
          text: after.text,
          replacement: verbAsNoun,
        });
        rewrites.push(...laterVerbs(tokens, end + 1));
      }
      i = possessive || contracted ? end + 1 : end;
    }
  }
  return { rewrites, ambiguous, pronouns: [...resolved] };
}

let speechVerbs: ReadonlySet<string> | undefined;
const SECOND_PERSON = /^(?:you|your|yours|yourself|you['’](?:re|ve|d|ll))$/;
const PROMISE = /^(?:would|will|'d|’d|'ll|’ll|could|can|might|may|should|wo)$/;

/**
 * A "she" or "he" opening what someone reports ("Layla told me she runs…", "Dr Santos said
 * that he led…"): in a note, the one reported on is the reader. Not when the sentence names
 * the reader as "you" ("Tom said he met you", "your colleague said she…"), nor a promise
 * ("Tom said he'd introduce us"): those are about the one who speaks.
 */
function reportedSubject(tokens: readonly LangToken[], i: number): boolean {
  const token = tokens[i] as LangToken;
  const form = FORMS[token.lower]?.form;
  if (form === undefined) return false;
  // "Bisi told me his studio…", "said that her permits work…": whose it is, reported;
  // not "her own".
  const possessive = formOf(tokens, i, form) === 'possessive' && tokens[i + 1]?.lower !== 'own';
  if (form !== 'subject' && !possessive) return false;
  speechVerbs ??= listSet(new URL('./data/speech-verbs.txt', import.meta.url));
  let j = i - 1;
  // "Johan said the honeybush trial she's running…": the subject of a clause on a thing
  // the teller names.
  if (form === 'subject') {
    let k = j;
    while (k > j - 5 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '')) k--;
    if (k < j && tokens[k + 1]?.pos !== 'PROPN' && tokens[k]?.pos === 'DET') j = k - 1;
  }
  if (tokens[j]?.lower === 'that') j--;
  if (/^(?:me|us)$/.test(tokens[j]?.lower ?? '')) j--;
  const verb = tokens[j];
  if (!verb || !['VERB', 'NOUN'].includes(verb.pos)) return false;
  if (!speechVerbs.has(verb.lemma) && !speechVerbs.has(verb.lower)) return false;
  if (PROMISE.test(tokens[i + 1]?.lower ?? '')) return false;
  // The sender's own people speak of themselves as often as of the reader ("my colleague
  // Priya told me she is moving", "a mate reckons he…"): only a teller by name ("Lily from
  // the market said…"), "everyone", "he" or the sender ("I always said he…") tells of the reader.
  let named = false;
  for (let b = j - 1; b >= 0 && b >= j - 12; b--) {
    const t = tokens[b] as LangToken;
    if (/^[.!?;,:]$/.test(t.text)) break;
    if (/^(?:my|our)$/.test(t.lower)) return false;
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) named = true;
    if (/^(?:everyone|everybody|people|he|she|they|i|we)$/.test(t.lower)) named = true;
  }
  if (!named) return false;
  // "your colleague mentioned she…", "…said he met you": the reader is "you" there (not
  // in a clause before: "gave me your details and said his permits work…").
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
      const t = tokens[k] as LangToken;
      if (/^[.!?;]$/.test(t.text) || (step < 0 && t.pos === 'CCONJ')) break;
      if (SECOND_PERSON.test(t.lower)) return false;
    }
  }
  return true;
}

let introducing: ReadonlyMap<string, string> | undefined;

/** The index of the sentence holding token `i`. */
function sentenceAt(parsed: Parsed, i: number): number {
  return parsed.sentences.findIndex((s) => i >= s.first && i < s.endToken);
}

/**
 * Whether the one named at `at` introduced the sender ("introduced us", "connected me",
 * "put us in touch") in a sentence before the one holding the pronoun at `pronoun`.
 */
function introducedEarlier(parsed: Parsed, at: number, pronoun: number): boolean {
  const { tokens } = parsed;
  const sentence = sentenceAt(parsed, at);
  if (sentence < 0 || sentence >= sentenceAt(parsed, pronoun)) return false;
  introducing ??= listMap(new URL('./data/report-verbs.txt', import.meta.url));
  const end = parsed.sentences[sentence]?.endToken ?? at;
  for (let k = at + 1; k < end; k++) {
    const t = tokens[k] as LangToken;
    if (!/^(?:us|me)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    if (t.pos === 'VERB' && introducing.get(t.lemma) === 'in') return true;
    if (t.lemma === 'put' && /^in touch$/.test(`${tokens[k + 2]?.lower} ${tokens[k + 3]?.lower}`))
      return true;
  }
  return false;
}

/**
 * A pronoun inside what the sentence says of someone's work: a possessive or an object
 * ("her booking system", "learn from her"), or a subject that does not open its clause ("the
 * clinic she runs", "how he trains"); not one who speaks ("…she said"), not "she and I", and
 * not in a sentence that calls the reader "you".
 */
function aboutTheirWork(tokens: readonly LangToken[], i: number): boolean {
  const token = tokens[i] as LangToken;
  const form = FORMS[token.lower]?.form;
  if (form === undefined || form === 'reflexive') return false;
  if (/^and$/.test(tokens[i + 1]?.lower ?? '') && /^(?:i|me)$/.test(tokens[i + 2]?.lower ?? ''))
    return false;
  if (form === 'subject') {
    const before = tokens[i - 1];
    // "the one she built": "one" standing for a thing.
    const one = /^ones?$/.test(before?.lower ?? '');
    if (!before || !(one || ['NOUN', 'PROPN', 'ADV', 'PRON'].includes(before.pos))) return false;
    if (before.pos === 'PRON' && !/^(?:how|what|where)$/.test(before.lower)) return false;
    if (before.pos === 'ADV' && !/^(?:how|where)$/.test(before.lower)) return false;
    // "how she explained it" is the teller; "the report she wrote" is the author's work.
    speechVerbs ??= listSet(new URL('./data/speech-verbs.txt', import.meta.url));
    const next = tokens[i + 1];
    const tells =
      next !== undefined && (speechVerbs.has(next.lemma) || speechVerbs.has(next.lower));
    if (tells && !['NOUN', 'PROPN'].includes(before.pos)) return false;
  }
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
      const t = tokens[k] as LangToken;
      if (/^[.!?]$/.test(t.text)) break;
      if (SECOND_PERSON.test(t.lower)) return false;
    }
  }
  return true;
}

/** "her archive" where the note said "your archive" before: the same thing, the reader's. */
function yoursAgain(tokens: readonly LangToken[], i: number): boolean {
  let n = i + 1;
  while (tokens[n]?.pos === 'ADJ') n++;
  const noun = tokens[n];
  if (noun?.pos !== 'NOUN') return false;
  for (let k = 0; k < i; k++) {
    if (!/^your$/i.test(tokens[k]?.text ?? '')) continue;
    for (let m = k + 1; m <= k + 3 && m < i; m++) {
      const t = tokens[m] as LangToken;
      if (t.pos === 'NOUN' && t.lemma === noun.lemma) return true;
      if (!['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(t.pos)) break;
    }
  }
  return false;
}

let hearingVerbs: ReadonlySet<string> | undefined;

/**
 * A pronoun opening what was heard, seen or told ("to hear how she built…", "impressed by
 * what she said", "told my manager how her crew…"), in a sentence that does not call the
 * reader "you" afterwards, nor says what befell the one who heard ("loved how she was
 * welcomed").
 */
function heardAbout(tokens: readonly LangToken[], i: number): boolean {
  const wh = tokens[i - 1]?.lower ?? '';
  const way = wh === 'way' && tokens[i - 2]?.lower === 'the';
  if (!/^(?:how|what)$/.test(wh) && !way) return false;
  hearingVerbs ??= listSet(new URL('./data/hearing-verbs.txt', import.meta.url));
  let j = i - (way ? 3 : 2);
  while (j >= 0 && ['ADP', 'PART', 'ADV'].includes(tokens[j]?.pos ?? '')) j--;
  // "told my manager how…": past whom it was told to.
  const listener = j;
  while (j >= 0 && listener - j < 3 && ['NOUN', 'DET', 'PRON'].includes(tokens[j]?.pos ?? '')) {
    if (
      tokens[j]?.pos === 'PRON' &&
      !/^(?:my|our|me|us|him|her|them)$/.test(tokens[j]?.lower ?? '')
    )
      break;
    j--;
  }
  const verb = tokens[j];
  if (!verb || !['VERB', 'ADJ'].includes(verb.pos)) return false;
  if (!hearingVerbs.has(verb.lemma) && !hearingVerbs.has(verb.lower)) return false;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (/^(?:was|were|is|got|had)$/.test(next?.lower ?? '') && /ed$/.test(after?.lower ?? '')) {
    return false;
  }
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as LangToken;
    if (/^[.!?;]$/.test(t.text)) break;
    if (SECOND_PERSON.test(t.lower)) return false;
  }
  return true;
}

/** Whether the one named at `at` tells something (says, explains…) before `upTo`. */
function tells(tokens: readonly LangToken[], at: number, upTo: number): boolean {
  speechVerbs ??= listSet(new URL('./data/speech-verbs.txt', import.meta.url));
  let j = at + 1;
  while (j < upTo && ['ADV', 'AUX', 'PROPN'].includes(tokens[j]?.pos ?? '')) j++;
  const verb = tokens[j];
  return verb !== undefined && (speechVerbs.has(verb.lemma) || speechVerbs.has(verb.lower));
}

let reportVerbs: ReadonlyMap<string, string> | undefined;

/**
 * The one named at `at` introduces the recipient ("Dana connected us…, her brand") or
 * points to their work ("Olu mentioned her practice") before the pronoun at `upTo`.
 */
function reports(tokens: readonly LangToken[], at: number, upTo: number): boolean {
  reportVerbs ??= listMap(new URL('./data/report-verbs.txt', import.meta.url));
  const verbs = reportVerbs;
  const how = (token: LangToken | undefined) =>
    token?.pos === 'VERB' ? verbs.get(token.lemma) : undefined;
  // "Musa told me about her clinic": as "mentioned her clinic".
  const toldAbout =
    tokens[upTo - 1]?.lower === 'about' &&
    /^(?:me|us)$/.test(tokens[upTo - 2]?.lower ?? '') &&
    tokens[upTo - 3]?.lemma === 'tell';
  return (
    toldAbout ||
    how(tokens[upTo - 1]) === 'obj' ||
    tokens.slice(at + 1, upTo).some((token) => how(token) === 'in')
  );
}

/**
 * "played for the Eagles, they won", "sings in a choir, they toured", "mechanics for the
 * Pirates back when they won": a team or a body named before a "they" that opens a clause is
 * the "they". Not an event or a workplace ("PyData
 * London, they…", "at Google, they…"), nor a plural of things ("runs the clubs and they…").
 */
function namedGroup(tokens: readonly LangToken[], at: number, they: number): boolean {
  const opens =
    they === 0 ||
    /^(?:[,;.!?]|and|but|so|when|after|before|until|till|once|because|since|while)$/.test(
      tokens[they - 1]?.lower ?? '',
    );
  if (!opens) return false;
  const token = tokens[at] as LangToken;
  const capital = /^\p{Lu}/u.test(token.text);
  if (!capital && (!isCollective(token.lemma) || token.lower !== token.lemma)) return false;
  let start = at;
  while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[start - 1]?.pos ?? ''))
    start--;
  const before = tokens[start - 1];
  if (before === undefined) return false;
  if (before.pos === 'VERB') return true;
  return before.lower === 'for' || (before.lower === 'in' && !capital);
}

/**
 * A person the field names as someone the sentence is about rather than who tells it
 * ("worked under Sanjay", "reported to Maria"), in an earlier clause than the pronoun.
 */
function spokenOf(tokens: readonly LangToken[], at: number, pronoun: number): boolean {
  let start = at;
  while (start > 0 && tokens[start - 1]?.pos === 'PROPN') start--;
  const before = tokens[start - 1];
  if (!before || !['ADP', 'VERB'].includes(before.pos)) return false;
  // "at Fiona's wedding": whose the thing is, not one the field goes on about.
  if (/^['’]s$/.test(tokens[at + 1]?.text ?? '')) return false;
  // "introduced by Maria", "an intro from Pieter", "via Tom": who introduces is the source.
  // "in the same class at Mary Immaculate": one is at a place, not at a person.
  if (/^(?:by|from|via|through|thanks|at)$/.test(before.lower)) return false;
  return tokens.slice(at + 1, pronoun).some((t) => /^[,.;!?]$/.test(t.text));
}

/**
 * The subject pronoun of the same kind whose verb takes the object at `i` ("she worked with
 * her", "he hired him"), or -1. Not across another verb ("she said to add her").
 */
function sameClauseSubject(tokens: readonly LangToken[], i: number): number {
  const pronoun = FORMS[(tokens[i] as LangToken).lower]?.pronoun;
  let verbs = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as LangToken;
    const known = FORMS[t.lower];
    if (known) return known.pronoun === pronoun && known.form === 'subject' ? j : -1;
    if (t.pos === 'VERB') verbs++;
    else if (!['AUX', 'ADV', 'ADP'].includes(t.pos)) return -1;
    if (verbs > 1) return -1;
  }
  return -1;
}

/** A "you" or "your" after the pronoun at `i`, in its clause. */
function youInClause(tokens: readonly LangToken[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as LangToken;
    if (/^[,.;!?]$/.test(t.text) || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
    if (SECOND_PERSON.test(t.lower)) return true;
  }
  return false;
}

function isRecipient(
  pronoun: Pronoun,
  candidates: readonly Candidate[],
  recipientSex: Sex | undefined,
  mode: 'field' | 'note',
): boolean {
  if (candidates.length > 0) return false;
  if (mode === 'note' || pronoun === 'they') return true;
  // A field about Sarah that says "his talk" is about someone else.
  return recipientSex === undefined || recipientSex === (pronoun === 'she' ? 'f' : 'm');
}

/** The text with the rewrites applied (they must not overlap). */
export function applyRewrites(text: string, rewrites: readonly Rewrite[]): string {
  let out = '';
  let at = 0;
  for (const rewrite of [...rewrites].sort((a, b) => a.start - b.start)) {
    if (rewrite.start < at) continue;
    out += text.slice(at, rewrite.start) + rewrite.replacement;
    at = rewrite.end;
  }
  return out + text.slice(at);
}

/** A field the user typed about the recipient, said to them: "her paper" → "your paper". */
export function toSecondPerson(text: string, people: People): { text: string } & Reading {
  const reading = readPerspective(parse(text), people, 'field');
  return { text: applyRewrites(text, reading.rewrites), ...reading };
}
