// Finds the recipient's name in a note: from the greeting ("Hi Leo,", "Dear Ms. Park"),
// a leading vocative ("Lindsey, it was…") or a closing one ("…, Laura!").

import { listSet } from './language/lists.js';
import { isKnownGivenName } from './language/people.js';
import { isCommonWord, isCorrect } from './spell.js';
import {
  COMMON_ENGLISH,
  GREETINGS as GREETING_LIST,
  GREETING_WORDS,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  type TextAnalysis,
  TITLES,
} from './text.js';

// A capitalised word ("Leo", "O'Brien", "d'Souza"), or one in a script without capitals
// ("王伟", "जी").
// A nickname may end in a digit or two ("Hi Jun2,", "Hey Mo3!").
// "al-Hassan", "d'Souza", "ʻIolani": a particle or an ʻokina before the capital.
const NAME_PART = String.raw`(?:(?:\p{Lu}\.){2,3}|(?:\p{Ll}{1,2}['’-]|ʻ)?\p{Lu}[\p{L}\p{M}'’-]*\d{0,2}|\p{Lo}[\p{Lo}\p{M}]*)`;

// Greetings and titles are data (coach/data/*.txt), so "Kia ora Mere," and
// "Good day Barr. Adeyinka," are read like "Hi Leo," without a new expression each time.
const longestFirst = (words: Iterable<string>): string[] =>
  [...words].sort((a, b) => b.length - a.length);
const escapeWord = (word: string): string =>
  word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
const GREETINGS = longestFirst(GREETING_LIST).map(escapeWord).join('|');
/** A word list of coach/data/, one entry a line. */
function readList(file: string): ReadonlySet<string> {
  return listSet(new URL(`./data/${file}`, import.meta.url));
}
/** A list's entries as alternatives, longest first. */
const alternatives = (words: Iterable<string>): string =>
  longestFirst(words).map(escapeWord).join('|');
const TITLE_WORDS = longestFirst(TITLES);

/** Whether a word is a title or rank that may stand before a name ("Dr", "Garda", "Sgt"). */
export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}
// Titles in any case ("dr", "Dr", "DR") while the name itself must be capitalised.
const anyCase = (word: string): string[] => [
  word,
  word.charAt(0).toUpperCase() + word.slice(1),
  word.toUpperCase(),
];
// "Prof. (Mrs.) Adeyemi", "Capt. (Dr.) Singh": a second title in brackets.
// "Mr.Adewale", "Prof.Kumar": a title's full stop may stand for the space.
// The empty group is for V8, which unrolls a repeat of at most three ("{0,3}") unless it holds
// a capture: unrolled, the ~460-way title list was compiled once a repeat, 6 MB of machine code
// across the name expressions (2 MB looped). No one reads it: every caller reads named groups.
const TITLE = String.raw`(?:()\(?(?:${TITLE_WORDS.flatMap(anyCase).map(escapeWord).join('|')})(?:\.?\)?\s+|\.(?=\p{Lu})))`;

