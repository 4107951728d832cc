// Reads the modal's fields the way people type them: "PyData London, they asked a great
// question", "her stand of deadstock fabrics", "keen for advice", "now a CISO, want to say
// congrats". Each field becomes a list of pieces, each read for what it is with the
// language layer (a place or event, a clause with its own subject, a verb phrase, a role),
// already said to the recipient ("her stand" → "your stand", "she runs" → "you run").

import { listSet, readList } from '../language/lists.js';
import { parse } from '../language/nlp.js';
import { personRole, sexOfName, sexOfTitle } from '../language/people.js';
import { type Ambiguity, type Pronoun, toSecondPerson } from '../language/perspective.js';
import { review } from '../review.js';
import { isCorrect } from '../spell.js';
import { pastOf, vowelForVowel } from './compose.js';
import { dottedWords } from './dots.js';
import { leadingTitle } from './names.js';
import { cleanText, embed } from './normalize.js';

export type Piece =
  /** A place or an event: "the ESC Congress in Amsterdam", with the user's preposition. */
  | { kind: 'place'; prep: string | null; text: string }
  /** A clause with its own subject: "you asked a great question", "we swapped cards". */
  | { kind: 'clause'; text: string }
  /** A verb phrase that follows "to": "keep you updated on delivery dates". */
  | { kind: 'verb'; text: string }
  /** What someone is: "a colourist", "my cousin", "house officers together at UCH". */
  | { kind: 'role'; text: string; whose: 'yours' | 'ours' | 'mine' }
  /** Thanks the user wrote out: "thanks for the farm visit yesterday". */
  | { kind: 'thanks'; text: string }
  /** Anything else, said as it was typed: "advice on our TB testing schedule". */
  | { kind: 'phrase'; text: string };

export interface People {
  recipient: string;
  mutual?: string;
  sender?: string;
  /** Pronouns an earlier field used for the recipient ("their post" → "their method"). */
  pronouns?: readonly Pronoun[];
}

export interface ReadField {
  /** The field as the user typed it, cleaned. */
  raw: string;
  pieces: Piece[];
  ambiguous: Ambiguity[];
  /** The pronouns the field used for the recipient. */
  pronouns: Pronoun[];
}