// The greeting is matched without regard to case, the name after it with (names are capitalised).
// "Hey hey Sam!", "Hi hi": a greeting said twice is one greeting.
const GREETING_RE = new RegExp(
  String.raw`^\s*(?:${GREETINGS})\b(?:[ \t,!]+(?:${GREETINGS})\b)?[ \t,]*(?:(?:[—–]|-{1,2}(?=[ \t]))[ \t]*)?`,
  'iu',
);
// A name after the greeting: titles, particles and up to four parts ("Ms. de la Cruz",
// "María José Pérez", "Nguyen Van An"), up to punctuation; or one word running straight on
// into the sentence ("Hi Sam it was great…").
const PARTICLE = String.raw`(?:(?:${[...NAME_PARTICLES].map(escapeWord).join('|')})[ \t]+)`;
// "Mr. & Mrs. Okafor", "Mr and Mrs Chen": a couple greeted by their titles.
const COUPLE = String.raw`(?:(?:&|and)[ \t]+)`;
const NAME_SEQ = String.raw`(?:${TITLE}${COUPLE}?){0,3}${PARTICLE}{0,3}${NAME_PART}(?:[ \t]+${PARTICLE}{0,3}${NAME_PART}){0,3}`;
// "Hi Ms. Ruiz and team,": the name, then the people around them; "Hi Ama & Kofi,": two.
const AND_TEAM = String.raw`(?:and|&)\s+(?:the\s+|your\s+)?(?:team|all|everyone|colleagues|family|co)\b`;
// "Ravi sir,", "Rajesh Kumar ji,", "Dafydd bach,": a word of honour or warmth after the name.
const HONORIFIC = `(?:${longestFirst(NAME_HONORIFICS).map(escapeWord).join('|')})`;
const GREETED_NAME_RE = new RegExp(
  String.raw`^(?<name>${NAME_SEQ}(?:[ \t]+${COUPLE}${NAME_SEQ})?)(?=(?:[ \t]+${HONORIFIC})?\s*(?:[,!.:;—–-]|\n|$|\p{Extended_Pictographic}|${AND_TEAM}))`,
  'u',
);
// "omg Tash ur…", "Yow Marcia!", "Congrats Priya on…": a cry or slang opener before the name
// (coach/data/interjections.txt).
const INTERJECTION_LIST = readList('interjections.txt');
const INTERJECTIONS = alternatives(INTERJECTION_LIST);
const INTERJECTION_RE = new RegExp(
  String.raw`^\s*(?:${INTERJECTIONS})\b(?:[ \t,!]+(?:${INTERJECTIONS})\b)?[ \t,!]*`,
  'iu',
);
// After a cry, what runs on is often a sentence ("Wow Shopify is…"), not a name.
const RUN_ON_VERB = /^\s+(?:is|was|are|were|has|had|just|did|does|will)\b/i;
const GREETED_RUN_ON_RE = new RegExp(
  String.raw`^(?<name>(?:${TITLE}){0,3}${NAME_PART})(?=[ \t]+(?:\p{Ll}|I(?:['’]|\s)))`,
  'u',
);
const BARE_RE = new RegExp(
  String.raw`^\s*(?<name>${NAME_PART}(?:[ \t]+${NAME_PART})?)(?:[ \t]*[,!:]?[ \t]*\n|(?:[,:]|(?<bang>!+))\s|\s*[—–]\s|\s-\s)`,
  'u',
);
// A short opening salutation up to a comma, a colon, a dash or the line's end ("Chidi my guy,",
// "Ayubowan Nimal aiya,", "My egbon Rasheed,"); salutation() reads its words.
const SALUTATION_RE =
  /^\s*(?<words>[\p{L}\p{M}'’.-]+(?:[ \t]+[\p{L}\p{M}'’.-]+){1,4})[ \t]*(?:[,!:]|\n|[—–]|\s-\s)/u;