const DAYS_AND_MONTHS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december`.split(/\s+/),
);

let informal: ReadonlyMap<string, string> | undefined;
let plainWords: ReadonlySet<string> | undefined;
const notNames = () =>
  (plainWords ??= listSet(new URL('./data/not-name-words.txt', import.meta.url)));
let markers: ReadonlySet<string> | undefined;

// Short words a field typed in capitals uses as words, not as acronyms ("IN", "AT", "MY").
const SMALL_WORDS = new Set(
  `a an the in on at to of and or but for my our your his her its we i me us is am are was
  be by as so if it up do did has had how who why new old all any can via per off out own`.split(
    /\s+/,
  ),
);

/**
 * A field typed all in capitals ("HER TALK AT SXSW ON AI IN MUSIC") in ordinary case: a word
 * the dictionary knows in lower case is lowered, a name it knows capitalised keeps its
 * capital ("Austin"), and anything else short stays as typed ("SXSW", "AI").
 */
function unshout(text: string): string {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || /\p{Ll}/u.test(text)) return text;
  return text.replace(/\p{L}+(?:['’]\p{L}+)?/gu, (word) => {
    const lower = word.toLowerCase();
    if (/^i(?:['’]\p{L}+)?$/u.test(lower)) return `I${lower.slice(1)}`;
    if (SMALL_WORDS.has(lower)) return lower;
    if (word.length <= 4 && !isCorrect(lower)) return word;
    if (isCorrect(lower)) return lower;
    const title = lower.charAt(0).toUpperCase() + lower.slice(1);
    return isCorrect(title) || word.length > 4 ? title : word;
  });
}

/** What people type quickly: "i'd", "im", "thursday", a lower-case name, a one-slip typo. */
export function tidy(text: string, people: People): string {
  // Only the capitalised words of a name: "James at the V&A" must not make "the" a name.
  const names = new Set(
    [people.recipient, people.mutual, people.sender]
      .flatMap((name) => (name ?? '').split(/[\s-]+/))
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.toLowerCase().replace(/\.$/, ''))
      .filter((word) => word.length > 1 && !notNames().has(word)),
  );
  informal ??= new Map(
    readList(new URL('./data/informal-spellings.txt', import.meta.url)).map((line) => {
      const [word = '', ...fix] = line.split(' ');
      return [word, fix.join(' ')] as const;
    }),
  );
  const spelled = informal;
  markers ??= listSet(new URL('./data/tone-markers.txt', import.meta.url));
  const tone = markers;
  let out = unshout(text)
    // "w/ his team": the slash is shorthand for "with".
    .replace(/(?<!\S)w\/(?=\s)/giu, 'with')
    .replace(/(?<!\S)w\/o(?=\s)/giu, 'without')
    .replace(/[\s,]*\b[\p{L}]+\b[!.]*/gu, (match) =>
      tone.has(match.replace(/[\s,!.]/g, '').toLowerCase()) ? '' : match,
    )
    // "…for the fair in Winnipeg po": the Filipino "po" of respect ends a clause, no word of it.
    .replace(/\s+(?:po|opo)(?=\s*(?:[,;.!?]|$))/g, '')
    .trim()
    // "my cuz", "her cuz": a cousin after a possessive, "because" everywhere else.
    .replace(/\b(my|our|your|his|her|their)\s+cuz\b/giu, '$1 cousin')
    .replace(/[\p{L}]+/gu, (word) => {
      const fix = spelled.get(word.toLowerCase());
      if (!fix) return word;
      return /^\p{Lu}/u.test(word) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
    })
    // Word edges by letters, not \b: "Boğaziçi" and "Hà Nội" end in a letter \b does not know.
    .replace(/(?<![\p{L}\p{N}])[Ii]m(?![\p{L}\p{N}])/gu, 'I’m')
    // "id love to", "id like": "id" before these is "I'd".
    .replace(/(?<![\p{L}\p{N}])[Ii]d(?= (?:love|like|rather|be|need|want)\b)/gu, 'I’d')
    .replace(/(?<![\p{L}\p{N}])i(?=['’](?:m|d|ve|ll)\b)/gu, 'I')
    .replace(/(?<![\p{L}\p{N}'’])i(?![\p{L}\p{N}'’])/gu, 'I')
    .replace(/\b([Dd]on|[Cc]an|[Ww]on|[Dd]idn|[Ii]sn)t\b/g, (_, stem: string) =>
      stem.toLowerCase() === 'can' ? `${stem}’t` : `${stem}’t`,
    )
    // Not inside an address: "omar.h@example.com" stays as typed.
    .replace(/(?<![\p{L}'’.@/-])\p{Ll}[\p{L}'’-]*(?![.@/]\S)/gu, (word) =>
      DAYS_AND_MONTHS.has(word) || names.has(word.toLowerCase())
        ? word.charAt(0).toUpperCase() + word.slice(1)
        : word,
    );
  const options = { name: people.recipient, mutual: people.mutual, sender: people.sender };
  // Read inside a sentence of plain English, so a short field is checked as English too.
  const findings = review(`${FRAME}${out}.`, options)
    .findings.filter((finding) => finding.start !== undefined && finding.start >= FRAME.length)
    .map((finding) => ({
      ...finding,
      start: (finding.start ?? 0) - FRAME.length,
      end: (finding.end ?? 0) - FRAME.length,
    }))
    .filter((finding) => finding.end <= out.length);
  const flagged = findings.filter((finding) => finding.ruleId === 'spelling');
  // "tu charla sobre riego": a field in another language has no English slips to fix.
  const plainWords = out.match(/(?<![\p{L}'’])\p{Ll}{2,}(?![\p{L}'’])/gu) ?? [];
  const unknown = plainWords.filter((word) => !isCorrect(word)).length;
  const foreign = unknown >= 3 && unknown * 2 >= plainWords.length;
  // One-slip typos the spelling check is sure of ("conferance", "togehter").
  const fixes = flagged.filter(
    (finding) =>
      !foreign &&
      finding.start !== undefined &&
      finding.suggestion &&
      finding.suggestion.toLowerCase() !== finding.excerpt?.toLowerCase() &&
      // "#rustlang", "@cloudflare": a tag or handle is spelled as its owner chose.
      !/[#@]$/.test(out.slice(0, finding.start)) &&
      // "in france" is France typed in lower case, not a slip for "franc".
      !isCorrect(capitalised(finding.excerpt ?? '')) &&
      isTypoFix(finding.excerpt ?? '', finding.suggestion),
  );
  // A place typed in lower case where a place goes ("the lagos port forum", "in dakar"),
  // with no typo it could be: the user's name for it, capitalised.
  const places = flagged.filter(
    (finding) =>
      !fixes.includes(finding) &&
      /^\p{Ll}{4,}$/u.test(finding.excerpt ?? '') &&
      /\b(?:the|in|at|from|near|to)\s+$/i.test(out.slice(0, finding.start)),
  );
  for (const finding of places) {
    const word = finding.excerpt ?? '';
    const start = finding.start ?? 0;
    out = `${out.slice(0, start)}${word.charAt(0).toUpperCase()}${word.slice(1)}${out.slice(start + word.length)}`;
  }
  // Text-speak typed in lower case ("w", "abt"), written out; "IMO" in capitals is a name.
  const spoken = findings.filter(
    (finding) =>
      finding.ruleId === 'abbreviation' &&
      // "2day", "gr8": text-speak with a digit is still lower case.
      /^[\p{Ll}\p{N}]*\p{Ll}[\p{Ll}\p{N}]*$/u.test(finding.excerpt ?? '') &&
      (finding.suggestion ?? '').split(' ').length <= 4,
  );
  // "a eco cleaning company": the article the next word takes.
  const articles = findings.filter(
    (finding) =>
      finding.ruleId === 'grammar' &&
      // Lower case only: "a Series A in Austin" is a letter, not an article.
      /^an? \S+$/.test(finding.excerpt ?? '') &&
      /^an? \S+$/.test(finding.suggestion ?? '') &&
      finding.excerpt?.split(' ')[1] === finding.suggestion?.split(' ')[1],
  );
  for (const finding of [...fixes, ...spoken, ...articles].sort(
    (a, b) => (b.start ?? 0) - (a.start ?? 0),
  )) {
    out = out.slice(0, finding.start) + finding.suggestion + out.slice(finding.end);
  }
  return out;
}

const FRAME = 'I would love to connect with you on LinkedIn because ';

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, index) => letter !== b[index]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Same first letter and at most two letters apart: "beleive" → "believe", not "cobot" → "coot". */
function isTypoFix(typo: string, fix: string): boolean {
  // A capitalised word is a name ("Hannover"); a short one may be a term ("cobot", "cyber").
  if (/^\p{Lu}/u.test(typo) || vowelForVowel(typo, fix)) return false;
  // "thier", "teh": two letters swapped is a slip even in a short word.
  if (typo.length < 6) return typo.length >= 4 && swapsTwo(typo.toLowerCase(), fix.toLowerCase());
  if (typo.charAt(0) !== fix.charAt(0)) return false;
  if (Math.abs(typo.length - fix.length) > 1 || `${fix}s` === typo) return false;
  // "commis" is a word of its trade, not a slip for the plural "commies".
  if (fix.toLowerCase() === `${typo.toLowerCase().slice(0, -1)}es`) return false;
  const a = typo.toLowerCase();
  const b = fix.toLowerCase();
  // A spelling from the other side of the Atlantic is not a typo ("moulding", "paediatrician"),
  // but "quoute" is a slip for "quote".
  if (a.replace(/ou(?=[lr])/g, 'o').replace(/ae/g, 'e') === b) return false;
  let diff = 0;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    diff++;
    if (diff > 2) return false;
    // Past the end of one word, only the other's letters are left to step over ("deliverys"
    // against "deliveries" once ran on for ever here).
    if (i >= a.length) j++;
    else if (j >= b.length) i++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      // A consonant for another makes a different word as often as a typo ("rewilding" is
      // not "rewinding"); a vowel for a vowel is the usual slip ("seperate").
      const vowels = /[aeiouy]/.test(a[i] ?? '') && /[aeiouy]/.test(b[j] ?? '');
      // …or a doubled letter in the wrong place ("reccomended").
      // Not a letter swapped for the one before it ("kerning" is not "keening").
      const doubling = a[i] === a[i - 1] || b[j] === b[j + 1];
      if (!vowels && !doubling) return false;
      i++;
      j++;
    }
  }
  return diff <= 2;
}

// Verbs that need no subject to be read as the sender's: "read her study" is "I read…".
const PERCEIVED =
  /^(?:read|saw|seen|watched|found|heard|noticed|came across|listened|followed|spotted|attended|discovered|loved|enjoyed|admired)\b/i;
const WANT_PHRASES = [
  "I(?:'|’)d (?:really )?(?:like|love) to",
  'I (?:really )?want to',
  'I would (?:really )?(?:like|love) to',
  'would (?:really )?(?:like|love) to',
  '(?:really )?want(?:ed)? to',
  'keen to',
  'hoping to',
  'hope to',
  'need to',
  'would be (?:great|good|nice) to',
  "(?:it'd|it’d|it would) be (?:great|good|nice) to",
  'just want to',
  'like to',
  'looking to',
];
const WANT = new RegExp(`^(?:${WANT_PHRASES.join('|')})\\s+`, 'i');
const BASE_VERBS = new Set(
  `stay keep share swap exchange discuss talk chat learn hear explore follow continue catch
  collaborate compare trade get hire work build see ask help introduce grow find partner brainstorm
  join invite meet support reconnect connect network mentor recruit plan team grab set offer show
  pick bounce look cover dig review refer send visit thank say congratulate celebrate credit back
  endorse score close finalise finalize update intro loop pitch arrange schedule organise organize
  onboard collab`.split(/\s+/),
);
const LEADING_ADVERB = /^(?:just|now|recently|still|also|briefly|finally)\s+/i;
const PREPOSITION =
  /^(?:(?:briefly|just|right)\s+)?(?:at|in|on|during|over|after|before|through|via|from|by)\s+/i;

function startsWithSubject(text: string): boolean {
  // "Jack and you play five-a-side": two people, then what they do.
  if (/^\p{Lu}[\p{L}'’-]*\s+and\s+(?:you|I|me)\s+\p{Ll}/u.test(text)) return true;
  // "Dev Malhotra (my TIFF shift lead) said…": who they are, in brackets, is an aside.
  const parsed = parse(text.replace(/\s*\([^()]*\)/gu, ''));
  const tokens = parsed.tokens.filter((token) => token.type !== 'punctuation');
  const first = tokens[0];
  if (!first) return false;
  if (/^(?:i|we|you|he|she|they|it|i'm|i've|i'd|i'll)$/.test(first.lower)) return true;
  if (first.lower === 'both') return ['VERB', 'AUX'].includes(tokens[1]?.pos ?? '');
  // "Ate Joy said…": a form of address before a name ("Ate", "Kuya") is no verb.
  const addressed =
    /^\p{Lu}/u.test(first.text) &&
    /^\p{Lu}/u.test(tokens[1]?.text ?? '') &&
    !!sexOfTitle(first.lower);
  if ((first.pos === 'VERB' && !addressed) || first.pos === 'ADP' || first.lower === 'thanks') {
    return false;
  }
  // "Tom said…", "Dr Adeleke from the unit said…", "Helena my practice manager recommended…",
  // but not "the equine dentistry stand" or "Retail Week Live": the verb must be finite.
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i];
    if (!token) break;
    // "the Nairobi Design Week where she showed her bags": the verb is the place's clause.
    if (/^(?:where|when)$/.test(token.lower)) return false;
    // "my mate Ryan": a role is no verb, but "coached" is not "coach".
    // ("shift leads" stays the role's plural).
    if (personRole(token.lower) || (personRole(token.lemma) && !/ed$/.test(token.lower))) continue;
    // "the Met Office": a capital inside the field is part of a name, not a verb.
    if (/^\p{Lu}/u.test(token.text)) continue;
    // "drought-displaced": half of a hyphenated adjective.
    if (text.charAt(token.start - 1) === '-') continue;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !token.lower.endsWith('ing')) {
      // "our CEO still talks about it": the adverb is not what the verb follows.
      let back = i - 1;
      while (back > 0 && tokens[back]?.pos === 'ADV') back -= 1;
      const before = tokens[back];
      // "his research … that was in National Geographic": a relative clause's verb.
      if (/^(?:that|which|who)$/.test(before?.lower ?? '')) continue;
      // "the talk you gave at PyCon", "the dinner he hosted": a thing and its relative clause
      // said without "that", not a sentence of its own.
      if (
        /^(?:the|a|an|our|your|my|his|her|their|this|that)$/.test(first.lower) &&
        /^(?:you|he|she|they|we|i)$/.test(tokens[i - 1]?.lower ?? '') &&
        tokens[i - 2]?.pos === 'NOUN'
      ) {
        continue;
      }
      // "put us in touch", "set up": a past tense spelled as its plain form, with an object.
      // "the dinner hosted by …" is a noun phrase: a participle before "by" is not finite.
      if (tokens[i + 1]?.lower === 'by' && token.lower.endsWith('ed')) return false;
      // "cash transfers for households": a plural noun the model took for a verb.
      if (before?.pos === 'NOUN' && token.lower.endsWith('s') && tokens[i + 1]?.pos === 'ADP') {
        return false;
      }
      const finite =
        token.pos === 'AUX' ||
        token.lower !== token.lemma ||
        (before?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PRON');
      // "…the Kuapa Kokoo cooperative said you're…": a noun the model took for an adjective.
      const reports =
        token.lower !== token.lemma && ['PRON', 'SCONJ'].includes(tokens[i + 1]?.pos ?? '');
      return (
        finite &&
        before !== undefined &&
        (['PROPN', 'NOUN', 'PRON'].includes(before.pos) || (before.pos === 'ADJ' && reports))
      );
    }
  }
  return false;
}

/** The plain form of a verb the recipient does: "works" → "work", "invests" → "invest". */
function plainVerb(word: string): string | undefined {
  const lower = word.toLowerCase();
  const token = parse(word).tokens[0];
  if (!token || !lower.endsWith('s') || lower.endsWith('ss')) return undefined;
  if (lower === 'has') return 'have';
  if (lower === 'is') return 'are';
  if (lower === 'does') return 'do';
  if (lower === `${token.lemma}s` || lower === `${token.lemma}es`) return token.lemma;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  // "specialises", "analyses": British spellings the lemmas give in American ("specialize").
  if (/(?:is|ys)es$/.test(lower) && token.pos === 'VERB') return lower.slice(0, -1);
  return undefined;
}

const ARTICLE_BEFORE_VOWEL = /^(?:[aeio]|u(?!ni|s[aeiou]|r[aeiou]))/i;

function withArticle(phrase: string): string {
  // "Jack's brother": the possessive is the article.
  if (/^[\p{L}.-]+['’]s?\s/u.test(phrase)) return phrase;
  if (/^(?:a|an|the|my|our|your|one)\s/i.test(phrase) || /^\p{Lu}{2,}/u.test(phrase)) {
    return /^\p{Lu}{2,}/u.test(phrase)
      ? `${/^[AEFHILMNORSX]/.test(phrase) ? 'an' : 'a'} ${phrase}`
      : phrase;
  }
  return `${ARTICLE_BEFORE_VOWEL.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** The head noun of a noun phrase names a person's role ("engineer", "officers", "mate"). */
function roleHead(text: string): { plural: boolean } | undefined {
  const tokens = parse(text).tokens;
  let head: (typeof tokens)[number] | undefined;
  for (const [index, token] of tokens.entries()) {
    // "recycled plastic furniture designer": a participle in front is an adjective.
    if (index === 0 && token.pos === 'VERB' && /ed$/.test(token.lower)) continue;
    if (personRole(token.lower) || personRole(token.lemma)) {
      head = token;
      continue;
    }
    if (
      token.pos === 'ADP' ||
      token.pos === 'PUNCT' ||
      token.pos === 'CCONJ' ||
      token.pos === 'VERB'
    )
      break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token;
  }
  if (!head) return undefined;
  const role =
    personRole(head.lower) ??
    personRole(head.lemma) ??
    // "-ist" and "-mate" nouns name people: "cellist", "batchmates", "coursemate".
    (/(?:ists?|.mates?)$/.test(head.lower) ? {} : undefined);
  if (!role) return undefined;
  const plural =
    head.lower.endsWith('s') && (head.lower !== head.lemma || /(?:ist|mate)s$/.test(head.lower));
  return { plural };
}

/** A title in quotes after a noun ("your post 'Why PMs should write SQL'"). */
const QUOTED_TITLE = /(?<=\p{L}\s)(['"“‘])[^'"“”‘’]{3,}(['"”’])?$/u;
const CLOSING: Record<string, string> = { "'": "'", '"': '"', '“': '”', '‘': '’' };
const TITLE_MARK = 'Titlemark';

function piece(
  segment: string,
  relationship: string,
  index: number,
  topic: boolean,
  previous?: Piece,
  context = false,
): Piece {
  // Read without the title: its own verbs ("should write") are not the field's.
  const title = QUOTED_TITLE.exec(segment.trim());
  if (title && !segment.includes(TITLE_MARK)) {
    const read = piece(
      segment.trim().replace(QUOTED_TITLE, TITLE_MARK),
      relationship,
      index,
      topic,
      previous,
      context,
    );
    // The closing quote the field's tidying took off the end goes back.
    const quoted = title[2] ? title[0] : `${title[0]}${CLOSING[title[1] ?? '"'] ?? ''}`;
    if (read.text.includes(TITLE_MARK))
      return { ...read, text: read.text.replace(TITLE_MARK, quoted) };
  }
  return readPiece(segment, relationship, index, topic, previous, context);
}

// "you" takes "are", "were", "have", "do" where "she" took "is", "was", "has", "does".
const YOU_AUX: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  am: 'are',
};
const AUX = 'is|are|was|were|do|does|did|can|could|would|will|have|has|should|might|may';
const YES_NO = new RegExp(`^(${AUX})\\s+(you|we|I|they|it)\\s+(\\S.*?)\\s*\\?*$`, 'iu');
const WH = /^(what|how|where|when|why|who|which\s+\p{L}+|how\s+(?:much|many|long|often))/iu;
const WH_DO = new RegExp(`${WH.source}\\s+(${AUX})\\s+(you|we|I|they)\\s+(\\S.*?)\\s*\\?*$`, 'iu');
const WH_IS = new RegExp(`${WH.source}(?:['’]s|\\s+is|\\s+are)\\s+(\\S.*?)\\s*\\?*$`, 'iu');

/**
 * A purpose typed as a question, as the errand of asking it: "would you be open to a
 * workshop?" → "ask if you’d be open to a workshop", "how do you price commissions?" → "ask
 * how you price commissions", "why not run a trial?" → "run a trial".
 */
function askedAs(text: string): string | undefined {
  const whyNot = /^why\s+not\s+(\p{Ll}.*?)\s*\?*$/iu.exec(text);
  if (whyNot?.[1]) return whyNot[1];
  const chance = /^(?:is there )?any chance (?:that )?(you|we|I)\s+(\S.*?)\s*\?*$/iu.exec(text);
  if (chance?.[1] && chance[2]) return `ask if ${chance[1]} ${chance[2]}`;
  const yesNo = YES_NO.exec(text);
  if (yesNo?.[1] && yesNo[2] && yesNo[3]) {
    return `ask if ${statement(yesNo[2], yesNo[1], yesNo[3])}`;
  }
  const whDo = WH_DO.exec(text);
  if (whDo?.[1] && whDo[2] && whDo[3] && whDo[4]) {
    return `ask ${whDo[1].toLowerCase()} ${statement(whDo[3], whDo[2], whDo[4])}`;
  }
  const whIs = WH_IS.exec(text);
  if (whIs?.[1] && whIs[2]) return `ask ${whIs[1].toLowerCase()}’s ${whIs[2]}`;
  return undefined;
}

/** The question's words in the order of a statement: "would you be" → "you’d be". */
function statement(subject: string, aux: string, rest: string): string {
  const who = /^I$/i.test(subject) ? 'I' : subject.toLowerCase();
  const verb = aux.toLowerCase();
  const said = who === 'you' ? (YOU_AUX[verb] ?? verb) : verb;
  if (said === 'do' || said === 'does') return `${who} ${rest}`;
  if (said === 'did') {
    const [first = '', ...others] = rest.split(' ');
    const past = pastOf(first);
    return past ? [who, past, ...others].join(' ') : `${who} did ${rest}`;
  }
  if (said === 'would' && who !== 'it') return `${who}’d ${rest}`;
  return `${who} ${said} ${rest}`;
}

const WANTING = String.raw`^(?:I\s+)?(?:really\s+|just\s+)?(?:want|would like|['’]d like|need)\s+you`;
const IN_MY_NETWORK = new RegExp(
  `${WANTING}\\s+(?:in|on|as part of|among)\\s+my\\s+(?:network|contacts|connections|circle|list)\\b[^,;]*$`,
  'iu',
);
const GOOD_TO_CONNECT =
  /^(?:(?:it['’]d|it would|would|it['’]s|it is|will)\s+be\s+)?(?:so\s+|really\s+)?(?:good|great|nice|lovely)\s+to\s+(?:re)?connect(?:\s+(?:here|on here|on LinkedIn|with you))?[.!]*$/iu;
// "hope you're well", "hope ur doing good bro", "lets reconnect": a pleasantry or the ask
// itself, never an errand ("…to hope you're well").
const WELL_WISH =
  /^(?:I\s+)?hope\s+(?:you|u|ur|your)(?:['’]re|['’]ve been|\s+are|\s+have been|\s+r)?\s+(?:doing\s+|keeping\s+|all\s+)?(?:well|good|great|fine|ok|okay)\b([^,;]*)$/iu;
const ON_HERE =
  /^(?:(?:finally|now|also|just)\s+)?(?:on|joined|here on)\s+(?:linkedin|here)[!.]*$/iu;