const LEADING_RE = new RegExp(
  String.raw`^\s*(?<name>${NAME_PART}(?:[ \t]+${NAME_PART})?)\s*,\s+\p{Ll}`,
  'u',
);
const HONOURED_RE = new RegExp(
  String.raw`^\s*(?<name>${NAME_PART}(?:[ \t]+${NAME_PART})?)[ \t]+${HONORIFIC}\s*[,!]`,
  'u',
);
const FOREIGN_GREETING_RE = new RegExp(
  String.raw`^\s*(?<greeting>(?:\p{L}[\p{L}'’-]*[ \t]+){1,3})(?<name>(?:${TITLE}){0,2}${NAME_PART})(?:[ \t]+${HONORIFIC})?\s*[,!]`,
  'u',
);
// The word before is a whole word ("in Paris, France," is no "aris" before a name); a
// titled name ("…damp maize, Mr Phiri, and your leaflet…") is a name whatever its letters.
const BETWEEN_COMMAS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(?<before>\p{Ll}[\p{L}'’-]*),\s+(?<title>(?:${TITLE}){0,2})(?<name>\p{Lu}[\p{L}\p{M}'’-]+),\s+(?<next>[\p{L}'’-]+)`,
  'gu',
);
// "Thanks for the fitting this morning, Grace — the hairline…": a name set off by a comma and
// a dash, which a list of places or firms seldom is.
const BEFORE_DASH_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(?<before>\p{Ll}[\p{L}'’-]*),\s+(?<title>(?:${TITLE}){0,2})(?<name>\p{Lu}[\p{L}\p{M}'’-]+)\s*(?:[—–]|\s-)\s`,
  'u',
);
// "Your session was brilliant Kwame, thank you.": a name closing a clause with no comma before
// it, then thanks (not "thanks to").
const BEFORE_THANKS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(?<before>\p{Ll}[\p{L}'’-]*)[ \t]+(?<title>(?:${TITLE}){0,2})(?<name>\p{Lu}[\p{L}\p{M}'’-]+),\s+(?:thank\s+you|thanks|cheers)(?!\s+to\b)`,
  'u',
);
// "Dr Obi, We lectured…", "Sgt Mills, Served…", "Professor Lind — thank you…": a titled
// name opening the note; or standing as its own sentence, as terse formal notes put it
// ("Mr Venter. We are tendering…").
const TITLED_LEADING_RE = new RegExp(
  String.raw`^\s*(?<name>(?:${TITLE}){1,3}${NAME_PART}(?:[ \t]+${NAME_PART})?)\s*(?:[,!:—–]|\s-\s|\.\s+\p{Lu})`,
  'u',
);
// "Thanks", "Many thanks": the first letter in either case, the rest as written.
const THANKS = longestFirst(readList('thanks-openers.txt'))
  .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${escapeWord(w.slice(1))}`)
  .join('|');
const THANKS_MORE = alternatives(readList('thanks-intensifiers.txt'));
const THANKED_RE = new RegExp(
  String.raw`^\s*(?:${THANKS})(?:\s+(?:${THANKS_MORE}))?\s*,?\s+(?<name>(?:${TITLE}){0,2}${NAME_PART}(?:[ \t]+${NAME_PART})?)(?=[\s,!.])`,
  'u',
);
// "Great to meet you Chidi!", "Nice meeting you today Mr Phiri.": a name straight after "you"
// of a verb of meeting or thanks, with no comma, closing the clause or before where or when.
const AFTER_YOU = alternatives(readList('after-you-verbs.txt'));
const AFTER_YOU_RE = new RegExp(
  String.raw`\b(?:${AFTER_YOU})[ \t]+you(?:[ \t]+(?:today|again|yesterday|too|both))?[ \t]+(?<name>(?:${TITLE}){0,2}${NAME_PART}(?:[ \t]+${NAME_PART})?)` +
    String.raw`(?=\s*(?:[!.,?]|$)|[ \t]+(?:at|for|on|from|in|during|yesterday|today|last)\b)`,
  'u',
);
// "Greetings! Dr. Mensah, thank you…": a titled name opening a later sentence, then a comma.
const TITLED_COMMA_RE = new RegExp(
  String.raw`^(?<name>(?:${TITLE}){1,3}${NAME_PART}(?:[ \t]+${NAME_PART})?),[ \t]+(?<next>[\p{L}'’]+)`,
  'u',
);
// After the comma an apposition ("Mr Bello, our chairman, …", "Dr Ode, who…") names someone else.
const APPOSITION: ReadonlySet<string> = readList('apposition.txt');
// "…, Laura!", "…today, Mr. O'Brien.": a name, titled or not, closing a sentence.
const VOCATIVE_RE = new RegExp(
  String.raw`,\s+(?<name>(?:${TITLE}){0,2}${NAME_PART}(?:[ \t]+${NAME_PART})?)(?:[ \t]+${HONORIFIC})?\s*(?:[!.?]+|$)`,
  'gu',
);

// Capitalised words that open a note or close a clause but are not names.
// Terms of address ("Hi mate,", "Hey girl,"): no name alone, though "Mate Kovač" is one.
const ADDRESS_TERMS: ReadonlySet<string> = readList('address-terms.txt');

const NOT_NAMES: ReadonlySet<string> = readList('not-names.txt');

// Titles that are also common given names.
// "Hi Tuan!" (Vietnamese) and "Hi Sri," greet a person; "Tuan" is Malay for "sir" too.
const GIVEN_TOO: ReadonlySet<string> = readList('given-titles.txt');

// Nouns after which ", Name" names someone else, not the reader.
const ROLES: ReadonlySet<string> = readList('roles-before-name.txt');

// Words after which ", Ghana, and…" goes on a list of places or things.
const LIST_BEFORE: ReadonlySet<string> = readList('list-before.txt');

// "…Regards, Peter Lang": the sender signing off, not the reader addressed.
const SIGN_OFFS: ReadonlySet<string> = readList('sign-offs.txt');

const cleanName = (raw: string): string | undefined => {
  // "Ghulam Sir,", "Meera Di,": a word of honour after the name, in capitals, is no part of it.
  const words = raw.trim().split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (words.length > 1 && NAME_HONORIFICS.has(last) && !NAME_PARTICLES.has(last)) words.pop();
  const name = words.join(' ');
  const parts = name
    .split(' ')
    .map((p) =>
      p
        .replace(/^\(|\)$/g, '')
        .replace(/\.$/, '')
        .toLowerCase(),
    )
    // A title is dropped, but never the last of several words: "Dr Bishop" is Bishop, while
    // "Hello Pastor" names nobody.
    // "Hi Dean,", "Hi Don,": titles that are also given names are names when alone.
    .filter(
      (p, i, all) =>
        (i === all.length - 1 && (all.length > 1 || GIVEN_TOO.has(p))) || !TITLES.has(p),
    );
  if (parts.length === 0 || parts.some((p) => NOT_NAMES.has(p))) return undefined;
  // "Respected Sir," is no "Respected"; "Dear Procurement Manager", "Hi Acme Logistics" greet
  // a role or a firm.
  // A titled surname may be a greeting's word too ("Mr Asante").
  if (GREETING_LIST.has(words[0]?.toLowerCase() ?? '') || greetedRoles().has(parts.at(-1) ?? '')) {
    return undefined;
  }
  const titled = name.split(' ').length > parts.length;
  // "Hello Microsoft,", "Dear NHS Digital,": a firm or a public body is nobody's name ("Dear
  // Mr Siemens" is a surname).
  if (!titled && (organisations().has(parts.join(' ')) || organisations().has(parts[0] ?? ''))) {
    return undefined;
  }
  // "Hi pal," greets nobody, but "Dear Mr Pal," greets Mr Pal: a title makes it a surname.
  if (parts.length === 1 && !titled && ADDRESS_TERMS.has(parts[0] ?? '')) return undefined;
  // "Hi Bhai,", "Hello Didi,": a word of honour alone greets nobody by name; short ones
  // ("Jan", "Di") and known given names ("Anna") are names too.
  const only = parts[0] ?? '';
  if (
    words.length === 1 &&
    only.length > 3 &&
    NAME_HONORIFICS.has(only) &&
    !NAME_PARTICLES.has(only) &&
    !isKnownGivenName(only)
  ) {
    return undefined;
  }
  return name;
};

const LOWER_WORD_RE = /^(\p{Ll}[\p{Ll}'’]*)\.?[ \t]+(?=\p{L})/u;
// Words of warmth before a word of address ("my good friend", "dear old").
const WARM_WORDS: ReadonlySet<string> = readList('warm-words.txt');
/** A lower-case word that may stand between a greeting and the name: a title, kin or role. */
function addressWord(word: string): boolean {
  return (
    TITLES.has(word) ||
    (ADDRESS_TERMS.has(word) && word !== 'you') ||
    NAME_HONORIFICS.has(word) ||
    greetedRoles().has(word) ||
    WARM_WORDS.has(word)
  );
}

/** Where a note's opening greeting ("Salaam", "Bore da", "Hi —") ends, or -1 if it has none. */
export function greetingEnd(text: string): number {
  const m = GREETING_RE.exec(text);
  return m ? m.index + m[0].trimEnd().replace(/[,—–-]+$/, '').length : -1;
}

// Words that open a clause of their own: after them "Hope" or "May" is the sentence's verb
// ("Hi Hope you're well", "Hi May I ask…"), not the reader.
const CLAUSE_OPENERS: ReadonlySet<string> = readList('clause-openers.txt');
const MODALS = new Set(['will', 'may', 'can']);
let wordNames: ReadonlySet<string> | undefined;

/**
 * Whether a given name that is also a common word, run on after a greeting ("Hi Will it was
 * great…", "Hey Hope thanks for…"), names the reader. A modal before a pronoun is the question
 * it opens when the sentence asks one ("Hi Will you be at the meetup?", "Hello May I connect?");
 * any other such word before a pronoun or article is the verb of its own sentence ("Hi Hope
 * you're well").
 */
function wordNameRunsOn(word: string, after: string, analysis: TextAnalysis): boolean {
  wordNames ??= readList('word-names.txt');
  const lower = word.toLowerCase();
  if (!wordNames.has(lower)) return false;
  const next = /^\s+([\p{L}'’]+)/u.exec(after)?.[1]?.toLowerCase().replace(/’/g, "'") ?? '';
  // "Hi May be a long shot, but…": "may be" is "maybe".
  if (next === 'be' || next === 'not') return false;
  if (!CLAUSE_OPENERS.has(next)) return true;
  if (!MODALS.has(lower)) return false;
  const first = analysis.sentences[0];
  return first !== undefined && !first.text.trimEnd().endsWith('?');
}

/** "Hi Halliburton team,", "Hello Acme recruiters,": the greeting's last word is a group or a role. */
function greetsGroup(after: string): boolean {
  const word = /^[ \t]+(\p{Ll}+)[ \t]*(?:[,!:]|\n|$)/u.exec(after)?.[1] ?? '';
  return word !== '' && (greetedRoles().has(word) || NOT_NAMES.has(word));
}

let organisationNames: ReadonlySet<string> | undefined;
function organisations(): ReadonlySet<string> {
  organisationNames ??= readList('organisations.txt');
  return organisationNames;
}

let roleWords: ReadonlySet<string> | undefined;
function greetedRoles(): ReadonlySet<string> {
  roleWords ??= readList('greeted-roles.txt');
  return roleWords;
}

export function detectName(analysis: TextAnalysis): string | undefined {
  const text = analysis.text;
  // "👋 Chidi,", "@Chidi we met…", "Hi (Chidi),", "Hi “Chidi”,": a wave, a handle's @ or
  // quotes and brackets around the name are no part of it. Blanked, not cut: sentence offsets
  // still hold.
  const head = (text.length > 400 ? text.slice(0, 400) : text)
    .replace(/^(?:[\s@]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F})+(?=\p{Lu})/u, (m) =>
      ' '.repeat(m.length),
    )
    .replace(/["“”()]/g, ' ')
    // "Hi 'Bongi',": single quotes around a nickname, not an apostrophe inside a word.
    .replace(/(?<![\p{L}\p{N}'’])['‘](\p{Lu}[\p{L}\p{M}-]*)['’](?![\p{L}\p{N}])/gu, ' $1 ');
  const opening = GREETING_RE.exec(head);
  // "Hi @Sam": a handle typed out of habit.
  const rest = opening ? head.slice(opening[0].length).replace(/^@(?=\p{Lu})/u, '') : '';
  // After a dash only a name closed by punctuation ("Hello — Maria,"): "Hey – Lola at Eko
  // Events said…" and "Hi — Aroha here" name someone else or the sender.
  // After "Hi there," the greeting has addressed nobody: a capitalised word running on is the
  // sentence's subject ("Hi there, Jenny at the base passed on your name"), not the reader.
  const runOn =
    opening &&
    !/[—–-]\s*$/.test(opening[0]) &&
    !/\bthere\s*,/i.test(opening[0]) &&
    GREETED_RUN_ON_RE.exec(rest)?.groups?.name;
  const greeted = opening ? GREETED_NAME_RE.exec(rest)?.groups?.name : undefined;
  // "Hi Sam it was…", but not "Good afternoon, We met…".
  const ranOn =
    runOn &&
    !greetsGroup(rest.slice(runOn.length)) &&
    (!COMMON_ENGLISH.has(runOn.toLowerCase()) ||
      wordNameRunsOn(runOn, rest.slice(runOn.length), analysis))
      ? runOn
      : undefined;
  // "Hi Dr. Okonkwo we met…": the title's full stop ended a "name" that is only the title.
  const greeting = greeted && !(ranOn && isTitle(greeted)) ? greeted : ranOn;
  if (greeting) {
    // "Hi Sam and Team,": the first of two, when the second is no name.
    const name = cleanName(greeting) ?? cleanName(greeting.split(/[ \t]+(?:&|and)[ \t]+/)[0] ?? '');
    if (name) return name;
  }
  if (!opening) {
    const cried = interjected(head);
    if (cried) return cried;
  }
  // "hi leo," in lower case: a word after the greeting that is no dictionary word.
  if (opening) {
    // Before a comma it is a name even if it is also a word ("hi bob,"); otherwise only
    // when the dictionary does not know it ("hi leo i saw…").
    // A title before it in lower case is passed over ("hi dr okafor,", "hi mr. chen,"), and
    // so are up to three words of address, kin or role ("Kumusta ate joy!", "hey bro tunde,",
    // "Hey cousin Kemi,", "Hello my good friend Tunde,").
    let after = head.slice(opening[0].length);
    let skipped = 0;
    for (
      let title = LOWER_WORD_RE.exec(after);
      title && skipped < 3;
      title = LOWER_WORD_RE.exec(after)
    ) {
      if (!addressWord(title[1]?.replace(/’/g, "'") ?? '')) break;
      after = after.slice(title[0].length);
      skipped++;
    }
    if (skipped > 0) {
      // "hi ate Joy,", "Hello ma Grace!": a capitalised name after it, even one that is a word.
      const named = GREETED_NAME_RE.exec(after)?.groups?.name;
      const name = named && cleanName(named);
      if (name) return name;
    }
    const m = /^([\p{Ll}][\p{Ll}'’-]+)(?=([\s,!.:;]|$))/u.exec(after);
    const next = m?.[1];
    if (
      next &&
      !NOT_NAMES.has(next) &&
      !ADDRESS_TERMS.has(next) &&
      // "Salaam brother,", "hi doctor,": a title or a role in lower case is no name either.
      !TITLES.has(next) &&
      !greetedRoles().has(next) &&
      !NAME_HONORIFICS.has(next) &&
      (/^[,!]/.test(m?.[2] ?? '') || !isCorrect(next))
    ) {
      return next.charAt(0).toUpperCase() + next.slice(1);
    }
  }
  // "Great panel yesterday! Hi Joana, …", "From the meetup: hi Kevin, …": the context comes
  // first and the greeting opens the next sentence or clause.
  if (!opening) {
    const later = laterGreeting(analysis, head);
    if (later) return later;
  }
  // "Thank you Amara for the time today!": thanked by name.
  const thanked = THANKED_RE.exec(head)?.groups?.name;
  if (thanked) {
    const name = cleanName(thanked);
    if (name) return name;
  }
  const titled = TITLED_LEADING_RE.exec(head)?.groups?.name;
  if (titled) {
    const name = cleanName(titled);
    if (name) return name;
  }
  // "Taff, Good to see you…": a word no dictionary knows, opening the note before a comma.
  // "Zoë! Miss our…", "Ahmed — great chat…", "Kemi: great meeting you…" read the same way, and
  // so does a name on a line of its own ("Maria,⏎We met…") or of two words ("Chidi Okeke —").
  // A given name that is also a word ("Grace — we met", "Mark,⏎") counts when it is known as one.
  const bareMatch = BARE_RE.exec(head)?.groups;
  const bare = bareMatch?.name;
  const bareWords = bare?.split(/[ \t]+/) ?? [];
  if (
    bare &&
    bareWords.every(
      (w) =>
        !NOT_NAMES.has(w.toLowerCase()) &&
        !COMMON_ENGLISH.has(w.toLowerCase()) &&
        // "Eish, Eskom cut the power…": a cry no dictionary knows is no name.
        !INTERJECTION_LIST.has(w.toLowerCase()),
    ) &&
    (!isCorrect(bareWords[0]?.toLowerCase() ?? '') ||
      isKnownGivenName(bareWords[0] ?? '') ||
      // "Wale!!! Why you never…": hailed, a word few write is a name ("Wow!" is common).
      (bareMatch?.bang !== undefined && !isCommonWord(bareWords[0]?.toLowerCase() ?? '')))
  ) {
    const name = cleanName(bare);
    if (name) return name;
  }
  const saluted = salutation(head);
  if (saluted) return saluted;
  const leading = LEADING_RE.exec(head)?.groups?.name;
  if (leading) {
    const name = cleanName(leading);
    if (name) return name;
  }
  // "thabo, great meeting you…": a note typed in lower case opens with a given name the
  // lists know and no dictionary does.
  const lower = /^\s*(\p{Ll}[\p{Ll}\p{M}'’-]+)[ \t]*[,!]/u.exec(head)?.[1];
  if (lower && !isCorrect(lower) && isKnownGivenName(lower) && !NOT_NAMES.has(lower)) {
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }
  // "Ravi sir, it was…", "Ananya ji, …": an honorific after the name.
  const honoured = HONOURED_RE.exec(head)?.groups?.name;
  if (honoured) {
    const name = cleanName(honoured);
    if (name) return name;
  }
  // "Congrats on the launch! Priya, I loved…": the name opens the second sentence.
  const second = analysis.sentences[1];
  if (second && second.start < 400) {
    const m = /^(?<name>\p{Lu}[\p{L}\p{M}'’-]+),\s/u.exec(second.text);
    const word = m?.groups?.name;
    if (word && !isCorrect(word.toLowerCase()) && !NOT_NAMES.has(word.toLowerCase())) {
      const name = cleanName(word);
      if (name) return name;
    }
  }
  // "Wah gwaan Shanice,", "Sannu da zuwa Musa,": a greeting in another language, words no
  // English dictionary knows, before a name and a comma.
  const foreign = FOREIGN_GREETING_RE.exec(head);
  const greetingWords = foreign?.groups?.greeting?.trim().split(/\s+/) ?? [];
  if (
    foreign?.groups?.name &&
    greetingWords.every((w) => w.length < 2 || !isCorrect(w.toLowerCase()))
  ) {
    const name = cleanName(foreign.groups.name);
    // A titled name may be a word ("Engr. Butt sahib,"); an untitled one must not be.
    const titled = name && name.split(' ').length > 1 && isTitle(name.split(' ')[0] ?? '');
    if (name && (titled || !isCorrect(name.split(' ').at(-1)?.toLowerCase() ?? ''))) return name;
  }
  // "Thanks to today's meeting, Declan, the boundary…": a name between commas in the first
  // sentence, after a lower-case word (not a list of places) and not after a role.
  // Only the note's opening (a pasted essay must stay linear).
  const firstText = (analysis.sentences[0]?.text ?? '').slice(0, 400);
  // Both expressions need a comma; searched without one, they tried every word of the sentence.
  const comma = firstText.includes(',');
  for (const m of comma ? firstText.matchAll(BETWEEN_COMMAS_RE) : []) {
    const word = m.groups?.name ?? '';
    const before = m.groups?.before?.toLowerCase() ?? '';
    const next = m.groups?.next?.toLowerCase() ?? '';
    const title = m.groups?.title ?? '';
    // An untitled word before "and" after a place word is more likely a list ("farms in
    // the north, Ghana, and…"); after a noun it is a name ("came up at the meet, Morven, and
    // Gordon says…").
    if (
      ROLES.has(before) ||
      (!title &&
        ((/^(?:and|or)$/.test(next) && LIST_BEFORE.has(before)) || isCorrect(word.toLowerCase())))
    )
      continue;
    const name = cleanName(title + word);
    if (name) return name;
  }
  const dashed = comma ? BEFORE_DASH_RE.exec(firstText)?.groups : undefined;
  if (
    dashed?.name &&
    !ROLES.has(dashed.before ?? '') &&
    !COMMON_ENGLISH.has(dashed.name.toLowerCase())
  ) {
    const name = cleanName((dashed.title ?? '') + dashed.name);
    if (name) return name;
  }
  // A vocative in the first sentence or at the very end of the note.
  // A bare greeting ("Hi!") is no sentence of its own: the vocative may close the next one.
  const bare0 = analysis.sentences[0]?.text.replace(GREETING_RE, '').replace(/[\s!.,]/g, '');
  const first = analysis.sentences[bare0 === '' ? 1 : 0];
  const last = analysis.sentences[analysis.sentences.length - 1];
  // "Great talk yesterday. Your point on soil stuck with me, Thabo. Let's connect.": the
  // context sentence after a short opener closes on the name too.
  const next = analysis.sentences[(bare0 === '' ? 1 : 0) + 1];
  const near = next && next !== last && next.start < 400 ? [next] : [];
  for (const s of first === last ? [first] : [first, ...near, last]) {
    if (!s?.text.includes(',')) continue;
    VOCATIVE_RE.lastIndex = 0;
    let found: string | undefined;
    for (let m = VOCATIVE_RE.exec(s.text); m !== null; m = VOCATIVE_RE.exec(s.text)) {
      // Only at the end of the sentence ("…, Laura!"), and not an apposition after a role
      // ("our mutual connection, Samantha.").
      const word = /([\p{L}'’-]+)\s*$/u.exec(s.text.slice(0, m.index))?.[1];
      const before = word?.toLowerCase();
      const signOff = before !== undefined && SIGN_OFFS.has(before);
      // In the middle sentence only after a lower-case word and when no dictionary knows the
      // name: "shops in Lagos, Abuja." and "maize, Beans." list things.
      const listed =
        s !== first &&
        s !== last &&
        (!/^\p{Ll}/u.test(word ?? '') ||
          isCorrect(m.groups?.name?.split(/\s+/).at(-1)?.toLowerCase() ?? ''));
      if (
        m.index + m[0].length >= s.text.length &&
        !(before && ROLES.has(before)) &&
        !signOff &&
        !listed
      ) {
        found = m.groups?.name;
      }
    }
    if (found) {
      const name = cleanName(found);
      if (name) return name;
    }
  }
  return addressedLater(analysis, head);
}

/**
 * A name the opening left out, said in one of the first sentences: after "you" ("Great to
 * meet you Chidi!") when it is a given name, titled or no dictionary word; or titled, opening a
 * later sentence before a comma ("Greetings! Dr. Mensah, thank you…").
 */
function addressedLater(analysis: TextAnalysis, head: string): string | undefined {
  // "Chidi it was great meeting you…": a given name opening the note with no comma, before
  // a clause of the writer's own.
  // "Pastor Femi thank you for…": a titled name opening the note, the same.
  const titledOpening = TITLED_RUN_ON_RE.exec(head)?.groups;
  if (titledOpening?.name && OWN_CLAUSE.has(titledOpening.next?.toLowerCase() ?? '')) {
    const name = cleanName(titledOpening.name);
    if (name) return name;
  }
  const opening = BARE_RUN_ON_RE.exec(head)?.groups;
  const first = opening?.name ?? '';
  if (
    OWN_CLAUSE.has(opening?.next?.toLowerCase().replace(/’/g, "'") ?? '') &&
    isKnownGivenName(first) &&
    !isCorrect(first.toLowerCase())
  ) {
    return first;
  }
  for (const s of analysis.sentences.slice(0, 3)) {
    if (s.start >= head.length) break;
    const text = head.slice(s.start, s.end);
    const thanked = text.includes(',') ? BEFORE_THANKS_RE.exec(text)?.groups : undefined;
    if (
      thanked?.name &&
      !LIST_BEFORE.has(thanked.before ?? '') &&
      !ROLES.has(thanked.before ?? '') &&
      (thanked.title || unknownName(thanked.name))
    ) {
      const name = cleanName((thanked.title ?? '') + thanked.name);
      if (name) return name;
    }
    const m = AFTER_YOU_RE.exec(text)?.groups?.name;
    if (m) {
      const last = m.split(/\s+/).at(-1) ?? '';
      const titled = m.split(/\s+/).length > 1 && isTitle(m.split(/\s+/)[0] ?? '');
      const lower = last.toLowerCase();
      const name = cleanName(m);
      if (
        name &&
        !calendarWord(lower) &&
        (titled || isKnownGivenName(lower) || !isCorrect(lower))
      ) {
        return name;
      }
    }
    if (s === analysis.sentences[0]) continue;
    const titled = TITLED_COMMA_RE.exec(text)?.groups;
    const next = titled?.next ?? '';
    if (
      titled?.name &&
      !APPOSITION.has(next.toLowerCase()) &&
      (/^\p{Ll}/u.test(next) || next === 'I')
    ) {
      const name = cleanName(titled.name);
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * Whether a capitalised word is a given name the lists know, or a word no dictionary knows
 * even as a proper noun ("Lagos", "Kigali" are places it knows), and no organisation.
 */
function unknownName(word: string): boolean {
  const lower = word.toLowerCase();
  if (organisations().has(lower)) return false;
  return isKnownGivenName(word) || (!isCorrect(word) && !isCorrect(lower));
}

const TITLED_RUN_ON_RE = new RegExp(
  String.raw`^\s*(?<name>(?:${TITLE}){1,3}${NAME_PART}(?:[ \t]+${NAME_PART})?)[ \t]+(?<next>\p{Ll}[\p{Ll}'’]*)`,
  'u',
);
const BARE_RUN_ON_RE = /^\s*(?<name>\p{Lu}\p{Ll}+)[ \t]+(?<next>\p{Ll}[\p{Ll}'’]*)/u;
const OWN_CLAUSE: ReadonlySet<string> = readList('own-clause.txt');
const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const calendarWord = (lower: string): boolean => CALENDAR.test(lower);

/**
 * The name in a short opening salutation whose every word greets, titles, honours or warms
 * ("my guy", "yaar", "aiya": words no English dictionary knows count as such), one of them a
 * name: a given name the lists know or a capitalised word no dictionary does. "Lagos traffic,"
 * and "Great Talk —" are no salutation: an English word that does none of these.
 */
function salutation(head: string): string | undefined {
  const words = SALUTATION_RE.exec(head)?.groups?.words?.split(/[ \t]+/);
  if (!words) return undefined;
  const names: string[] = [];
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase().replace(/\.$/, '');
    // "my man", "my friend": any word after "my" is a word of warmth.
    if (words[i - 1]?.toLowerCase() === 'my' && /^\p{Ll}/u.test(word)) continue;
    const known = !isCorrect(lower) || (/^\p{Lu}/u.test(word) && isKnownGivenName(lower));
    const courtesy =
      GREETING_WORDS.has(lower) ||
      TITLES.has(lower) ||
      NAME_HONORIFICS.has(lower) ||
      ADDRESS_TERMS.has(lower) ||
      lower === 'my';
    if (courtesy) continue;
    if (!known || NOT_NAMES.has(lower)) return undefined;
    if (/^\p{Lu}/u.test(word)) names.push(word.replace(/\.$/, ''));
  }
  const name = names.findLast((w) => isKnownGivenName(w.toLowerCase())) ?? names.at(-1);
  return name && cleanName(name);
}

/**
 * The name after a cry or slang opener ("omg Tash ur frames…", "Yow Marcia!"), when no English
 * dictionary knows it: "Wow, Amazing talk!" and "Wow Great talk" name nobody.
 */
function interjected(head: string): string | undefined {
  const cry = INTERJECTION_RE.exec(head);
  if (!cry) return undefined;
  const rest = head.slice(cry[0].length).replace(/^@(?=\p{Lu})/u, '');
  // After a cry and a comma a capital running on opens the sentence ("Crikey, Brisbane
  // traffic was…"); a name there is closed by punctuation ("Sharp, Karabo,").
  const runOn = cry[0].includes(',') ? null : GREETED_RUN_ON_RE.exec(rest);
  const greeted = GREETED_NAME_RE.exec(rest)?.groups?.name;
  const ranOn =
    runOn && !RUN_ON_VERB.test(rest.slice(runOn[0].length)) ? runOn.groups?.name : undefined;
  // "Congratulations Engr. Bello on…": a title alone before its full stop is no name.
  const raw = greeted && !(ranOn && isTitle(greeted)) ? greeted : ranOn;
  const name = raw && cleanName(raw);
  if (!name) return undefined;
  const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, ''));
  const last = words.at(-1) ?? '';
  if (/['’]s$/.test(last) || words.some((w) => COMMON_ENGLISH.has(w)) || isCorrect(last)) {
    return undefined;
  }
  return name;
}

/** A greeting with a name opening the second or third sentence, or a clause after ":" or a dash. */
function laterGreeting(analysis: TextAnalysis, head: string): string | undefined {
  const starts = analysis.sentences
    .slice(1, 3)
    .map((s) => s.start)
    .filter((at) => at < head.length);
  for (const m of head.matchAll(/[:—–]\s+/gu)) starts.push(m.index + m[0].length);
  for (const at of starts.sort((a, b) => a - b)) {
    const text = head.slice(at);
    const opening = GREETING_RE.exec(text);
    if (!opening) continue;
    const greeted = GREETED_NAME_RE.exec(text.slice(opening[0].length))?.groups?.name;
    const name = greeted && cleanName(greeted);
    if (name) return name;
  }
  return undefined;
}

/** The lower-cased words of names, without titles ("Ms. Park" → park). */
export function nameWords(...names: (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const part of name
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/[^\p{L}\p{M}'-]+/u)) {
      const p = part.replace(/^'+|'+$/g, '');
      // "Mr and Mrs Chen": the "and" is no name.
      if (p && !TITLES.has(p) && p !== 'and') out.add(p);
    }
  }
  return out;
}