const LETS_CONNECT = /^let['’]?s?\s+(?:re)?conn?ec?t\b[^,;]*$/iu;
const WANT_YOU_TO = new RegExp(`${WANTING}\\s+to\\s+(\\S.*)$`, 'iu');

const WHO_NAMED = String.raw`^(?:(?:my|our)\s+[\p{Ll}-]+\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s(?:[^,;]*\s)?`;
const JOINED_US = String.raw`(?:linked|link|connected|introduced|intro['’]?d|cc['’]?d|looped|hooked|paired|matched|put)\s+us(?:\s+(?:up|in|both|together|in touch))?\b`;
const INTRODUCED_US = new RegExp(WHO_NAMED + JOINED_US, 'u');

const KINDLY = /^(?:kindly|please|pls|plz|pl)\s+(?:do\s+)?(?=\p{Ll})/iu;

/**
 * "kindly share the rate card", "please guide me on openings": a request to the recipient,
 * as the errand of asking it ("ask you to share the rate card"), never a topic to talk
 * about; "kindly let me know if…" is "ask if…"; "kindly note I am…" is only what follows.
 */
function requestOf(text: string): { kind: 'verb' | 'note'; text: string } | undefined {
  const kindly = KINDLY.exec(text);
  if (!kindly) return undefined;
  const rest = text.slice(kindly[0].length).replace(/\s*[.!]+$/u, '');
  // "kindly connect", "please accept": the note asks that already.
  if (/^(?:connect|accept|add me|link up)\b/i.test(rest)) return { kind: 'verb', text: 'connect' };
  // "please I want to know…", "kindly looking for a buyer": no request; the rest says it.
  if (/^(?:I|we|I['’]m|we['’]re|you)\b|^\p{Ll}+ing\b/iu.test(rest))
    return { kind: 'note', text: rest };
  const note =
    /^(?:note|be (?:informed|advised)|know)\s+(?:that\s+)?((?:I|we|my|our)\b.*|I['’]m\s.*)$/iu.exec(
      rest,
    );
  if (note?.[1]) return { kind: 'note', text: note[1] };
  const ifSo =
    /^(?:let me know|tell me|confirm|advise)\s+((?:if|whether|when|how|what|where|which|who)\s+\S.*)$/iu.exec(
      rest,
    );
  if (ifSo?.[1]) return { kind: 'verb', text: `ask ${ifSo[1]}` };
  // After "kindly", the word is the verb asked: "guide me", "revert", "share".
  if (/^(?:the|a|an|my|your|our|this|that|no|also)\b/i.test(rest)) return undefined;
  return { kind: 'verb', text: `ask you to ${rest}` };
}

// "great chatting with him", "nice to meet her": a feeling about meeting, said without its
// "it was". Not "good chat at…" or "great meeting today": there the meeting is a noun.
const FELT_MEETING = new RegExp(
  String.raw`^(?:(?:so|really|very|super)\s+)?(?:good|great|nice|lovely|fun|wonderful|brilliant|awesome|a pleasure|a joy)\s+` +
    String.raw`(?:to\s+(?:finally\s+)?(?:meet|see|chat|talk|speak|catch|hear|work|visit)\b|` +
    String.raw`(?:meeting|seeing|chatting|talking|speaking|catching|hearing|working|visiting|running|bumping|hanging)\s+(?:up\s+|out\s+|into\s+)?(?:with|to|him|her|them|you)\b)`,
  'iu',
);

function readPiece(
  segment: string,
  relationship: string,
  index: number,
  topic: boolean,
  previous?: Piece,
  context = false,
): Piece {
  // "maybe collab on a workshop": the hedge goes, the errand stays.
  const text = segment
    .trim()
    .replace(
      /^(?:also\s+(?:maybe\s+|perhaps\s+)?|maybe\s+|perhaps\s+|possibly\s+)(?=\p{L}{3,}\s)/iu,
      '',
    );
  // "Globex, back when we were both on the platform team": when, said after the place.
  const when = /^(?:back\s+)?((?:when|while)\s+(?:we|I|you)\s+\S.*)$/iu.exec(text);
  if (when?.[1] && index > 0 && !topic) return { kind: 'clause', text: embed(when[1]) };
  // "what do you think about AI in radiology?": the topic is what they are asked about.
  const opinion =
    /^(?:what do you think|how do you feel|what are your thoughts|(?:any )?thoughts)\s+(?:about|on)\s+(.+?)\s*\?*$/iu.exec(
      text,
    );
  if (opinion?.[1] && topic) return { kind: 'place', prep: null, text: embed(opinion[1]) };
  if (topic) {
    return startsWithSubject(text)
      ? { kind: 'clause', text: embed(text) }
      : { kind: 'place', prep: null, text: embed(text.replace(/^(?:about|on|regarding)\s+/i, '')) };
  }
  // "Auma from Kenya Red Cross linked us", "Jae Lee cc'd us both": who introduced you and
  // how is a clause of its own, never the place "…introduced us at".
  if (INTRODUCED_US.test(text)) return { kind: 'clause', text: embed(text) };
  // A feeling about meeting is a clause of its own, never the place "…meeting you at great
  // chatting with you at…".
  // Only with where or when it was: "great meeting you" alone is the template's own line.
  const felt = FELT_MEETING.exec(text);
  if (!topic && felt && /\S+\s+\S+/u.test(text.slice(felt[0].length))) {
    return { kind: 'clause', text: `it was ${embed(text)}` };
  }
  // Where you met, typed as a noun: "visit to his workshop", "catch-up this morning",
  // "Floating Farm open day at Merwehaven" are events, not errands or the sender's doing.
  if (
    context &&
    index === 0 &&
    (EVENT_NOUN.test(text) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text) || MEETING_NOUN.test(text))
  ) {
    if (!/^(?:I|We|You|He|She|They)\b/.test(text) && !startsWithSubject(text)) {
      return { kind: 'place', prep: null, text: embed(text) };
    }
  }
  // "would love a referral": the sender's wish, its "I" left out.
  if (/^would (?:love|like|appreciate|value)\s+(?!to\b)\S/i.test(text)) {
    return { kind: 'clause', text: `I ${embed(text.replace(/\?$/, ''))}` };
  }
  // "will revert by Friday": the sender's promise, its "I" left off as people type it.
  // Alone it is the errand ("will send you the protocol": "…to send you the protocol");
  // after one, it follows it ("…to ask you to share the slip, and I'll revert by Friday").
  if (/^(?:will|shall)\s+(?!you\b|be\s+(?:great|good|nice)\b)\p{Ll}/iu.test(text) && !topic) {
    const promised = embed(lowerFirst(text.replace(/^\S+\s+/u, '')));
    return previous?.kind === 'verb'
      ? { kind: 'clause', text: `I’ll ${promised}` }
      : { kind: 'verb', text: promised };
  }
  const request = requestOf(text);
  if (request) {
    return request.kind === 'note'
      ? piece(request.text, relationship, index, topic, previous, context)
      : { kind: 'verb', text: request.text };
  }
  const thanks = /^(?:thanks|thank you)\b/i.test(text);
  if (thanks) return { kind: 'thanks', text: embed(text) };
  const want = WANT.exec(text);
  if (want) {
    // "I want to know if you stock…": never "…would let me know if", which asks them.
    const wanted = lowerFirst(text.slice(want[0].length)).replace(
      /^know\s+(?=(?:if|whether|how|what|when|where|which|who|why)\s)/iu,
      'ask ',
    );
    return { kind: 'verb', text: wanted };
  }
  const to = /^(?:in order )?to\s+(.+)$/i.exec(text);
  if (to) return { kind: 'verb', text: lowerFirst(to[1] ?? '') };
  // "can we talk again?": the question asks for what the note is for.
  const soWeCan =
    /^(?:so (?:that )?(?:we|I) (?:can|could)|(?:can|could|shall) (?:we|I)) (.+?)\??$/i.exec(text);
  if (soWeCan) return { kind: 'verb', text: lowerFirst(soWeCan[1] ?? '') };
  const asked = askedAs(text);
  if (asked) return { kind: 'verb', text: asked };
  const met =
    /^(?:(?:we|I)\s+)?(?:first\s+|briefly\s+|just\s+|recently\s+)?(?:met|spoke|talked|chatted)(?:\s+(?:with\s+)?(?:you|each other))?(?:\s+briefly)?\s+(at|in|during|on|over|through|via)\s+(.+)$/i.exec(
      text,
    );
  // After the first piece, "we chatted at the stand about X" keeps its subject and its topic.
  if (met && index > 0 && /^(?:we|I)\s/i.test(text) && /\babout\b/i.test(met[2] ?? '')) {
    return { kind: 'clause', text: embed(text) };
  }
  if (met && relationship !== 'former-colleague' && relationship !== 'close-contact') {
    return { kind: 'place', prep: (met[1] ?? 'at').toLowerCase(), text: embed(met[2] ?? '') };
  }
  const prep = PREPOSITION.exec(text);
  if (prep) {
    return {
      kind: 'place',
      prep: prep[0].trim().toLowerCase(),
      text: embed(text.slice(prep[0].length)),
    };
  }
  // "now I'm doing events in Dubai": the news is the sender's clause, not a role of theirs.
  const nowThen = /^now,?\s+(?=(?:I|I['’]m|I['’]ve|we|we['’]re|we['’]ve)\s)/i.exec(text);
  if (nowThen) return piece(text.slice(nowThen[0].length), relationship, index, topic, previous);
  // "cousins on my mum's side": kin you still are, whatever follows.
  if (/^(?:first\s+|second\s+)?(?:cousins|siblings|twins|in-laws)\s+\S/i.test(text)) {
    return { kind: 'clause', text: `we’re ${embed(text)}` };
  }
  // "block C", "gate 4", "Nyayo 2": a label, not a verb and its object.
  if (/^[\p{L}-]+\s+(?:\p{Lu}|\p{N}+\p{L}?)$/u.test(text)) {
    return index === 0 ? { kind: 'place', prep: null, text } : { kind: 'phrase', text };
  }
  const lead = (/^[\p{L}'’-]+/u.exec(text)?.[0] ?? '').toLowerCase();
  // "see he's CTO now", "hear you're moving": what the sender sees, not an errand.
  if (/^(?:see|hear|notice)\s+(?:that\s+)?you(?:['’](?:re|ve|ll))?\s/i.test(text)) {
    return { kind: 'clause', text: `I ${lowerFirst(text)}` };
  }
  // "miss our night shifts", "loved your talk": a feeling said without its "I" is the sender's.
  if (
    /^(?:really\s+)?(?:miss(?:ed)?|lov(?:e|ed)|enjoyed|admired?|appreciated?)\s+(?!to\b)\S/i.test(
      text,
    )
  ) {
    return { kind: 'clause', text: `I ${embed(text)}` };
  }
  if (BASE_VERBS.has(lead) && !/^\S+\s+(?:is|are|was|were)\b/i.test(text)) {
    return { kind: 'verb', text: lowerFirst(text) };
  }
  // "want him in my network", "good to connect": being connected is what the note asks already.
  if (IN_MY_NETWORK.test(text) || GOOD_TO_CONNECT.test(text) || LETS_CONNECT.test(text)) {
    return { kind: 'verb', text: 'connect' };
  }
  // "let's stay in touch about the hive panels": the errand is what follows "let's", never
  // "…would let me let's stay in touch".
  const lets = /^(?:let['’]?s|let us)\s+(?!(?:re)?conn?ec?t\b)(\p{Ll}.*)$/iu.exec(text);
  if (lets?.[1]) return { kind: 'verb', text: lets[1] };
  // "hope she's doing well in Dubai": said as the errand, "…to hear how you're doing in Dubai".
  const wish = WELL_WISH.exec(text);
  if (wish) {
    const where = (wish[1] ?? '').replace(
      /,?\s+(?:bro|mate|man|dude|sis|buddy|my friend)\s*$/iu,
      '',
    );
    return { kind: 'verb', text: `hear how you’re doing${where}` };
  }
  // "want her to meet my friends": the sender's wish for them, never "to want you to…".
  const wantYou = WANT_YOU_TO.exec(text);
  if (wantYou?.[1]) return { kind: 'clause', text: `I’d like you to ${embed(wantYou[1])}` };
  // "book you for our Paris series", "hire him for the tour": a word no list knows as a verb,
  // before the person it is done to, is one.
  if (
    // Not "the gig you mentioned": there "you" opens a clause of its own.
    /^\p{Ll}+(?<!ed)\s+(?:you|him|them)(?:\s+(?:for|on|in|at|to|into|onto|about|with|as|a|an|the|our|my|this|next|up|in|over)\b|$)/u.test(
      text,
    ) &&
    !/^(?:with|for|to|from|about|and|or|but|if|as|like|than|thank|thanks|see|hear|when|while)\b/i.test(
      text,
    )
  ) {
    return { kind: 'verb', text: lowerFirst(text) };
  }
  if (/^(?:want|wanted|would like|need)\s(?!to\b)/i.test(text)) {
    return { kind: 'clause', text: `I ${embed(text)}` };
  }
  // "am building a float app": only the sender says "am".
  if (/^am\s+\p{Ll}/iu.test(text)) return { kind: 'clause', text: `I ${embed(lowerFirst(text))}` };
  // "been a fan of his work for years": the sender's "I've" left off, as people type it.
  if (/^been\s+(?:a|an|following|reading|watching|listening|using|to)\s/iu.test(text))
    return { kind: 'clause', text: `I’ve ${embed(lowerFirst(text))}` };
  if (startsWithSubject(text)) return { kind: 'clause', text: embed(text) };
  if (/^my\s/i.test(text)) return { kind: 'role', text: embed(text), whose: 'mine' };
  const adverb = LEADING_ADVERB.exec(text)?.[0] ?? '';
  const rest = text.slice(adverb.length);
  const firstWord = (/^[\p{L}'’-]+/u.exec(rest)?.[0] ?? '').toLowerCase();
  const firstToken = parse(rest).tokens[0];
  // "cousins", "old flatmates": what the two of you are, or were.
  const plural = /^(?:old\s+|former\s+|best\s+)?([\p{L}-]+)s$/iu.exec(rest)?.[1]?.toLowerCase();
  // "best mates since primary school": still true, so "we've been best mates since…".
  const since = /^(?:old\s+|best\s+|close\s+)?([\p{L}-]+)s\s+since\s/iu.exec(rest)?.[1];
  if (!adverb && since && RELATIONAL.test(since))
    return { kind: 'clause', text: `we’ve been ${embed(rest)}` };
  if (!adverb && plural && FAMILY.has(plural))
    return { kind: 'clause', text: `we’re ${embed(rest)}` };
  if (!adverb && plural && RELATIONAL.test(plural))
    return { kind: 'role', text: embed(rest), whose: 'ours' };
  const role = roleHead(rest);
  // "fishing mate", "old flatmate": someone's mate is the sender's, said "my fishing mate".
  if (!adverb && RELATIONAL.test(rest) && !/^(?:a|an|the|your)\s/i.test(rest)) {
    return { kind: 'role', text: `my ${embed(rest)}`, whose: 'mine' };
  }
  if (role && !PERCEIVED.test(rest)) {
    if (!adverb && (role.plural || relationship === 'former-colleague')) {
      return { kind: 'role', text: embed(text), whose: 'ours' };
    }
    const lead = adverb ? `${adverb.trim().toLowerCase()} ` : '';
    return { kind: 'role', text: `${lead}${withArticle(embed(rest))}`, whose: 'yours' };
  }
  if (PERCEIVED.test(rest) && !/^(?:loved|enjoyed|admired)$/.test(firstWord)) {
    return { kind: 'clause', text: `I ${embed(text)}` };
  }
  if (firstToken?.pos === 'VERB' || BASE_VERBS.has(firstWord)) {
    if (firstWord.endsWith('ing') && firstWord.length > 4 && /^\S+\s+of\b/i.test(rest)) {
      return { kind: 'place', prep: null, text: embed(text) };
    }
    // "the montado visit, watching the cork stripping": what you did there, an aside.
    if (context && index > 0 && firstWord.endsWith('ing') && firstWord.length > 4) {
      return { kind: 'phrase', text: embed(text) };
    }
    if (firstWord.endsWith('ing') && firstWord.length > 4) {
      const whose = /\b(?:our|together)\b/i.test(rest)
        ? 'we’re'
        : /\bmy\b/i.test(rest)
          ? 'I’m'
          : 'I’m';
      return { kind: 'clause', text: `${whose} ${embed(text)}` };
    }
    const plain = plainVerb(firstWord);
    // "…suggested I get in touch, says you ran the pilot": the teller is the one before,
    // not the recipient; the sender heard it.
    if (plain && REPORTING.test(firstWord) && index > 0) {
      return {
        kind: 'clause',
        text: `I hear ${embed(
          rest
            .slice(firstWord.length)
            .trim()
            .replace(/^that\s+/i, ''),
        )}`,
      };
    }
    if (plain) {
      return {
        kind: 'clause',
        text: `you ${adverb.toLowerCase()}${plain}${rest.slice(firstWord.length)}`,
      };
    }
    if (firstWord === 'known') return { kind: 'clause', text: `we’ve ${embed(text)}` };
    // A past tense, regular or not ("got a job", "ran the pilot"): the sender's, or shared.
    if (
      firstToken?.lemma !== firstWord &&
      (/(?:ed|ght|nt|ew|ang|at|ook|ole|ove)$/.test(firstWord) ||
        (!/(?:s|ing)$/.test(firstWord) && firstToken?.pos === 'VERB'))
    ) {
      const shared =
        /\b(?:together|each other|both|same)\b/i.test(rest) ||
        (relationship === 'former-colleague' && /^worked\b/.test(firstWord)) ||
        // "shared a hostel room", "met at uni": what two people can only do together.
        (RECONNECTING_IDS.has(relationship) && /^(?:shared|met|roomed|dated)$/.test(firstWord)) ||
        // "chatted about the budget": talk takes two.
        /^(?:chatted|talked|spoke|discussed)$/.test(firstWord) ||
        // "we had a meeting at your office, went through the tender": still "we".
        (previous?.kind === 'clause' && /^we\b/i.test(previous.text));
      // "he trained me on nights, showed me the cranes": a clause without a subject keeps
      // the one before it, here the recipient's.
      const theirs = previous?.kind === 'clause' && /^you\b/i.test(previous.text) && !shared;
      // "gave me a lift to the airport", "taught me Excel": done to the sender, so by them.
      const toMe = /^\S+\s+me\b/i.test(text);
      const subject = toMe ? 'you' : shared ? 'we' : theirs ? 'you' : 'I';
      return { kind: 'clause', text: `${subject} ${embed(text)}` };
    }
    if (BASE_VERBS.has(firstWord) || firstToken?.pos === 'VERB') {
      return { kind: 'verb', text: lowerFirst(text) };
    }
  }
  if (/^keen (?:for|on)\b/i.test(text)) return { kind: 'clause', text: `I’m ${text}` };
  if (/^both\s/i.test(text)) return { kind: 'role', text: embed(text.slice(5)), whose: 'ours' };
  if (/^now\s/i.test(text)) {
    return { kind: 'role', text: embed(text), whose: 'yours' };
  }
  // "your stand had organic towels": a thing of theirs and what it did is a clause.
  if (HAD_CLAUSE.test(text)) return { kind: 'clause', text: embed(text) };
  return index === 0 || /^(?:the|a|an|your|our)\b/i.test(text)
    ? { kind: 'place', prep: null, text: embed(text) }
    : { kind: 'phrase', text: embed(text) };
}

const EVENT_NOUN =
  /^(?:(?:visit|trip|call|chat|tour|talk|walk|ride|dinner|lunch|coffee|drinks)\s+(?:to|with|at|on|in|this|last|yesterday|today|over)\b|\p{L}+-(?:up|in|out|through|over)\b)/iu;

// "Zoom call on Friday", "video call", "team lunch": a meeting named by what kind it was.
const MEETING_KINDS = [
  'call',
  'meeting',
  'chat',
  'session',
  'interview',
  'demo',
  'lunch',
  'dinner',
  'breakfast',
  'coffee',
  'catch-up',
  'catchup',
  'meetup',
  'meet-up',
  'webinar',
  'workshop',
  'tour',
  'visit',
  'walkthrough',
];
const MEETING_NOUN = new RegExp(
  `^(?!(?:we|I|you|he|she|they|it|just|had|have|did|got)\\b)[\\p{L}-]+(?<!ed)\\s+(?:${MEETING_KINDS.join('|')})\\b`,
  'iu',
);

const HAD_CLAUSE =
  /^(?:your|our|my)\s+(?:[\p{L}-]+\s+){0,5}(?:(?:really|definitely|also|still|now|just)\s+)?(?:had|has|have|was|were|is|are|wants|needs|would|will|can)\s+(?:an?\s+|the\s+|some\s+)?\p{L}/iu;

const RECONNECTING_IDS = new Set(['former-colleague', 'close-contact']);

// Kin the two of you still are: "cousins" → "we're cousins".
const FAMILY = new Set(['cousin', 'sibling', 'brother', 'sister', 'twin', 'in-law']);

const REPORTING = /^(?:says|mentions|reckons|tells me|thinks)$/i;

// "bestie from culinary school", "old flatmate in Leeds": where from may follow.
const RELATIONAL =
  /^[\p{L}' -]*\b(?:mate|friend|buddy|pal|cousin|neighbou?r|flatmate|housemate|roommate|classmate|teammate|bestie|bff)(?:\s+(?:from|at|in)\s+[^,;]+)?$/iu;

const literalOf = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The mutual contact's first name, without a title: "Helen" for Dr Helen Marsh. */
function tellerOf(people: People): string | undefined {
  const words = people.mutual?.split(/\s+/) ?? [];
  const at = words.findIndex((word, index) => index === words.length - 1 || !leadingTitle(word));
  return words[Math.max(0, at)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lowerFirst(text: string): string {
  return embed(text.replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase()));
}

// "…and would love to reconnect", "…and I want to be connected here": the note's ask says it.
const WHERE_ASKED = String.raw`(?:\s+with\s+you)?(?:\s+properly)?(?:\s+(?:here|on here|on LinkedIn|professionally))?(?:\s+as well)?`;
const TRAILING_ASK = new RegExp(
  String.raw`,?\s+and\s+(?:I\s+)?(?:would|['’]d|really\s+)?\s*(?:just\s+)?(?:love|like|want|wanted|hope)\s+(?:us\s+)?to\s+(?:(?:re)?connect|be connected)${WHERE_ASKED}$`,
  'i',
);
const WANT_YOU =
  String.raw`(?:I\s+)?(?:just\s+|really\s+)?(?:want|wanted|would\s+love|['’]d\s+love|would\s+like|['’]d\s+like|wish|hope)\s+(?:to\s+have\s+)?you\s+` +
  String.raw`(?:in\s+my\s+(?:network|contacts|connections)|on\s+here|here|on\s+LinkedIn|connected(?:\s+here)?)(?:\s+(?:first|too|as\s+well|now))?[.!]*$`;
const WANT_YOU_HERE = new RegExp(`^(?:and\\s+|so\\s+)?${WANT_YOU}`, 'i');
// "…in East Nashville and wanted her in my network first": the same wish, after the reason.
const AND_WANT_YOU = new RegExp(`,?\\s+and\\s+${WANT_YOU}`, 'i');
const ADDING =
  /^(?:I['’]m\s+|I\s+am\s+)?(?:just\s+)?adding\s+you(?:\s+(?:here|on here|on LinkedIn))?\s+(?:(?:now that|now|since|as|because|cause|cos|coz|so)\s+)?/i;
// "wish to reconnect as I have joined…": the note asks to reconnect; the reason stays.
const WISH_TO_CONNECT =
  /^(?:I\s+)?(?:wish|want|wanted|hope|hoping|would love|would like|['’]d love|['’]d like)\s+to\s+(?=(?:re)?connect\s+(?:now that|since|as|because|so)\s)/i;
const INTRO_FROM = /^(?:an?\s+|the\s+)?intro(?:duction)?\s+(?:from|by|via|through)\s+(\p{Lu}.*)$/iu;
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const THE_ONE_WHO =
  /\b(you|we|I)(?:\s+(?:were|was|are|am)|['’](?:re|m))\s+the\s+(?:one|person|guy|girl|woman|man)\s+(?:who|that)\s+(?=\p{Ll})/iu;
const TELLER_ASIDE =
  /^((?:[\p{Ll}]+\s+){0,3}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)\s+((?:who|from|in)\s[^,]+?)\s+(said|says|told me|tells me|mentioned|suggested|recommended|reckons|thinks)\b/u;
const ASK_AND =
  /\b((?:would|['’]d|really)?\s*(?:love|like|want|wanted|hope|hoping)\s+to)\s+(?:re)?connect(?:\s+(?:here|on here|on LinkedIn))?\s+and\s+(?:also\s+)?(?:maybe\s+|perhaps\s+)?(?=\p{Ll})/iu;

const PIECE_BREAK =
  /\s*[;,]\s+|\s+[–—-]\s+|\s*\(\s*|\s*\)\s*|\s+but\s+(?=(?:I|we|want|would|now)\b)/u.source;
/** Where a piece ends: also a sentence's end, but not a title's full stop ("Dr.", "Ltd."). */
let boundary: RegExp | undefined;
function pieceBoundary(): RegExp {
  boundary ??= new RegExp(`${PIECE_BREAK}|(?<!\\b(?:${dottedWords()}|\\p{Lu}))[.!?]+\\s+`, 'u');
  return boundary;
}

const SENTENCE_OPENER =
  /^(?:He|She|They|It|We|You|My|Our|Their|His|Her|Its|The|This|That|These|Those|There|Then|Now|Also)\b(?!['’]s\b)/u;

/** Split where a new piece starts: at commas, semicolons, dashes and "but". */
function segments(text: string): string[] {
  // "tuna (eel) restoration": a short gloss inside a phrase is no piece of its own.
  const glossed = text.replace(/\(([^(),;]{1,25})\)(?=\s+\p{Ll})/gu, '\u2985$1\u2986');
  return (
    glossed
      .split(pieceBoundary())
      .map((part) => part.trim())
      // "Joe introduced us. He said you…": a sentence's capital is lost once the note joins
      // it to the one before with "and".
      .map((part, index) =>
        index > 0 ? part.replace(SENTENCE_OPENER, (word) => word.toLowerCase()) : part,
      )
      // "…, and now she's moved to Lyon": the note joins the pieces with its own "and".
      .map((part, index) => (index > 0 ? part.replace(/^and\s+(?=\S+\s)/i, '') : part))
      .map(unramble)
      .map((part) => part.replace(/\u2985/g, '(').replace(/\u2986/g, ')'))
      .filter((part) => part.length > 0)
      // "our bar in Soho, London": a place's city after its comma belongs to it.
      .reduce<string[]>((out, part) => {
        const last = out.length - 1;
        if (
          /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(part) &&
          /\b(?:in|at|near|from)\s+(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(out[last] ?? '')
        ) {
          out[last] = `${out[last]}, ${part}`;
        } else out.push(part);
        return out;
      }, [])
      .reduce<string[]>(joinTeller, [])
  );
}

/** A pasted paragraph's talk: "ok so this was at X" → "at X"; "for like 10 minutes". */
function unramble(part: string): string {
  return part
    .replace(/^(?:(?:ok(?:ay)?|so|well|um+|yeah|anyway|basically)\b[,\s]*)+(?=\S)/i, '')
    .replace(/^(?:this|it) was (?=(?:at|in|on|during)\b)/i, '')
    .replace(/\b(for|about|in) like (?=\d)/gi, '$1 ');
}

/**
 * "Esi, who I worked with at GHS, told me Kofi…": the teller and what they said are one
 * piece ("Esi told me Kofi…"); who they are follows it, said plainly where it can be.
 */
function joinTeller(out: string[], part: string): string[] {
  const [name, who] = out.slice(-2).length === 2 ? out.slice(-2) : [undefined, undefined];
  if (
    name &&
    who &&
    /^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(name) &&
    /^who\s/i.test(who) &&
    /^(?:told|said|says|mentioned|suggested|recommended|reckons|thinks|introduced|put)\b/i.test(
      part,
    )
  ) {
    const plain =
      /^who\s+((?:I|we)\s+.*\b(?:with|for|under|alongside))(\s.*)?$/i.exec(who) ??
      /^who\s+(\S+(?:s|ed))(\s.*)?$/i.exec(who);
    const aside = plain
      ? /^who\s+(?:I|we)\b/i.test(who)
        ? `${plain[1]} ${name}${plain[2] ?? ''}`
        : `${name} ${plain[1]}${plain[2] ?? ''}`
      : who;
    return [...out.slice(0, -2), `${name} ${part}`, aside];
  }
  // "Rutendo (my sister-in-law at Shearwater) told me…": who the teller is to the sender,
  // set off by commas, stays beside the name; never "introduced us at Rutendo".
  if (
    name &&
    who &&
    /^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(name) &&
    /^(?:my|our)\s+\p{Ll}/u.test(who) &&
    /^(?:told|tells|said|says|mentioned|suggested|recommended|reckons|thinks|introduced|put|linked|connected)\b/i.test(
      part,
    )
  ) {
    return [...out.slice(0, -2), `${name}, ${who}, ${part}`];
  }
  return [...out, part];
}

const PRONOUN_OF: Record<string, Pronoun> = {
  he: 'he',
  him: 'he',
  his: 'he',
  she: 'she',
  her: 'she',
  hers: 'she',
};

/**
 * "you are the master of batik in Laweyan and teaches workshops": a second verb whose
 * subject is still "you" agrees with it ("and teach workshops").
 */
function agreeAfterAnd(text: string): string {
  if (!/\byou\b.*\band\s+\p{Ll}+s\b/u.test(text)) return text;
  const tokens = parse(text).tokens;
  return text.replace(/\band\s+(\p{Ll}+s)\b/gu, (all, verb: string, at: number) => {
    const before = text.slice(0, at);
    // The last subject before "and" must be "you", with no clause of its own between.
    const subject =
      /\b(you|I|we|he|she|they|it|who|that|which)\b(?:(?!\b(?:I|we|he|she|they|it|who|that|which)\b)[^,;.])*$/u.exec(
        before,
      )?.[1];
    if (subject !== 'you' || /(?:ss|us|is)$/.test(verb)) return all;
    const start = at + all.length - verb.length;
    const token = tokens.find((t) => t.start === start);
    if (token?.pos !== 'VERB') return all;
    const plain = plainVerb(verb);
    return plain ? `${all.slice(0, all.length - verb.length)}${plain}` : all;
  });
}

/** "said you coaches the bowlers": the verb after "you" agrees ("you coach"). */
function agree(typed: string): string {
  const text = agreeAfterAnd(typed);
  if (!/\byou\s+\p{Ll}+s\b/u.test(text)) return text;
  const tokens = parse(text).tokens;
  return text.replace(/\byou\s+(\p{Ll}+s)\b/gu, (all, verb: string, at: number) => {
    const start = at + all.length - verb.length;
    const token = tokens.find((t) => t.start === start);
    // "you coaches the bowlers": a word the model reads as a plural noun is a verb
    // when an object follows it.
    const object = /^\s+(?:the|a|an|my|our|your|their|all|some|every|most|half)\b/i.test(
      text.slice(start + verb.length),
    );
    // "you specialises in patents": a verb's preposition, never "you guys in".
    const governs =
      /^\s+(?:in|on|with|for|at|across|between)\b/i.test(text.slice(start + verb.length)) &&
      /(?:ises|izes|ates|ies|ects|orks|uns|eaches|ives)$/i.test(verb);
    // After "said you", the next word is what they do.
    const reported = /\b(?:said|says|told me|tells me|mentioned|reckons|thinks)\s+$/i.test(
      text.slice(0, at),
    );
    if ((token?.pos !== 'VERB' && !object && !reported && !governs) || /(?:ss|us|is)$/.test(verb)) {
      return all;
    }
    const plain = plainVerb(verb);
    return plain ? `${all.slice(0, all.length - verb.length)}${plain}` : all;
  });
}

/** "my mum and her mum": her own mum is not whose mum she is; "her" is the recipient. */
function sameKin(text: string): string {
  return text.replace(
    /\b(my|our)\s+([\p{L}-]+)\s+and\s+(?:her|his)\s+\2\b/giu,
    '$1 $2 and your $2',
  );
}

/**
 * "Rhodri put us in touch, he said she's translated…": one pronoun telling about another is
 * the teller, the one named before (the mutual contact), and the other is the recipient.
 */
function tellerNamed(text: string, people: People): string {
  const teller = tellerOf(people);
  if (!teller) return text;
  return text.replace(TELLER_PRONOUN, (all, pronoun: string, verb: string, at: number) => {
    const about = /^\s*(?:that\s+)?(\p{L}+)/u.exec(text.slice(at + all.length))?.[1] ?? '';
    const other = /^(?:he|she|they)$/i.test(about) && about.toLowerCase() !== pronoun.toLowerCase();
    const named = new RegExp(`\\b${teller}\\b`, 'iu').test(text.slice(0, at));
    return other && named
      ? `${all.slice(0, all.length - pronoun.length - verb.length - 1)}${teller} ${verb}`
      : all;
  });
}

const TELLER_PRONOUN =
  /(?<=^|[,;]\s*|\band\s+)(he|she|they)\s+(said|says|told me|tells me|mentioned|reckons|thinks)/giu;

// "she met her", "he's his cousin", "she and her": two people the same pronoun names.
const SAME_PAIR =
  /\b(she|he)(['’](?:s|d|ll))?((?:\s+(?!(?:and|but|because|so|who|which|when|while|then|she|he)\b)[\p{L}'’-]+){0,3}?|\s+and)\s+(her|him|his)\b/giu;
const COPULA = /(?:^['’]s|\b(?:is|was|were|are|be|been|became|becomes))\b/iu;
const TELLING = [
  'said',
  'says',
  'told me',
  'tells me',
  'told us',
  'mentioned',
  'mentions',
  'reckons',
  'thinks',
  'thought',
  'explained',
  'explains',
  'wrote',
  'writes',
];
const TELLS = new RegExp(
  `(?:^|[\\s,;(])((?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)\\s+(?:${TELLING.join('|')})\\s+(?:that\\s+)?$`,
  'u',
);

/**
 * Two people one pronoun names in one clause ("Laura said she met her", "he taught him the
 * technique"): the one a named contact tells about themselves is that contact ("Laura met
 * her"); otherwise the subject is still the recipient and the other one is the contact
 * ("he taught Hiroshi"). A possessive of one's own ("she ran her team") is the same person.
 */
function whoIsWho(
  text: string,
  people: People,
  naive: { rewrites: readonly { start: number }[] },
): string {
  const recipientWords = new Set(
    people.recipient
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((word) => word.length > 1),
  );
  const said = new Set(naive.rewrites.map((rewrite) => rewrite.start));
  let out = text;
  for (const match of [...text.matchAll(SAME_PAIR)].reverse()) {
    const [all, subject = '', contraction = '', between = '', second = ''] = match;
    const at = match.index ?? 0;
    const secondAt = at + all.length - second.length;
    const she = subject.toLowerCase() === 'she';
    if (she !== (second.toLowerCase() === 'her')) continue;
    // Only when both would be said as "you": "you met you" says nothing.
    if (!said.has(at) || !said.has(secondAt)) continue;
    const next = /^\s*([\p{L}'’-]+)/u.exec(text.slice(secondAt + second.length))?.[1] ?? '';
    const possessive =
      second.toLowerCase() === 'his' ||
      (next !== '' &&
        ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(parse(`her ${next}`).tokens[1]?.pos ?? ''));
    // "she ran her team": her own, unless she is what the other is ("she's her mentor").
    if (possessive && !COPULA.test(`${contraction}${between}`)) continue;
    const before = text.slice(0, at);
    const teller = TELLS.exec(before);
    const tellerName = teller?.[1] ?? '';
    if (
      teller &&
      !tellerName
        .toLowerCase()
        .split(/\s+/)
        .some((word) => recipientWords.has(word))
    ) {
      // "Laura said she met her" → "Laura met her"; "Farah says she's her mentor" → "Farah is…".
      const verbAt = at - (teller[0].length - teller[0].indexOf(tellerName) - tellerName.length);
      const be = /^\s*(?:been|got|gotten|done|\p{L}+ed)\b/u.test(between) ? ' has' : ' is';
      const aux: Record<string, string> = { "'s": be, '’s': be, "'d": ' would', '’d': ' would' };
      // The other one is the recipient: "Farah is your mentor", "Laura met you".
      const you = possessive ? 'your' : 'you';
      out = `${out.slice(0, verbAt)}${aux[contraction.toLowerCase()] ?? (contraction ? ' will' : '')}${out.slice(at + subject.length + contraction.length, secondAt)}${you}${out.slice(secondAt + second.length)}`;
      continue;
    }
    const other = otherPerson(before, people, she ? 'f' : 'm', recipientWords);
    if (!other) continue;
    out = `${out.slice(0, secondAt)}${possessive ? `${other}’s` : other}${out.slice(secondAt + second.length)}`;
  }
  return out;
}

/** Who else the pronoun can be: the mutual contact, or a given name the field names. */
function otherPerson(
  before: string,
  people: People,
  sex: 'f' | 'm',
  recipientWords: ReadonlySet<string>,
): string | undefined {
  const fits = (name: string) => {
    const known = sexOfName(name);
    return known === undefined || known === sex;
  };
  const mutual = people.mutual?.split(/\s+/).find((word) => !sexOfTitle(word.toLowerCase()));
  if (mutual && fits(mutual)) return mutual;
  const names = before.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [];
  return names
    .reverse()
    .find((name) => !recipientWords.has(name.toLowerCase()) && sexOfName(name) === sex);
}

/** The word with the first letter's case of another: "The" for "Her". */
function matchFirst(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * "Dr Hollis said Ms Nwosu runs the OH service", in a note to Ms Adaeze Nwosu: the
 * recipient by title and surname is read as the recipient by given name, which the field
 * then says to them ("… said you run …"), as it does "Adaeze runs …".
 */
function titledRecipient(typed: string, people: People): string {
  const [given, ...rest] = people.recipient.split(/\s+/).filter(Boolean);
  if (!given) return typed;
  // "said dr priya runs…": a title before the given name goes with it, as the name is "you";
  // "my sister Priya" is kin, not a title.
  const titledGiven = new RegExp(
    `(?<![\\p{L}])(\\p{L}+\\.?)\\s+(${literalOf(given)})(?![\\p{L}'’-])`,
    'giu',
  );
  const text = typed.replace(titledGiven, (all, title: string, name: string, at: number) =>
    leadingTitle(title) && !/\b(?:my|our|your|his|her|their|the|a)\s+$/iu.test(typed.slice(0, at))
      ? name
      : all,
  );
  // Most fields never name them so: no pattern to build.
  if (!rest.some((word) => text.includes(word))) return text;
  // "Dr Nwosu" when the mutual contact is a Nwosu too could be either of them.
  const others = `${people.mutual ?? ''} ${people.sender ?? ''}`.toLowerCase().split(/\s+/);
  if (rest.some((word) => others.includes(word.toLowerCase()))) return text;
  const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The whole surname first ("Fernández Ruiz"), then each of its words.
  const surnames = [rest.join(' '), ...[...rest].reverse()].map((words) =>
    words.split(' ').map(literal).join('\\s+'),
  );
  const titled = new RegExp(
    `(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{L}*\\.?)\\s+(?:${surnames.join('|')})(?![\\p{L}\\p{N}'’-])`,
    'gu',
  );
  return text.replace(titled, (all, title: string) => (leadingTitle(title) ? given : all));
}

/**
 * "me and Gary poured iron … till they shut the line down, he was the best…": a field that
 * calls the recipient "he" (or "she", as their name allows) and also says "they" means by
 * "they" someone else (the firm), not the recipient; read so from the start.
 */
function singularBesideThey(text: string, people: People): Pronoun[] | undefined {
  const words = new Set(text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []);
  if (!['they', 'them', 'their'].some((word) => words.has(word))) return undefined;
  const he = ['he', 'him', 'his', 'he’s', "he's"].some((word) => words.has(word));
  const she = ['she', 'she’s', "she's"].some((word) => words.has(word));
  if (he === she) return undefined;
  const sex = sexOfName(people.recipient.split(/\s+/)[0] ?? '');
  if (sex && sex !== (he ? 'm' : 'f')) return undefined;
  // Another person the field names could be the "he": then it is not for this guess.
  const others = [people.mutual, people.sender].filter(Boolean) as string[];
  if (others.some((name) => text.includes(name.split(/\s+/)[0] ?? '\u0000'))) return undefined;
  return [he ? 'he' : 'she'];
}

/** A field as pieces, said to the recipient. */
export function readField(
  value: string,
  people: People,
  relationship: string,
  options: { topic?: boolean; context?: boolean } = {},
): ReadField {
  const raw = cleanText(value);
  // "about LED strips 💡": an emoji says nothing a first note needs.
  const plain = raw.replace(
    /\s*\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Extended_Pictographic})*/gu,
    '',
  );
  const speakText = (text: string, pronouns: readonly Pronoun[] | undefined) =>
    toSecondPerson(text, {
      recipient: people.recipient,
      others: [people.mutual, people.sender],
      ...(pronouns ? { pronouns } : {}),
    });
  const kin = sameKin(titledRecipient(tidy(plain || raw, people), people));
  const typed = tellerNamed(kin, people);
  const known = people.pronouns?.length ? people.pronouns : singularBesideThey(typed, people);
  let tidied = whoIsWho(typed, people, speakText(typed, known));
  const speak = (pronouns: readonly Pronoun[] | undefined) => speakText(tidied, pronouns);
  let spoken = speak(known);
  // "childhood friend from Tozeur, … until his dad caught us": the field opens by saying
  // what the recipient is, so "his" is theirs, not the friend's.
  const opening = /^[^,;.]*/.exec(tidied)?.[0] ?? '';
  const described =
    !/^(?:we|I|you|he|she|they|it)\b/i.test(opening) && opening.split(/\s+/).length <= 6;
  const theirs = spoken.ambiguous.map((unclear) => PRONOUN_OF[unclear.text.toLowerCase()]);
  if (
    described &&
    spoken.ambiguous.length > 0 &&
    spoken.ambiguous.every((unclear) =>
      unclear.candidates.every(
        (name) => /^\p{Ll}/u.test(name) && new RegExp(`\\b${name}\\b`, 'iu').test(opening),
      ),
    ) &&
    theirs.every((pronoun) => pronoun !== undefined)
  ) {
    spoken = speak([...(known ?? []), ...(theirs as Pronoun[])]);
  }
  // "Maria said her team is hiring": the team may be Maria's or the recipient's, and "the
  // team" is true either way; no need to ask, nor to guess.
  const whose = spoken.ambiguous.filter((unclear) => /^(?:her|his)$/i.test(unclear.text));
  if (whose.length > 0 && whose.length === spoken.ambiguous.length) {
    for (const unclear of [...whose].sort((a, b) => b.start - a.start)) {
      const next = /^\s*([\p{L}'’-]+)/u.exec(tidied.slice(unclear.end))?.[1] ?? '';
      const noun = ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(
        parse(`her ${next}`).tokens[1]?.pos ?? '',
      );
      if (!noun) continue;
      tidied = `${tidied.slice(0, unclear.start)}${matchFirst('the', unclear.text)}${tidied.slice(unclear.end)}`;
    }
    spoken = speak(known);
  }
  // "Lena mentioned she helped her": one of the two is someone else, and "you helped you"
  // says nothing; ask which, as for any pronoun that could be two people.
  const doubled = /\b(?:she|he)\s+\p{L}+\s+(?:her|him)\b/iu.exec(tidied);
  if (doubled && /\byou\s+\p{L}+\s+you\b/iu.test(spoken.text)) {
    spoken = {
      ...spoken,
      ambiguous: [
        ...spoken.ambiguous,
        {
          start: doubled.index,
          end: doubled.index + doubled[0].length,
          text: doubled[0],
          candidates: [people.mutual?.split(/\s+/)[0] ?? 'someone else'],
        },
      ],
    };
  }
  const read: Piece[] = [];
  // "me and him ran the night shift", said to him: "we ran…".
  const together = spoken.text.replace(
    /(^|[,;]\s*)(?:me and you|you and me|you and I)\b(?!\s+(?:both\s+)?(?:is|was|has)\b)/giu,
    '$1we',
  );
  // "…, want him in my network", "wanted her on here": the wish the note's ask says anyway.
  const said = segments(together).filter((segment) => !WANT_YOU_HERE.test(segment));
  for (const [index, typed] of (said.length > 0 ? said : segments(together)).entries()) {
    // "adding him now that I've opened a forge school": the note is the adding (and "adding
    // you now" reads as pressure); the reason is what is left.
    const rest = typed
      .replace(ADDING, '')
      .replace(WISH_TO_CONNECT, '')
      // "intro from Pieter at WaterAid": said as who introduced you.
      .replace(INTRO_FROM, '$1 introduced us');
    const segment = rest !== typed && countWords(rest) >= 3 ? rest : typed;
    read.push(
      piece(
        segment,
        relationship,
        index,
        options.topic ?? false,
        read[index - 1],
        options.context ?? false,
      ),
    );
  }
  // "saw ur promotion, congrats!!": the congratulations are on the news.
  for (const [at, piece] of read.entries()) {
    if (!/^(?:congrats|congratulations)(?:\s+again)?[!.]*$/i.test(piece.text)) continue;
    const news = /^I (?:saw|see|heard|hear|noticed|read about)\s+(?:that\s+)?(your\s.+)$/i.exec(
      read[at - 1]?.text ?? '',
    );
    if (news) read.splice(at - 1, 2, { kind: 'verb', text: `congratulate you on ${news[1]}` });
    else read.splice(at, 1, { kind: 'verb', text: 'say congratulations' });
    break;
  }
  const pieces = read.map((read) => {
    if (read.kind !== 'clause' && read.kind !== 'verb') return read;
    // "connect and say congrats": the note asks to connect already; the errand is the rest.
    const text = read.text
      .replace(TRAILING_ASK, '')
      .replace(AND_WANT_YOU, '')
      // "would love to reconnect and hear what you're up to": the errand is the hearing.
      .replace(ASK_AND, '$1 ')
      // "you were the one who trained the juniors": said plainly, "you trained the juniors".
      .replace(THE_ONE_WHO, '$1 ')
      // "Kojo who works at COCOBOD said…": who the teller is, set off by commas, so the
      // place is not read as the start of what they said.
      .replace(TELLER_ASIDE, '$1, $2, $3')
      .replace(
        /^(?:re)?connect(?: here| on here| on LinkedIn)? and (?:also )?(?:maybe |perhaps )?(?=\S)/i,
        '',
      )
      // "stay in touch and maybe collaborate on…": the note keeps in touch; the errand is the rest.
      .replace(/^(?:stay|keep) in touch and (?:also )?(?:maybe |perhaps )?(?=\S)/i, '')
      // "keep in touch bro": the note greets them by name; "bro" goes.
      .replace(/,?\s+(?:bro|bruh|brah|dude|sis|fam|bestie)\s*[!.]*$/iu, '');
    const agreed = agree(text);
    return agreed.length > 0 ? { ...read, text: agreed } : read;
  });
  // "Gráinne put us in touch, and Gráinne said you run…": the name was there to tell her
  // from the recipient; once the recipient is "you", the pronoun typed says it again.
  const teller = tellerOf(people);
  const told = TELLER_PRONOUN.exec(plain || raw)?.[1];
  TELLER_PRONOUN.lastIndex = 0;
  if (teller && told && typed !== kin) {
    for (const [at, piece] of pieces.entries()) {
      const before = pieces[at - 1];
      if (at === 0 || piece.kind !== 'clause' || !before) continue;
      if (!new RegExp(`\\b${escapeRegExp(teller)}\\b`, 'u').test(before.text)) continue;
      if (
        !new RegExp(
          `^${escapeRegExp(teller)}\\s+(?:said|says|told me|tells me|mentioned|reckons|thinks)\\b`,
          'u',
        ).test(piece.text)
      )
        continue;
      pieces[at] = { ...piece, text: `${told.toLowerCase()}${piece.text.slice(teller.length)}` };
    }
  }
  // "sir jerome!", "finally on linkedin": calling them by name, or being here, says nothing
  // the greeting and the ask do not.
  const kept = pieces
    .filter(
      (piece, at) =>
        pieces.length === 1 || at > 0 || !/^(?:you|sir|ma['’]?am|madam)[!.]*$/iu.test(piece.text),
    )
    .filter((piece) => pieces.length === 1 || !ON_HERE.test(piece.text));
  return { raw, pieces: kept, ambiguous: spoken.ambiguous, pronouns: spoken.pronouns };
}
